import CoherenceKit
import Glibc

// Times each stage of `coherence score --format json` separately, on one thread, over the same
// files: parse (libyaml and our located tree), load (validation into an Assessment), score,
// and render (the JSON of one scorecard). Each stage runs over every file before the next
// starts, holding the previous stage's results, so give it at most a few thousand files.
//
//   StageTimes FRAMEWORKS_DIR FILE...

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2, let directory = arguments.first else {
    print("usage: StageTimes FRAMEWORKS_DIR FILE...")
    exit(64)
}
let files = Array(arguments.dropFirst())

/// Runs `body`, prints its time per file, and returns what it returned.
func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(
        "\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(Int(seconds * 1e6 / Double(files.count)))) µs/file"
    )
    return result
}

do {
    var library = FrameworkLibrary(directory: directory)
    // Parsed and dropped one file at a time, as `score` does; then again, kept for the next stage.
    try stage("parse-1") { for file in files { _ = try InputFile.parse(file) } }
    let parsed = try stage("parse") { try files.map { try AssessmentFile(path: $0) } }
    let reference = try parsed[0].frameworkReference()
    let compiled = try stage("framework") { CompiledFramework(try library.framework(for: reference)) }
    let assessments = try stage("load") {
        try parsed.map { try $0.assessment(against: compiled.framework) }
    }
    let cards = stage("score") { assessments.map { Scorer.score($0, against: compiled) } }
    // Each piece is handed back once measured, as `score` does once it has spooled it.
    let pieces = ScorecardJSON.PieceWriter(count: cards.count)
    let bytes = stage("render") {
        cards.enumerated().map { index, card in
            let piece = pieces.piece(card, index: index)
            defer { pieces.reuse(piece) }
            return piece.withBytes(\.count)
        }
    }
    print("\(files.count) files, \(bytes.reduce(0, +) / files.count) bytes of JSON each")
} catch {
    print("error: \(error)")
    exit(65)
}
