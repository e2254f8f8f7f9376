import CEL
import Foundation
import Testing
import YAML

@testable import CoherenceKit

/// Every seed of the fuzz corpus (`Fuzz/corpus/`) through the loaders, the scorer and CEL, in the
/// ordinary test run: whatever the file, a value or diagnostics, never a crash. `Scripts/fuzz`
/// mutates these same seeds; a file that once crashed a target belongs here as a seed.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    /// The seeds of one target, as paths relative to the corpus folder.
    static func seeds(_ target: String) -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(target).path)) ?? []
        return names.sorted().map { "\(target)/\($0)" }
    }

    static func bytes(_ seed: String) throws -> [UInt8] {
        Array(try Data(contentsOf: corpus.appendingPathComponent(seed)))
    }

    /// The fuzz targets' fixed framework, as `Scripts/fuzz-corpus` writes it among the seeds.
    static let fixedFramework: Framework? = {
        guard let data = try? Data(contentsOf: corpus.appendingPathComponent("framework/fixed.yaml")) else {
            return nil
        }
        return try? FrameworkLoader.parse(String(decoding: data, as: UTF8.self), file: "fixed.yaml")
    }()

    @Test func corpusIsThere() throws {
        for target in ["yaml", "framework", "assessment", "cel", "score", "xlsx"] {
            #expect(!Self.seeds(target).isEmpty, "no seeds for \(target)")
        }
        #expect(Self.fixedFramework != nil)
    }

    @Test(arguments: seeds("yaml") + seeds("framework") + seeds("assessment") + seeds("score"))
    func yamlSeedLoadsOrGivesDiagnostics(_ seed: String) throws {
        let bytes = try Self.bytes(seed)
        let root: Node
        do throws(Diagnostics) {
            root = try YAMLParser().parse(bytes, file: seed)
        } catch {
            #expect(error.description.contains("error: "))
            return
        }
        do {
            _ = CompiledFramework(try FrameworkLoader.load(root))
        } catch {
            #expect(error.description.contains("error: "))
        }
        let framework = try #require(Self.fixedFramework)
        do {
            let assessment = try AssessmentLoader.load(root, against: framework)
            let card = Scorer.score(assessment, against: framework)
            #expect(ScorecardJSON.render(card).hasPrefix("{"))
        } catch {
            #expect(error.description.contains("error: "))
        }
    }

    /// The well-filled answer sheets import; the others give diagnostics.
    @Test(arguments: seeds("xlsx"))
    func answerSheetSeedImportsOrGivesDiagnostics(_ seed: String) throws {
        let framework = try #require(Self.fixedFramework)
        let wellFilled = seed.hasSuffix("/inline.xlsx") || seed.hasSuffix("/shared.xlsx")
        do {
            let imported = try AnswerSheetImport.read(Data(try Self.bytes(seed)), file: seed, framework: framework)
            #expect(wellFilled, "\(seed) imported")
            #expect(imported.assessment.answers.count == 6)
            #expect(imported.assessment.date == "2026-10-14")
        } catch let error as AnswerSheetError {
            #expect(!wellFilled, "\(error)")
            #expect(error.description.contains("error: "))
        }
    }

    @Test(arguments: seeds("cel"))
    func expressionSeedParsesOrFails(_ seed: String) throws {
        let source = String(decoding: try Self.bytes(seed), as: UTF8.self)
        guard let program = try? Program.parse(source) else { return }
        _ = program.check(Declarations(variables: ["x", "profile"], functions: ["level": 1]))
        let activation = Activation(variables: [
            "x": .int(1), "profile": .map(["origin": .bool(true), "rcps": .list([.string("colombo")])]),
        ])
        switch program.evaluate(activation) {
        case .success(let value): _ = value.json
        case .failure(let error): #expect(!error.message.isEmpty)
        }
    }
}
