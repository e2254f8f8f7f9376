public import YAML

/// A country's self-assessment against one framework version (DESIGN.md §4).
public struct Assessment: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case draft, final
    }

    public var framework: String
    public var frameworkVersion: String
    public var country: Country
    public var period: String
    public var date: String?
    public var status: Status
    /// The respondent of a single ministry's response; nil on a national assessment.
    public var respondent: String?
    public var respondents: [Respondent]
    /// Profile values by field id.
    public var profile: [String: ProfileValue]
    /// Answers in document order.
    public var answers: [Answer]
    /// Where consolidated responses differ, by item id, in document order.
    public var divergence: [Divergence]
    /// What a workshop room agreed on, by item id, in document order.
    public var decisions: [Decision]
    public var location: Location

    public init(
        framework: String, frameworkVersion: String, country: Country, period: String, date: String? = nil,
        status: Status = .draft, respondent: String? = nil, respondents: [Respondent] = [],
        profile: [String: ProfileValue] = [:], answers: [Answer] = [], divergence: [Divergence] = [],
        decisions: [Decision] = [], location: Location
    ) {
        self.framework = framework
        self.frameworkVersion = frameworkVersion
        self.country = country
        self.period = period
        self.date = date
        self.status = status
        self.respondent = respondent
        self.respondents = respondents
        self.profile = profile
        self.answers = answers
        self.divergence = divergence
        self.decisions = decisions
        self.location = location
    }

    /// The answer to `item`, if the assessment has one.
    public func answer(to item: String) -> Answer? {
        answers.first { $0.item == item }
    }

    /// The answers by item id. Where an item is answered twice, the first answer counts, as in
    /// ``answer(to:)`` and in scoring.
    public var answersByItem: [String: Answer] {
        Dictionary(answers.map { ($0.item, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

public struct Country: Sendable, Hashable {
    /// Three upper-case letters, ISO 3166-1 alpha-3 style.
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// A ministry or agency that answered.
public struct Respondent: Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A value of a country-profile field.
public enum ProfileValue: Sendable, Hashable {
    case bool(Bool)
    case string(String)
    case number(Double)
    case list([String])
}

/// One answer of an assessment.
public struct Answer: Sendable {
    public enum Response: Sendable, Hashable {
        /// A value of the item's scale.
        case level(Double)
        case notApplicable(reason: String?)
        case unknown
    }

    public var item: String
    public var response: Response
    public var evidence: [String]
    public var note: String?
    /// The respondent who gave the answer.
    public var by: String?
    public var location: Location

    public init(
        item: String, response: Response, evidence: [String] = [], note: String? = nil, by: String? = nil,
        location: Location
    ) {
        self.item = item
        self.response = response
        self.evidence = evidence
        self.note = note
        self.by = by
        self.location = location
    }
}

/// How the responses of several respondents to one item differ (written by `consolidate`).
public struct Divergence: Sendable {
    public var item: String
    /// Each respondent's answer as written, by respondent id, in respondent order.
    public var answers: [(respondent: String, answer: String)]
    /// `(max − min) / (scale max − scale min)` over the answered values.
    public var spread: Double

    public init(item: String, answers: [(respondent: String, answer: String)], spread: Double) {
        self.item = item
        self.answers = answers
        self.spread = spread
    }
}
