import CoherenceKit
import Foundation

/// A workshop as a folder of YAML files, so that nothing is locked in the database:
/// `responses/ID.yaml` (each ministry's response, an assessment file) and `assessment.yaml` (the
/// national assessment with the decision log). Import reads the same folder back into a new
/// workshop; responses filled in offline from `coherence template` can be put in `responses/`.
public enum WorkshopFolder {
    /// Writes workshop `id` to `folder`; returns the paths written.
    public static func export(_ id: String, from service: WorkshopService, to folder: String) async throws -> [String] {
        let facilitator = Principal.facilitator(workshop: id)
        let workshop = try await service.open(id, as: facilitator)
        let documents = try await service.documents(workshop)
        let responses = (folder as NSString).appendingPathComponent("responses")
        try FileManager.default.createDirectory(atPath: responses, withIntermediateDirectories: true)
        var written: [String] = []
        for respondent in workshop.record.respondents {
            let path = (responses as NSString).appendingPathComponent("\(respondent.id).yaml")
            try OutputFile.write(documents.responseText(of: respondent.id), to: path)
            written.append(path)
        }
        let national = (folder as NSString).appendingPathComponent("assessment.yaml")
        try OutputFile.write(try documents.text(), to: national)
        return written + [national]
    }

    /// Creates a workshop from `folder`'s responses (and the decisions of its `assessment.yaml`, when
    /// there is one); what is wrong with a file is reported as the CLI reports it.
    public static func `import`(
        from folder: String, into service: WorkshopService
    ) async throws -> WorkshopService.Created {
        var library = FrameworkLibrary(directory: service.catalog.directory)
        let files = try InputFile.expand([(folder as NSString).appendingPathComponent("responses")])
        let responses = try files.map { path throws(InputError) in try LocatedAssessment.load(path, library: &library) }
        guard let first = responses.first?.assessment else {
            throw WorkshopError.invalid(
                "\(folder)/responses: error: no responses to import (put one assessment file per ministry there)")
        }
        var respondents: [RespondentRecord] = []
        for response in responses {
            guard let id = response.assessment.respondent,
                let respondent = response.assessment.respondents.first(where: { $0.id == id })
            else {
                throw WorkshopError.invalid(
                    "\(response.path): error: this file names no 'respondent': each response says which ministry answered"
                )
            }
            respondents.append(RespondentRecord(id: respondent.id, name: respondent.name))
        }
        let request = WorkshopService.CreateRequest(
            framework: first.framework, version: first.frameworkVersion,
            country: .init(code: first.country.code, name: first.country.name), period: first.period,
            respondents: respondents, date: responses.compactMap(\.assessment.date).max(),
            profile: responses.reversed().reduce(into: [:]) {
                $0.merge($1.assessment.profile) { _, earlier in earlier }
            })
        let created = try await service.create(request, as: .admin)
        let facilitator = Principal.facilitator(workshop: created.id)
        for response in responses {
            for answer in response.assessment.answers {
                _ = try await service.setAnswer(
                    AnswerJSON.fields(AnswerJSON.text(answer)), workshop: created.id,
                    respondent: response.assessment.respondent ?? "", item: answer.item, as: facilitator)
            }
        }
        let national = (folder as NSString).appendingPathComponent("assessment.yaml")
        if FileManager.default.fileExists(atPath: national) {
            let assessment = try LocatedAssessment.load(national, library: &library).assessment
            for decision in assessment.decisions {
                guard let answer = assessment.answer(to: decision.item) else { continue }
                var fields = AnswerJSON.fields(AnswerJSON.text(answer))
                fields["rationale"] = decision.rationale
                if let dissent = decision.dissent { fields["dissent"] = dissent }
                _ = try await service.decide(fields, workshop: created.id, item: decision.item, as: facilitator)
            }
        }
        return created
    }
}

extension WorkshopFolder {
    /// Adds responses filled in offline (assessment files naming their `respondent`) to workshop
    /// `id`: each answer they give becomes a change in the history; answers they leave out stay as
    /// they are. Returns the number of answers set.
    public static func add(responses paths: [String], to id: String, in service: WorkshopService) async throws -> Int {
        let facilitator = Principal.facilitator(workshop: id)
        let workshop = try await service.open(id, as: facilitator)
        let record = workshop.record
        var library = FrameworkLibrary(directory: service.catalog.directory)
        let files = try InputFile.expand(paths)
        let responses = try files.map { path throws(InputError) in try LocatedAssessment.load(path, library: &library) }
        for response in responses {
            let assessment = response.assessment
            let header = [
                (
                    "framework", "\(assessment.framework) \(assessment.frameworkVersion)",
                    "\(record.framework) \(record.version)"
                ),
                ("country", assessment.country.code, record.countryCode), ("period", assessment.period, record.period),
            ]
            for (key, mine, theirs) in header where mine != theirs {
                let at = response.location(of: key == "framework" ? "framework_version" : key)
                throw WorkshopError.invalid("\(at): error: \(key) '\(mine)' differs from workshop \(id)'s '\(theirs)'")
            }
            guard let respondent = assessment.respondent, record.respondents.contains(where: { $0.id == respondent })
            else {
                let known = record.respondents.map(\.id).joined(separator: ", ")
                throw WorkshopError.invalid(
                    "\(response.location(of: "respondent")): error: the response must name one of the workshop's respondents (\(known)) as 'respondent'"
                )
            }
        }
        var count = 0
        for response in responses {
            for answer in response.assessment.answers {
                _ = try await service.setAnswer(
                    AnswerJSON.fields(AnswerJSON.text(answer)), workshop: id,
                    respondent: response.assessment.respondent ?? "",
                    item: answer.item, as: facilitator)
                count += 1
            }
        }
        return count
    }
}
