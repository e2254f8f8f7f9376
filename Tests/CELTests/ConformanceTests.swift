import CEL
import Foundation
import Testing

/// Runs CEL's conformance cases (`shared/conformance/cel/cases.jsonl`) against the evaluator.
@Suite struct ConformanceTests {
    /// `$CEL_CONFORMANCE`, or `shared/conformance/cel/cases.jsonl` beside the package root.
    static let casesPath: String? = {
        if let path = ProcessInfo.processInfo.environment["CEL_CONFORMANCE"] {
            return FileManager.default.fileExists(atPath: path) ? path : nil
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/conformance/cel/cases.jsonl").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// Required cases known to fail, with the reason: `id<TAB>reason` per line.
    static func knownSkips() throws -> [String: String] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("conformance-skips.txt").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var skips: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let parts = line.split(separator: "\t", maxSplits: 1)
            skips[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return skips
    }

    /// Why `testCase` fails, or nil when it passes.
    static func failure(of testCase: ConformanceCase) -> String? {
        if case .unsupported(let why) = testCase.expect { return why }
        let result: Result<Value, CELError>
        do {
            result = try Program.parse(testCase.expr).evaluate(Activation(variables: testCase.bindings))
        } catch {
            result = .failure(error)
        }
        switch (testCase.expect, result) {
        case (.value(let expected), .success(let actual)):
            return ConformanceCase.matches(expected, actual) ? nil : "expected \(expected.json), got \(actual.json)"
        case (.value(let expected), .failure(let error)):
            return "expected \(expected.json), got error: \(error.message)"
        case (.error, .failure):
            return nil
        case (.error(let messages), .success(let actual)):
            return "expected an error (\(messages.joined(separator: "; "))), got \(actual.json)"
        case (.unsupported(let why), _):
            return why
        }
    }

    @Test(
        "conformance cases of the required subset pass or are listed as skipped",
        .enabled(if: casesPath != nil, "shared/conformance/cel/cases.jsonl not found (set CEL_CONFORMANCE)")
    )
    func conformance() throws {
        let path = try #require(Self.casesPath)
        let cases = try String(contentsOfFile: path, encoding: .utf8)
            .split(separator: "\n").map(ConformanceCase.init(line:))
        let skips = try Self.knownSkips()
        let start = ContinuousClock.now
        var passed = 0
        var failed = 0
        var skipped = 0
        var optional: [String: (passed: Int, count: Int)] = [:]
        for testCase in cases {
            let failure = Self.failure(of: testCase)
            guard testCase.isRequired else {
                for tag in testCase.tags where ConformanceCase.optionalTags.contains(tag) {
                    optional[tag, default: (0, 0)].count += 1
                    if failure == nil { optional[tag, default: (0, 0)].passed += 1 }
                }
                continue
            }
            switch (failure, skips[testCase.id]) {
            case (nil, nil): passed += 1
            case (nil, .some):
                failed += 1
                Issue.record("\(testCase.id) passes now: remove it from conformance-skips.txt")
            case (.some, .some): skipped += 1
            case (.some(let why), nil):
                failed += 1
                Issue.record("\(testCase.id): \(testCase.expr): \(why)")
            }
        }
        let elapsed = ContinuousClock.now - start
        let unknownSkips = Set(skips.keys).subtracting(cases.map(\.id))
        #expect(unknownSkips.isEmpty, "conformance-skips.txt lists unknown cases: \(unknownSkips.sorted())")
        print("CEL conformance: \(passed) passed, \(failed) failed, \(skipped) skipped")
        let outside = optional.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.passed)/\($0.value.count)" }
        print("CEL conformance outside the required subset (passed/cases by tag): \(outside.joined(separator: ", "))")
        print("CEL conformance run time: \(elapsed)")
        #expect(passed * 100 >= (passed + failed + skipped) * 99, "fewer than 99% of the required cases pass")
    }
}
