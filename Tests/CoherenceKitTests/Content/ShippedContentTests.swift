import CoherenceKit
import Foundation
import Testing

/// The frameworks and examples the tool ships: what a facilitator opens to run a review tomorrow.
@Suite struct ShippedContentTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func framework(_ name: String) throws -> Framework {
        try InputFile.framework(at: root.appendingPathComponent("Frameworks/\(name).yaml").path)
    }

    @Test(arguments: ["iamm", "emm"])
    func frameworksAreCompleteChecklists(name: String) throws {
        let framework = try Self.framework(name)
        let items = framework.allItems
        #expect(items.count >= 60)
        #expect(framework.rules.count >= 15)
        for dimension in ["national", "interstate", "institutional", "cross-domain"] {
            let carried = items.filter { $0.dimensions.contains { $0.dimension == dimension } }.count
            #expect(carried >= 10, "dimension '\(dimension)' is carried by \(carried) items")
        }
        for item in items {
            #expect(!(item.guidance ?? "").isEmpty, "item '\(item.id)' has no guidance")
            let scale = framework.scale(of: item)
            // Every level of a level scale is spelled out for the item, so ministries read it alike.
            for level in scale.levels {
                #expect(
                    item.rubric[level.value] != nil, "item '\(item.id)' does not say what '\(level.label)' means for it"
                )
            }
            #expect(!item.references.isEmpty, "item '\(item.id)' cites no reference")
        }
        for rule in framework.rules {
            #expect(rule.recommendation != nil, "rule '\(rule.id)' recommends nothing")
            #expect(!rule.items.isEmpty && !rule.dimensions.isEmpty && !rule.capacity.isEmpty, "rule '\(rule.id)'")
        }
    }

    @Test func theIAMMGapsEndInTheEMMTrainingCatalogue() throws {
        let iamm = try Self.framework("iamm")
        let emm = try Self.framework("emm")
        #expect(iamm.capacity.map(\.id) == emm.capacity.map(\.id))
        #expect(iamm.allItems.allSatisfy { !$0.capacity.isEmpty })
    }

    @Test func everyExampleAssessmentValidates() throws {
        let session = ScoringSession(
            library: FrameworkLibrary(directory: Self.root.appendingPathComponent("Frameworks").path))
        let files = try InputFile.expand([Self.root.appendingPathComponent("Assessments").path])
        #expect(files.count >= 7)
        for file in files {
            _ = try session.assessment(at: file)
        }
    }
}
