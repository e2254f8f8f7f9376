import ArgumentParser
import CoherenceKit
import Foundation

/// `coherence report`: scores assessments and writes their gap reports, one set of files per assessment.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write gap reports (Markdown, HTML, JSON, CSV) for assessments.",
        discussion: """
            Each assessment gets one file per format in the output folder, named \
            <COUNTRY>-<period>-<framework>.<ext>, for example Reports/VLR-2026-iamm.html. \
            The same inputs always give byte-identical files.
            """
    )

    @Argument(help: "Assessment files, or folders of them.")
    var assessments: [String]

    @Option(help: "The folder where assessments' frameworks are found.")
    var frameworks = "Frameworks"

    @Option(help: "Comma-separated formats to write: md, html, json, csv.")
    var format = "md,html,json,csv"

    @Option(name: [.short, .long], help: "The folder the reports are written to.")
    var output = "Reports"

    func validate() throws {
        if case .failure(let unknown) = ReportFormat.list(format) {
            throw ValidationError("unknown format '\(unknown.name)' in --format: choose from md, html, json, csv")
        }
    }

    func run() throws {
        let formats = (try? ReportFormat.list(format).get()) ?? ReportFormat.allCases
        let loaded = try Console.loadAssessments(assessments, frameworks: frameworks)
        let inputs = (try? InputFile.expand(assessments)) ?? assessments
        var planned: [(path: String, text: String)] = []
        var owners: [String: String] = [:]
        for (index, (assessment, framework)) in loaded.enumerated() {
            let scorecard = Scorer.score(assessment, against: framework)
            let report = GapReport(scorecard: scorecard, framework: framework, assessment: assessment)
            let source = index < inputs.count ? inputs[index] : assessment.location.file
            for file in report.files(in: formats) {
                let path = (output as NSString).appendingPathComponent(file.name)
                if let other = owners[path] {
                    Console.error("\(source): error: its report '\(path)' would replace the report of \(other) "
                        + "(same country, period and framework): report them in separate runs with different --output folders")
                    throw Exit.cannotCreateOutput
                }
                owners[path] = source
                planned.append((path, file.text))
            }
        }
        let inputPaths = OutputFile.InputPaths(inputs)
        for file in planned {
            do {
                try OutputFile.checkNotAnInput(file.path, inputs: inputPaths)
                try OutputFile.write(file.text, to: file.path)
            } catch {
                Console.error(error.description)
                throw Exit.code(for: error)
            }
            Console.print("wrote \(file.path)")
        }
    }
}
