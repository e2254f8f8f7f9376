import CoherenceKit
import Foundation

// Times `ReformPlanner.plan` (what `coherence plan` and the report's path to the next band run),
// best of 5, on one thread:
//   1. every shipped example assessment, for every metric (overall, coherence, each dimension,
//      each section) at the next band's minimum and at 100;
//   2. generated frameworks of n items (5-level scale, 4 dimensions, sections of 10 items, one in
//      five aggregated by min), every item at the lowest level, planned to overall 50, coherence
//      50 and coherence 90, with efforts all 1 and with uneven efforts. Mid targets are the hard
//      ones: the search keeps every point that can still reach the target, and near 100 few can.
//
//   PlanTimes REPOSITORY_ROOT [N...]      (default N: 25 50 100 200 400)

let arguments = Array(CommandLine.arguments.dropFirst())
guard let root = arguments.first else {
    print("usage: PlanTimes REPOSITORY_ROOT [N...]")
    exit(64)
}
let sizes = arguments.count > 1 ? arguments.dropFirst().compactMap { Int($0) } : [25, 50, 100, 200, 400]

/// The best of `repeats` runs of `body`, in milliseconds.
func milliseconds(repeats: Int = 5, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<repeats {
        let start = clock.now
        body()
        let elapsed = clock.now - start
        best = min(best, Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return best
}

func format(_ value: Double) -> String { String(format: "%.2f", value) }

do {
    let session = ScoringSession(library: FrameworkLibrary(directory: root + "/Frameworks"))
    let folder = root + "/Assessments"
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
    var reports: [String] = []
    print("shipped examples: ms per plan (best of 5), the slowest metric and target of each file")
    for file in files {
        let (assessment, compiled) = try session.assessment(at: folder + "/" + file)
        let framework = compiled.framework
        let metrics: [ScoreMetric] =
            [.overall, .coherence] + framework.dimensions.map { .dimension($0.id) }
            + framework.allSections.map { .section($0.section.id) }
        let card = Scorer.score(assessment, against: compiled)
        var slowest = (time: 0.0, what: "")
        var total = 0.0
        var count = 0
        for metric in metrics {
            guard let score = metric.score(in: card) else { continue }
            let next = framework.bands.first { $0.min > score }?.min
            for target in [next, 100].compactMap({ $0 }) {
                let time = milliseconds {
                    _ = ReformPlanner.plan(assessment, against: compiled, metric: metric, target: target)
                }
                total += time
                count += 1
                if time > slowest.time { slowest = (time, "\(metric.name)=\(Int(target))") }
            }
        }
        // The baseline, measured in the same run: scoring the assessment once.
        let scoring = milliseconds(repeats: 20) { _ = Scorer.score(assessment, against: compiled) }
        // A gap report in every format, with and without its path to the next band.
        let with = milliseconds(repeats: 10) {
            let report = GapReport(assessment, against: compiled)
            _ = ReportFormat.allCases.map { $0.render(report) }
        }
        let without = milliseconds(repeats: 10) {
            let report = GapReport(
                scorecard: Scorer.score(assessment, against: compiled), framework: framework, assessment: assessment)
            _ = ReportFormat.allCases.map { $0.render(report) }
        }
        reports.append(
            "  \(file): \(format(with)) ms with the path, \(format(without)) ms without (×\(format(with / without)))")
        print(
            "  \(file): \(framework.allItems.count) items, \(count) plans, mean \(format(total / Double(count))) ms, "
                + "slowest \(format(slowest.time)) ms (\(slowest.what)); scoring once \(format(scoring)) ms, "
                + "so the slowest plan costs \(format(slowest.time / scoring))× a scoring")
    }

    print("\nshipped examples: ms per gap report (md, html, json, csv rendered; best of 10)")
    for line in reports { print(line) }

    print("\ngenerated frameworks, every item at the lowest level: ms per plan (best of 5; of 1 above 200 items)")
    let targets: [(ScoreMetric, Double)] = [(.overall, 50), (.coherence, 50), (.coherence, 90)]
    let names = targets.map { "\($0.0.name)=\(Int($0.1))" }
    print(
        "  items  steps  "
            + (names.map { $0 + " (effort 1)" } + names.map { $0 + " (uneven)" })
            .map { $0.padding(toLength: 24, withPad: " ", startingAt: 0) }.joined())
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plan-times-\(getpid())")
    try FileManager.default.createDirectory(
        at: directory.appendingPathComponent("Frameworks"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for n in sizes {
        var row =
            "  " + String(n).padding(toLength: 5, withPad: " ", startingAt: 0) + "  "
            + String(4 * n).padding(toLength: 5, withPad: " ", startingAt: 0)
        var times: [String] = []
        for uneven in [false, true] {
            let id = "gen\(n)\(uneven ? "u" : "")"
            try generatedFramework(id: id, items: n, uneven: uneven)
                .write(to: directory.appendingPathComponent("Frameworks/\(id).yaml"), atomically: true, encoding: .utf8)
            let path = directory.appendingPathComponent("\(id).yaml").path
            try
                "assessment:\n  framework: \(id)\n  framework_version: \"1\"\n  country: {code: GEN, name: Generated}\n  period: \"1\"\n"
                .write(toFile: path, atomically: true, encoding: .utf8)
            let (assessment, compiled) = try ScoringSession(
                library: FrameworkLibrary(directory: directory.appendingPathComponent("Frameworks").path)
            ).assessment(at: path)
            for (metric, target) in targets {
                times.append(
                    format(
                        milliseconds(repeats: n > 200 ? 1 : 5) {
                            _ = ReformPlanner.plan(assessment, against: compiled, metric: metric, target: target)
                        }))
            }
        }
        for time in times { row += "  " + time.padding(toLength: 22, withPad: " ", startingAt: 0) }
        print(row)
    }
} catch {
    print("error: \(error)")
    exit(65)
}

/// A framework of `items` items on a 0–4 scale in sections of ten, one section in five aggregated
/// by `min`, each item in one or two of four dimensions; efforts 1, or from 0.5 to 3 in
/// hundredths (a fixed sequence) when `uneven`.
func generatedFramework(id: String, items: Int, uneven: Bool) -> String {
    var text = """
        framework:
          id: \(id)
          version: "1"
          title: Generated
          default_scale: maturity
          default_target: 3
        scales:
          maturity:
            levels: [{value: 0, label: A}, {value: 1, label: B}, {value: 2, label: C}, {value: 3, label: D}, {value: 4, label: E}]
        dimensions:
          - {id: d1, title: D1}
          - {id: d2, title: D2, weight: 2}
          - {id: d3, title: D3}
          - {id: d4, title: D4, weight: 0.5}
        sections:

        """
    let dimensions = ["d1", "d2", "d3", "d4"]
    for section in 0..<((items + 9) / 10) {
        text +=
            "  - id: s\(section)\n    title: S\(section)\n    aggregate: \(section % 5 == 4 ? "min" : "mean")\n"
            + "    weight: \(1 + section % 3)\n    items:\n"
        for index in (section * 10)..<min(items, section * 10 + 10) {
            let effort = uneven ? String(format: "%.2f", 0.5 + Double((index * 37) % 251) / 100) : "1"
            let (first, second) = (dimensions[index % 4], dimensions[(index / 4) % 4])
            let memberships = first == second ? "\(first): 1" : "\(first): 1, \(second): 0.5"
            text +=
                "      - {id: I\(index), question: Q, weight: \(1 + index % 4), effort: \(effort), "
                + "dimensions: {\(memberships)}}\n"
        }
    }
    return text
}
