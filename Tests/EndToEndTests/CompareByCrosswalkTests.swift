import Foundation
import TestSupport
import Testing

/// `coherence compare --by CROSSWALK` over the shipped frameworks, crosswalks and examples: an IAMM
/// and an EMM assessment side by side on the GCM objectives, in every format.
@Suite struct CompareByCrosswalkTests {
    static let root = Programs.packageRoot
    static let inputs = ["Assessments/valoria-2026-iamm.yaml", "Assessments/orvania-2026-emm.yaml"]

    static func run(_ extra: [String]) throws -> Programs.Result {
        try Programs.run("coherence", ["compare", "--by", "gcm"] + inputs + extra, in: root)
    }

    @Test func comparesAnIAMMAndAnEMMAssessmentOnTheGCMObjectives() throws {
        let result = try Self.run(["--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        // A header, then 23 objectives for each of the two assessments.
        #expect(rows.count == 1 + 2 * 23)
        // Objective 13 (detention) is carried by two items in each checklist: the detention standards
        // (IAMM IRR-01, weight 1; EMM IRR-02, weight 1) and the child-sensitive procedures (IAMM RGT-06,
        // EMM RGT-03, weight 2). Valoria answers IRR-01 1 and RGT-06 1 on the 0–4 scale: (1·25 + 2·25)/3
        // = 25. Orvania answers IRR-02 1 and RGT-03 1: 25 as well.
        #expect(rows.contains { $0.hasPrefix("VLR,Valoria,2026,iamm,2026.1,13,") && $0.hasSuffix(",25.0,2,2") })
        #expect(rows.contains { $0.hasPrefix("ORV,Orvania,2026,emm,2026.1,13,") && $0.hasSuffix(",25.0,2,2") })
        // Objective 15 (basic services), Valoria: HLT-01 (weight 2) answered 2 → 50 and INT-06 (weight 2)
        // answered 1 → 25; FAM-02 and LAB-14 do not apply to a country that is not a destination.
        // (2·50 + 2·25)/4 = 37.5; four items carry it, two are scored.
        #expect(rows.contains { $0.hasPrefix("VLR,Valoria,2026,iamm,2026.1,15,") && $0.hasSuffix(",37.5,4,2") })
        // Objective 22 (portability of social security): IAMM LAB-12 answered 1 → 25; EMM LAB-09 unknown → 0.
        #expect(rows.contains { $0.hasPrefix("VLR,Valoria,2026,iamm,2026.1,22,") && $0.hasSuffix(",25.0,1,1") })
        #expect(rows.contains { $0.hasPrefix("ORV,Orvania,2026,emm,2026.1,22,") && $0.hasSuffix(",0.0,1,1") })
    }

    @Test(arguments: ["text", "md", "html", "csv", "json"])
    func writesEveryFormat(format: String) throws {
        let directory = try TemporaryDirectory()
        let result = try Self.run(["--format", format, "--output", directory.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        let name = "comparison-by-gcm." + (format == "text" ? "txt" : format)
        let written = try String(contentsOf: directory.url.appendingPathComponent(name), encoding: .utf8)
        #expect(written.contains("Orvania"))
        #expect(written.contains(format == "json" ? "\"score\": 25.0" : "25.0"))
    }

    @Test func anUnknownCrosswalkIsAMissingInput() throws {
        let result = try Programs.run("coherence", ["compare", "--by", "gmc"] + Self.inputs, in: Self.root)
        #expect(result.status == 66)
        #expect(result.stderr.contains("Frameworks/crosswalks/gmc.yaml"))
    }

    @Test func aReportShowsTheCountrysGCMProfileWithEveryObjective() throws {
        let directory = try TemporaryDirectory()
        let result = try Programs.run(
            "coherence",
            ["report", "Assessments/valoria-2026-iamm.yaml", "--format", "md", "--output", directory.url.path],
            in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: directory.url.appendingPathComponent("VLR-2026-iamm.md"), encoding: .utf8)
        let rows = markdown.components(separatedBy: "\n").filter { line in
            (1...23).contains { line.hasPrefix("| \($0). ") }
        }
        #expect(rows.count == 23)
        // Objective 13: IAMM IRR-01 and RGT-06, both answered 1 of 4 → 25.0, two items.
        #expect(rows.contains { $0.hasPrefix("| 13. Use migration detention only") && $0.hasSuffix("| 25.0 | 2 |") })
    }

    @Test func theJSONReportCarriesTheProfileToo() throws {
        let directory = try TemporaryDirectory()
        let result = try Programs.run(
            "coherence",
            ["report", "Assessments/orvania-2026-emm.yaml", "--format", "json", "--output", directory.url.path],
            in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: directory.url.appendingPathComponent("ORV-2026-emm.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let report = try #require(object["report"] as? [String: Any])
        let profile = try #require(report["crosswalk_profile"] as? [String: Any])
        let targets = try #require(profile["targets"] as? [[String: Any]])
        #expect(profile["crosswalk"] as? String == "gcm" && targets.count == 23)
        // Objective 22 (portability of social security): EMM LAB-09, answered unknown, scores 0.
        #expect(targets[21]["score"] as? Double == 0 && targets[21]["items"] as? Int == 1)
    }
}
