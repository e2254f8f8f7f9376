import CoherenceKit
import Foundation
import TestSupport
import Testing
import YAML

@testable import WorkshopKit

@Suite struct WorkshopFolderTests {
    @Test func offlineResponsesImportExportAndComeBackWithTheirDecisions() async throws {
        let server = try await TestServer()
        defer { server.remove() }
        let offline = server.folder.appendingPathComponent("offline")
        let responses = offline.appendingPathComponent("responses")
        try FileManager.default.createDirectory(at: responses, withIntermediateDirectories: true)
        let shipped = Programs.packageRoot.appendingPathComponent("Assessments/valoria-2026-responses")
        var paths: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path).sorted() {
            try FileManager.default.copyItem(
                at: shipped.appendingPathComponent(name), to: responses.appendingPathComponent(name))
            paths.append(responses.appendingPathComponent(name).path)
        }
        let created = try await WorkshopFolder.import(from: offline.path, into: server.service)
        #expect(created.respondents.map(\.id) == ["mfa", "moi", "mol"])

        // Exported, the national assessment is exactly the CLI's consolidation of the offline files.
        let exported = server.folder.appendingPathComponent("exported")
        _ = try await WorkshopFolder.export(created.id, from: server.service, to: exported.path)
        let cli = server.folder.appendingPathComponent("cli.yaml").path
        let run = try Programs.run("coherence", ["consolidate"] + paths + ["-o", cli])
        #expect(run.status == 0, "\(run.stderr)")
        let national = try String(contentsOf: exported.appendingPathComponent("assessment.yaml"), encoding: .utf8)
        #expect(national == (try String(contentsOfFile: cli, encoding: .utf8)))

        // A decision survives export and import.
        _ = try await server.service.decide(
            ["level": 1, "rationale": "Agreed after discussion", "dissent": "moi"], workshop: created.id, item: "CU-01",
            as: .facilitator(workshop: created.id))
        let again = server.folder.appendingPathComponent("again")
        _ = try await WorkshopFolder.export(created.id, from: server.service, to: again.path)
        let copy = try await WorkshopFolder.import(from: again.path, into: server.service)
        let text = try await server.service.assessmentText(workshop: copy.id, as: .facilitator(workshop: copy.id))
        #expect(text.contains("decisions:\n  CU-01:\n    answer: 1\n    rationale: Agreed after discussion\n"))
        #expect(text.contains("    dissent: moi\n"))
    }

    @Test func theDecisionLogIsCheckedByTheLoader() throws {
        var library = FrameworkLibrary(directory: Programs.packageRoot.appendingPathComponent("Frameworks").path)
        let header = """
            assessment: {framework: iamm, framework_version: "2026.1", country: {code: VLR, name: Valoria}, period: "2026"}
            answers: {CU-01: 2}

            """
        let good = header + "decisions:\n  CU-01: {answer: 2, rationale: Agreed, at: \"2026-12-04T10:00:00Z\"}\n"
        let loaded = try AssessmentFile(text: good, file: "a.yaml").assessment(library: &library)
        #expect(
            loaded.assessment.decisions == [
                Decision(item: "CU-01", answer: "2", rationale: "Agreed", at: "2026-12-04T10:00:00Z")
            ])
        let bad = header + "decisions:\n  CU-1: {answer: 2}\n"
        #expect(throws: Diagnostics.self) {
            try AssessmentFile(text: bad, file: "a.yaml").assessment(library: &library)
        }
        do {
            _ = try AssessmentFile(text: bad, file: "a.yaml").assessment(library: &library)
        } catch {
            #expect(
                error.description.hasPrefix(
                    "a.yaml:4:3: error: unknown item 'CU-1' in 'decisions' (did you mean 'CU-01'?)"))
        }
    }
}

@Suite struct OfflineResponseTests {
    @Test func offlineResponsesJoinAnExistingWorkshop() async throws {
        let server = try await TestServer()
        defer { server.remove() }
        let request = WorkshopService.CreateRequest(
            framework: "iamm", version: nil, country: .init(code: "VLR", name: "Valoria"), period: "2026",
            respondents: [.init(id: "mol", name: "Labour"), .init(id: "moi", name: "Interior")])
        let created = try await server.service.create(request, as: .admin)
        let shipped = Programs.packageRoot.appendingPathComponent(
            "Assessments/valoria-2026-responses/valoria-2026-iamm-mol.yaml"
        ).path
        let count = try await WorkshopFolder.add(responses: [shipped], to: created.id, in: server.service)
        #expect(count == 73)
        let text = try await server.service.responseText(
            workshop: created.id, respondent: "mol", as: .facilitator(workshop: created.id))
        #expect(text.contains("  CU-01: 1\n"))
        let other = Programs.packageRoot.appendingPathComponent(
            "Assessments/valoria-2026-responses/valoria-2026-iamm-mfa.yaml"
        ).path
        await #expect(
            throws: WorkshopError.invalid(
                "\(other):11:15: error: the response must name one of the workshop's respondents (mol, moi) as 'respondent'"
            )
        ) {
            _ = try await WorkshopFolder.add(responses: [other], to: created.id, in: server.service)
        }
    }
}
