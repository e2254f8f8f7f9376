import ArgumentParser
import CoherenceKit
import Foundation
import YAML

/// `coherence compare`: assessments side by side, with ranks, common gaps and changes between periods.
struct CompareCommand: FileOperandsCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare assessments across countries and periods.",
        discussion: """
            Assessments of one framework, one per country and period. Versions may differ: each assessment \
            is scored against its own version, and common gaps and item changes use the item ids the \
            versions share. Ranks: 1 = highest, equal scores share a rank (1, 2, 2, 4). A country's periods \
            are ordered by string comparison ('2025' < '2026' < '2026-H2'). Without --output, prints one \
            format (default text); with --output DIR, writes comparison.<ext> for each format (default \
            md,html,csv,json).

            With --by CROSSWALK (an id under FRAMEWORKS/crosswalks/, such as gcm or sdg-10-7-2, or a \
            crosswalk file), assessments of any frameworks the crosswalk links are compared on its targets: \
            each target's score is the weighted mean of the scores of the items linked to it, shown with \
            how many items carry it; a target no item carries is shown as not covered. Files are then \
            named comparison-by-CROSSWALK.<ext>.
            """
    )

    @OptionGroup var inputs: AssessmentInputs
    static var operands: WritableKeyPath<Self, [String]> { \.inputs.assessments }

    @Option(
        help: ArgumentHelp(
            "Formats, comma-separated: text, md, html, csv, json, xlsx (xlsx needs --output).", valueName: "formats"))
    var format: String?

    @Option(help: ArgumentHelp("Write one file per format into this folder.", valueName: "dir"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Compare on the targets of a crosswalk (gcm, sdg-10-7-2, or a file).", valueName: "crosswalk"))
    var by: String?

    func validate() throws {
        _ = try formats()
    }

    /// Whether a spreadsheet is asked for (`xlsx` among the formats), which is written only to a folder.
    var xlsx: Bool {
        format.map { Console.splittingSpreadsheet($0).xlsx } ?? false
    }

    /// The text formats asked for; several without --output is a usage error.
    func formats() throws -> [ComparisonOutput] {
        guard let format else { return output == nil ? [.text] : [.md, .html, .csv, .json] }
        let (textFormats, xlsx) = Console.splittingSpreadsheet(format)
        if xlsx {
            guard output != nil else {
                throw ValidationError("--format xlsx writes a spreadsheet file: name a folder with --output DIR")
            }
            guard by == nil else {
                throw ValidationError(
                    "--format xlsx is not available with --by: use csv for a spreadsheet of the targets")
            }
            if textFormats.isEmpty { return [] }
        }
        switch ComparisonOutput.parseList(textFormats) {
        case .failure(let error): throw ValidationError(error.description)
        case .success(let formats):
            if output == nil, formats.count > 1 {
                throw ValidationError("several formats need --output DIR: without it, compare prints one format")
            }
            return formats
        }
    }

    func run() throws {
        let formats = try formats()
        let files = try Console.inputFiles(inputs.assessments, requireSome: true)
        var library = FrameworkLibrary(directory: inputs.frameworks)
        let loaded = try Console.loadEach(files) { path throws(InputError) in
            try LocatedAssessment.load(path, library: &library)
        }
        if let by {
            let crosswalk = try Console.load { () throws(InputError) in
                try InputFile.crosswalk(by, library: &library)
            }
            let comparison: CrosswalkComparison
            do {
                comparison = try CrosswalkComparer.compare(loaded, by: crosswalk)
            } catch {
                Console.error(error.description)
                throw Exit.invalidInput
            }
            try emit(
                formats, count: comparison.entries.count, inputs: files,
                fileName: { "comparison-by-\(crosswalk.id)." + $0.fileExtension },
                spreadsheet: nil
            ) { $0.render(comparison) }
            return
        }
        let comparison: Comparison
        do {
            comparison = try Comparer.compare(loaded)
        } catch {
            Console.error(error.description)
            throw Exit.invalidInput
        }
        try emit(
            formats, count: comparison.entries.count, inputs: files, fileName: \.fileName,
            spreadsheet: { try ComparisonXLSX.data(comparison) }
        ) { $0.render(comparison) }
    }

    /// Prints the first format, or with --output writes each format to its file, and the
    /// spreadsheet when `xlsx` is asked for.
    private func emit(
        _ formats: [ComparisonOutput], count: Int, inputs: [String], fileName: (ComparisonOutput) -> String,
        spreadsheet: (() throws -> Data)?, render: (ComparisonOutput) -> String
    ) throws {
        guard let output else {
            Console.print(render(formats[0]), terminator: "")
            return
        }
        for format in formats {
            let path = (output as NSString).appendingPathComponent(fileName(format))
            do {
                try OutputFile.checkNotAnInput(path, inputs: inputs)
                try OutputFile.write(render(format), to: path)
            } catch {
                Console.error(error.description)
                throw Exit.code(for: error)
            }
            Console.print("\(path): \(count) assessments (\(format.rawValue))")
        }
        if xlsx, let spreadsheet {
            let path = (output as NSString).appendingPathComponent(ComparisonXLSX.fileName)
            do {
                try OutputFile.checkNotAnInput(path, inputs: inputs)
                try OutputFile.write(try spreadsheet(), to: path)
            } catch let error as OutputError {
                Console.error(error.description)
                throw Exit.code(for: error)
            } catch {
                Console.error("\(path): error: \(error)")
                throw Exit.ioError
            }
            Console.print("\(path): \(count) assessments (xlsx)")
        }
    }
}
