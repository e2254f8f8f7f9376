import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import WorkshopKit

@Suite struct DocumentRouteTests {
    /// Three ministries answer a few items, differing on some.
    func answer(_ client: any TestClientProtocol, _ w: CreatedWorkshop) async throws {
        let answers: [(String, String, String)] = [
            (
                "mol", "CU-01",
                #"{"level": 1, "evidence": ["Labour code, art. 4"], "note": "Only for \"seasonal\" work: partly"}"#
            ),
            ("moi", "CU-01", #"{"level": 3}"#),
            ("mfa", "CU-01", #"{"level": "Adopted"}"#),
            ("mol", "CU-02", #"{"status": "n/a", "reason": "No land borders"}"#),
            ("moi", "CU-02", #"{"status": "unknown"}"#),
            ("mol", "COOP-01", #"{"level": 4}"#),
            ("mfa", "COOP-01", #"{"level": 4}"#),
        ]
        for (respondent, item, body) in answers {
            let response = try await client.call(
                .put, "/api/v1/workshops/\(w.id)/responses/\(respondent)/answers/\(item)",
                token: w.respondents[respondent], json: body)
            #expect(response.status == .ok)
        }
    }

    /// Writes each ministry's exported response to `folder` and runs `coherence consolidate` on them.
    func consolidateWithCLI(
        _ client: any TestClientProtocol, _ w: CreatedWorkshop, in folder: URL
    ) async throws -> String {
        var paths: [String] = []
        for respondent in ["mol", "moi", "mfa"] {
            let response = try await client.call(
                .get, "/api/v1/workshops/\(w.id)/responses/\(respondent)", token: w.facilitator)
            #expect(response.headers[.contentType] == "application/yaml; charset=utf-8")
            let path = folder.appendingPathComponent("\(respondent).yaml").path
            try response.text.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let output = folder.appendingPathComponent("national.yaml").path
        let run = try Programs.run("coherence", ["consolidate"] + paths + ["-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    @Test func responsesAreReadOnlyByTheirMinistryAndTheFacilitator() async throws {
        try await TestServer.withWorkshop { server, client, w in
            try await answer(client, w)
            let own = try await client.call(
                .get, "/api/v1/workshops/\(w.id)/responses/mol", token: w.respondents["mol"])
            #expect(own.status == .ok)
            #expect(own.text.contains("  respondent: mol\n"))
            #expect(own.text.contains("  CU-02:\n    status: n/a\n    reason: No land borders\n"))
            let peek = try await client.call(
                .get, "/api/v1/workshops/\(w.id)/responses/moi", token: w.respondents["mol"])
            #expect(peek.status == .forbidden)
            #expect(peek.error == "this token cannot read the answers of respondent 'moi' before the reveal")
            for route in ["assessment", "scorecard", "history", "events"] {
                let refused = try await client.call(
                    .get, "/api/v1/workshops/\(w.id)/\(route)", token: w.respondents["mol"])
                #expect(refused.status == .forbidden, "\(route)")
                #expect(
                    try await client.call(.get, "/api/v1/workshops/\(w.id)/\(route)", token: nil).status
                        == .unauthorized)
                #expect(
                    try await client.call(.get, "/api/v1/workshops/zzz/\(route)", token: w.facilitator).status
                        == .notFound)
            }
            let path = server.folder.appendingPathComponent("mol.yaml").path
            try own.text.write(toFile: path, atomically: true, encoding: .utf8)
            let validate = try Programs.run("coherence", ["validate", path])
            #expect(validate.status == 0, "\(validate.stderr)")
        }
    }

    @Test func theAssessmentIsTheCLIConsolidationWithDecisionsApplied() async throws {
        try await TestServer.withWorkshop { server, client, w in
            try await answer(client, w)
            let cli = try await consolidateWithCLI(client, w, in: server.folder)
            let before = try await client.call(.get, "/api/v1/workshops/\(w.id)/assessment", token: w.facilitator)
            #expect(before.status == .ok)
            #expect(before.text == cli)

            let decide = "/api/v1/workshops/\(w.id)/decisions/CU-01"
            #expect(
                try await client.call(
                    .put, decide, token: w.respondents["mol"], json: #"{"level": 2, "rationale": "r"}"#
                ).status == .forbidden)
            let noRationale = try await client.call(.put, decide, token: w.facilitator, json: #"{"level": 2}"#)
            #expect(noRationale.status == .unprocessableContent)
            #expect(
                noRationale.error == "a decision on 'CU-01' needs a 'rationale': say why the room agreed on this answer"
            )
            #expect(
                try await client.call(.put, decide, token: w.facilitator, json: #"{"level": 9, "rationale": "r"}"#)
                    .status == .unprocessableContent)
            let decided = try await client.call(
                .put, decide, token: w.facilitator,
                json: """
                    {"level": 3, "rationale": "The decree is in force: 'implemented'", "dissent": "mol: only for seasonal work"}
                    """)
            #expect(decided.status == .ok)
            #expect(decided.json["level"] as? Int == 3)
            #expect(decided.json["rationale"] as? String == "The decree is in force: 'implemented'")

            let after = try await client.call(.get, "/api/v1/workshops/\(w.id)/assessment", token: w.facilitator)
            // Everything but the decided item's answer (and the lines saying so) is the CLI's consolidation.
            let decidedAnswer = """
                  CU-01:
                    level: 3
                    evidence:
                      - "Labour code, art. 4"
                    note: "mol: Only for \\"seasonal\\" work: partly"

                """
            let cliAnswer = """
                  CU-01:
                    level: 2
                    evidence:
                      - "Labour code, art. 4"
                    note: "mol: Only for \\"seasonal\\" work: partly"

                """
            #expect(cli.contains(cliAnswer))
            let comment = "# The room's decisions replace the consolidated answer of the items 'decisions' lists.\n"
            let lines = after.text.split(separator: "\n", omittingEmptySubsequences: false)
            let at = try #require(lines.first { $0.hasPrefix("    at: ") })
            let expected =
                cli.replacingOccurrences(of: cliAnswer, with: decidedAnswer)
                .replacingOccurrences(of: "assessment:\n", with: comment + "assessment:\n")
                + "decisions:\n  CU-01:\n    answer: 3\n    rationale: \"The decree is in force: 'implemented'\"\n\(at)\n"
                + "    dissent: \"mol: only for seasonal work\"\n"
            #expect(after.text == expected)

            let file = server.folder.appendingPathComponent("assessment.yaml").path
            try after.text.write(toFile: file, atomically: true, encoding: .utf8)
            let validate = try Programs.run("coherence", ["validate", file])
            #expect(validate.status == 0, "\(validate.stderr)")
            // The same frameworks folder as the server's, so that warnings name the framework file alike.
            let frameworks = Programs.packageRoot.appendingPathComponent("Frameworks").path
            let score = try Programs.run("coherence", ["score", "--format", "json", "--frameworks", frameworks, file])
            #expect(score.status == 0)
            let scorecard = try await client.call(.get, "/api/v1/workshops/\(w.id)/scorecard", token: w.facilitator)
            #expect(scorecard.status == .ok)
            #expect(scorecard.text == score.stdout)
            #expect(scorecard.text.contains(#""schema": "coherence.scorecard/1""#))
            // Every report format, equal to what `coherence report` writes for the exported file.
            let reports = server.folder.appendingPathComponent("reports")
            let report = try Programs.run(
                "coherence", ["report", "--frameworks", frameworks, "--output", reports.path, file])
            #expect(report.status == 0, "\(report.stderr)")
            for format in ["md", "html", "json", "csv"] {
                let api = try await client.call(
                    .get, "/api/v1/workshops/\(w.id)/reports/\(format)", token: w.facilitator)
                let cli = try String(
                    contentsOf: reports.appendingPathComponent("VLR-2026-iamm.\(format)"), encoding: .utf8)
                #expect(api.text == cli, "\(format)")
            }
            #expect(
                try await client.call(.get, "/api/v1/workshops/\(w.id)/reports/pdf", token: w.facilitator).status
                    == .notFound)
            #expect(
                try await client.call(.get, "/api/v1/workshops/\(w.id)/reports/md", token: w.respondents["mol"]).status
                    == .forbidden)
        }
    }

    @Test func historyListsEveryChangeInOrder() async throws {
        try await TestServer.withWorkshop { _, client, w in
            try await answer(client, w)
            _ = try await client.call(
                .put, "/api/v1/workshops/\(w.id)/decisions/COOP-01", token: w.facilitator,
                json: #"{"level": 4, "rationale": "All agree"}"#)
            let changes = try await client.history(w.id, token: w.facilitator)
            #expect(changes.count == 8)
            #expect(
                changes.map { $0["item"] as? String } == [
                    "CU-01", "CU-01", "CU-01", "CU-02", "CU-02", "COOP-01", "COOP-01", "COOP-01",
                ])
            #expect(
                changes.map { $0["who"] as? String } == [
                    "mol", "moi", "mfa", "mol", "moi", "mol", "mfa", "facilitator",
                ])
            #expect((changes[2]["after"] as? [String: Any])?["level"] as? Int == 2)
            #expect(changes[7]["kind"] as? String == "decision")
            let ids = changes.compactMap { $0["id"] as? Int }
            #expect(ids == ids.sorted() && Set(ids).count == 8)
            #expect(changes.allSatisfy { ($0["at"] as? String)?.hasSuffix("Z") == true })
        }
    }
}
