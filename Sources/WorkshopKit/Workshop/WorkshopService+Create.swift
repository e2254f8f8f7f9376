public import CoherenceKit
import Foundation
import Logging
import YAML

/// Creating a workshop: its respondents checked by the core, one token and join code per person.
extension WorkshopService {
    public struct CreateRequest: Decodable, Sendable {
        public struct Country: Decodable, Sendable {
            public var code: String
            public var name: String
        }

        public var framework: String
        public var version: String?
        public var country: Country
        public var period: String
        public var respondents: [RespondentRecord]
        /// The day of the review, `YYYY-MM-DD`; default today.
        public var date: String?
        /// The country profile, as a JSON object: decoded apart, as JSON values of any type.
        public var profile: [String: ProfileValue] = [:]

        enum CodingKeys: String, CodingKey {
            case framework, version, country, period, respondents, date
        }
    }

    /// What the facilitator gets back: the secrets, shown once (the store keeps only their hashes).
    public struct Created: Sendable {
        public struct Holder: Sendable {
            public var id: String
            public var token: String
            public var code: String
        }

        public var id: String
        public var facilitator: Holder
        public var respondents: [Holder]
    }

    /// Creates a workshop; only the admin may.
    public func create(_ request: CreateRequest, as principal: Principal) async throws -> Created {
        guard principal == .admin else {
            throw WorkshopError.forbidden("only the server's admin token can create workshops")
        }
        guard request.respondents.count >= 2 else {
            throw WorkshopError.invalid(
                "a workshop needs at least two respondents (ministries), got \(request.respondents.count): their answers are consolidated"
            )
        }
        let compiled: CompiledFramework
        do {
            compiled = try catalog.framework(request.framework, version: request.version)
        } catch {
            throw WorkshopError.invalid(error.all.map(\.message).joined(separator: "; "))
        }
        let framework = compiled.framework
        let id = String(Tokens.generate().prefix(10))
        let record = WorkshopRecord(
            id: id, framework: framework.id, version: framework.version, countryCode: request.country.code,
            countryName: request.country.name, period: request.period,
            date: request.date ?? String(Self.now().prefix(10)), respondents: request.respondents,
            profile: NationalAssessment.json(request.profile))
        // The header and respondents are checked as the core checks an assessment file's.
        let blank = NationalAssessment.blankAssessment(of: record, framework: framework)
        let text = ConsolidatedYAML.render(blank, framework: framework, comment: [])
        do {
            _ = try AssessmentFile(text: text, file: "workshop").assessment(against: framework)
        } catch {
            throw WorkshopError.invalid(error.all.map(\.message).joined(separator: "; "))
        }
        let (created, tokens) = Self.secrets(for: record)
        try await store.create(record, tokens: tokens)
        logger.info(
            "created",
            metadata: [
                "workshop": "\(id)", "framework": "\(framework.id)", "version": "\(framework.version)",
                "country": "\(record.countryCode)", "period": "\(record.period)",
                "respondents": .stringConvertible(record.respondents.count),
            ])
        return created
    }

    /// A new token and join code for the facilitator and for each respondent of `record`, and the
    /// hashes the store keeps of them.
    static func secrets(for record: WorkshopRecord) -> (Created, [TokenRecord]) {
        var tokens: [TokenRecord] = []
        func holder(_ id: String, role: TokenRecord.Role, respondent: String?) -> Created.Holder {
            let held = Created.Holder(id: id, token: Tokens.generate(), code: Tokens.joinCode())
            for secret in [held.token, held.code] {
                tokens.append(
                    TokenRecord(hash: Tokens.hash(secret), workshop: record.id, role: role, respondent: respondent))
            }
            return held
        }
        let facilitator = holder("facilitator", role: .facilitator, respondent: nil)
        let respondents = record.respondents.map { holder($0.id, role: .respondent, respondent: $0.id) }
        return (Created(id: record.id, facilitator: facilitator, respondents: respondents), tokens)
    }
}
