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

    /// Streams like `score`: a first pass loads and validates every assessment and claims its file
    /// names, keeping only the names; a second pass loads, scores, renders and writes one
    /// assessment at a time. Memory stays flat in the number of files, and an invalid input or a
    /// clash of names still leaves nothing written.
    func run() throws {
        let formats = (try? ReportFormat.list(format).get()) ?? ReportFormat.allCases
        let files = try Console.inputFiles(assessments)
        var library = FrameworkLibrary(directory: frameworks)
        try claimFileNames(files, formats: formats, library: &library)
        let inputPaths = OutputFile.InputPaths(files)
        var batch = ScoringBatch()
        for path in files {
            let loaded: (assessment: Assessment, framework: Framework)
            do throws(InputError) {
                loaded = try InputFile.assessment(at: path, library: &library)
            } catch {
                // Only when the file changed since the first pass.
                Console.report(error)
                throw Exit.code(for: error)
            }
            let scorecard = batch.score(loaded.assessment, against: loaded.framework)
            let report = GapReport(scorecard: scorecard, framework: loaded.framework, assessment: loaded.assessment)
            for format in formats {
                let path = (output as NSString).appendingPathComponent(format.fileName(for: report))
                do {
                    try OutputFile.checkNotAnInput(path, inputs: inputPaths)
                    try OutputFile.write(format.render(report), to: path)
                } catch {
                    Console.error(error.description)
                    throw Exit.code(for: error)
                }
                Console.print("wrote \(path)")
            }
        }
    }

    /// Loads every file in `files`, reporting each invalid one, and checks that no two assessments
    /// would write the same report file; throws the exit code of the gravest problem. Only the
    /// names are kept, so this pass costs a load per file and no memory per file.
    private func claimFileNames(_ files: [String], formats: [ReportFormat], library: inout FrameworkLibrary) throws {
        var owners: [String: String] = [:]
        var clash: (source: String, path: String, other: String)?
        var failure: ExitCode?
        for source in files {
            let loaded: (assessment: Assessment, framework: Framework)
            do throws(InputError) {
                loaded = try InputFile.assessment(at: source, library: &library)
            } catch {
                Console.report(error)
                failure = Console.worst(failure, Exit.code(for: error))
                continue
            }
            guard failure == nil, clash == nil else { continue }
            for format in formats {
                let path = (output as NSString).appendingPathComponent(
                    format.fileName(for: loaded.assessment, framework: loaded.framework))
                if let other = owners[path] {
                    clash = (source, path, other)
                    break
                }
                owners[path] = source
            }
        }
        // Invalid input outranks a clash of names, which is only reported once every file loaded.
        if let failure { throw failure }
        if let clash {
            Console.error("\(clash.source): error: its report '\(clash.path)' would replace the report of \(clash.other) "
                + "(same country, period and framework): report them in separate runs with different --output folders")
            throw Exit.cannotCreateOutput
        }
    }
}
