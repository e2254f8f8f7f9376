import ArgumentParser
import CoherenceKit
import Foundation
import Spreadsheet

/// `coherence report`: scores assessments and writes their gap reports, one set of files per assessment.
struct ReportCommand: FileOperandsCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write gap reports (Markdown, HTML, JSON, CSV, and on request a spreadsheet) for assessments.",
        discussion: """
            Each assessment gets one file per format in the output folder, named \
            <COUNTRY>-<period>-<framework>.<ext>, for example Reports/VLR-2026-iamm.html. \
            The same inputs always give byte-identical files. When the frameworks folder holds \
            crosswalks/gcm.yaml and it links the assessment's framework, the Markdown and HTML reports show \
            the country's GCM profile: every objective, scored or not covered.
            """
    )

    @OptionGroup var inputs: AssessmentInputs
    static var operands: WritableKeyPath<Self, [String]> { \.inputs.assessments }

    @Option(help: "Comma-separated formats to write: md, html, json, csv, xlsx (default all but xlsx).")
    var format = "md,html,json,csv"

    @Option(name: [.short, .long], help: "The folder the reports are written to.")
    var output = "Reports"

    @Option(
        help: ArgumentHelp(
            "How many assessments to load, score and render at once (default: one per processor).", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be 1 or more, got \(jobs)")
        }
        if case .failure(let unknown) = Self.formats(format) {
            throw ValidationError("unknown format '\(unknown.name)' in --format: choose from md, html, json, csv, xlsx")
        }
    }

    /// Streams like `score`: a first pass loads and validates every assessment and claims its file
    /// names, keeping only the names; a second pass loads, scores and renders the assessments on
    /// every core, at most 16 ahead of the one being written, and writes them in file order. Memory
    /// stays flat in the number of files, and an invalid input or a clash of names still leaves
    /// nothing written.
    func run() throws {
        let (formats, xlsx) = (try? Self.formats(format).get()) ?? (ReportFormat.allCases, false)
        let files = try Console.inputFiles(inputs.assessments, requireSome: true)
        let session = ScoringSession(library: FrameworkLibrary(directory: inputs.frameworks))
        let profile = try gcmCrosswalk()
        let jobs = jobs ?? OrderedWork.availableJobs
        try claimFileNames(files, formats: formats, xlsx: xlsx, session: session, jobs: jobs)
        let inputPaths = OutputFile.InputPaths(files)
        let output = output
        try OrderedWork.run(count: files.count, jobs: jobs, window: 16) { index in
            Result { () throws(InputError) -> [Rendered] in
                let loaded = try session.assessment(at: files[index])
                let report = GapReport(loaded.assessment, against: loaded.framework, crosswalk: profile)
                var rendered = formats.map { format in
                    Rendered(
                        path: Self.path(format.fileName(for: report), in: output),
                        bytes: Data(format.render(report).utf8))
                }
                if xlsx {
                    rendered.append(
                        Rendered(
                            path: Self.path(ReportXLSX.fileName(for: report), in: output), bytes: try Self.xlsx(report))
                    )
                }
                return rendered
            }
        } deliver: { _, rendered in
            let reports: [Rendered]
            switch rendered {
            case .success(let rendered):
                reports = rendered
            case .failure(let error):
                // Only when the file changed since the first pass.
                Console.report(error)
                throw Exit.code(for: error)
            }
            for report in reports {
                do throws(OutputError) {
                    try OutputFile.checkNotAnInput(report.path, inputs: inputPaths)
                    try OutputFile.write(report.bytes, to: report.path)
                } catch {
                    Console.error(error.description)
                    throw Exit.code(for: error)
                }
                Console.print("wrote \(report.path)")
            }
        }
    }

    /// The GCM crosswalk, when the frameworks folder has one, for each report's GCM profile.
    private func gcmCrosswalk() throws -> Crosswalk? {
        var library = FrameworkLibrary(directory: inputs.frameworks)
        return try Console.load { () throws(InputError) in try InputFile.reportCrosswalk(library: &library) }
    }

    /// One report file, rendered and not yet written.
    private struct Rendered: Sendable {
        var path: String
        var bytes: Data
    }

    /// The formats of `list`: the text formats, and whether `xlsx` is among them.
    private static func formats(
        _ list: String
    ) -> Result<(formats: [ReportFormat], xlsx: Bool), ReportFormat.UnknownFormat> {
        let (text, xlsx) = Console.splittingSpreadsheet(list)
        if xlsx, text.isEmpty { return .success(([], true)) }
        return ReportFormat.list(text).map { ($0, xlsx) }
    }

    /// The report as a spreadsheet; a failure to write one is an I/O failure.
    private static func xlsx(_ report: GapReport) throws(InputError) -> Data {
        do {
            return try ReportXLSX.data(report)
        } catch {
            throw .unreadable(path: ReportXLSX.fileName(for: report), reason: error.description)
        }
    }

    private static func path(_ name: String, in folder: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    /// Loads every file in `files`, reporting each invalid one, and checks that no two assessments
    /// would write the same report file; throws the exit code of the gravest problem. Only the
    /// names are kept, so this pass costs a load per file and no memory per file.
    private func claimFileNames(
        _ files: [String], formats: [ReportFormat], xlsx: Bool, session: ScoringSession, jobs: Int
    ) throws {
        var owners: [String: String] = [:]
        var clash: (source: String, path: String, other: String)?
        var failure: ExitCode?
        let output = output
        OrderedWork.run(count: files.count, jobs: jobs, window: 64) { index in
            Result { () throws(InputError) -> [String] in
                let loaded = try session.assessment(at: files[index])
                return formats.map { format in
                    Self.path(
                        format.fileName(for: loaded.assessment, framework: loaded.framework.framework), in: output)
                }
                    + (xlsx
                        ? [
                            Self.path(
                                ReportXLSX.fileName(for: loaded.assessment, framework: loaded.framework.framework),
                                in: output)
                        ] : [])
            }
        } deliver: { index, claimed in
            let paths: [String]
            switch claimed {
            case .success(let claimed):
                paths = claimed
            case .failure(let error):
                Console.report(error)
                failure = Console.worst(failure, Exit.code(for: error))
                return
            }
            guard failure == nil, clash == nil else { return }
            for path in paths {
                if let other = owners[path] {
                    clash = (files[index], path, other)
                    break
                }
                owners[path] = files[index]
            }
        }
        // Invalid input outranks a clash of names, which is only reported once every file loaded.
        if let failure { throw failure }
        if let clash {
            Console.error(
                "\(clash.source): error: its report '\(clash.path)' would replace the report of \(clash.other) "
                    + "(same country, period and framework): report them in separate runs with different --output folders"
            )
            throw Exit.cannotCreateOutput
        }
    }
}
