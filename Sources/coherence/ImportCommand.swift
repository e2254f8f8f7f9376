import ArgumentParser
import CoherenceKit
import Foundation

/// `coherence import`: filled answer sheets (.xlsx) → assessment files.
struct ImportCommand: FileOperandsCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read filled answer sheets (.xlsx) back into assessment files.",
        discussion: """
            Reads sheets written by 'coherence template --format xlsx' and filled in Excel or LibreOffice. \
            Answers are written as level labels, evidence as a list (one per line in the cell), items in \
            framework order; the result validates like any assessment. Every problem is reported by cell \
            (SHEET.xlsx:Answers!E14), all of them in one run, and nothing is written while any sheet has one. \
            With one sheet, -o names the file (without it the assessment goes to stdout); with several, -o \
            names a folder, and each file is named <COUNTRY>-<period>-<framework>[-<respondent>].yaml.
            """
    )

    @Argument(help: "Filled answer sheets (.xlsx).")
    var sheets: [String]
    static var operands: WritableKeyPath<Self, [String]> { \.sheets }

    @Option(
        name: [.customShort("o"), .long],
        help: "The assessment file to write (one sheet), or the folder (several sheets).")
    var output: String?

    @Flag(help: "Replace output files that exist.")
    var force = false

    @Option(help: "The folder where the sheets' frameworks are found.")
    var frameworks = "Frameworks"

    func validate() throws {
        if sheets.isEmpty { throw ValidationError("name at least one answer sheet (.xlsx) to import") }
    }

    func run() throws {
        var library = FrameworkLibrary(directory: frameworks)
        var imported: [AnswerSheetImport] = []
        var failure: ExitCode?
        for sheet in sheets {
            do {
                imported.append(try AnswerSheetImport.read(sheet, library: &library))
            } catch {
                Console.error(error.description)
                failure = Console.worst(failure, Self.exitCode(for: error))
            }
        }
        if let failure { throw failure }
        guard let output else {
            guard imported.count == 1 else {
                Console.error("error: several sheets give several assessments: name a folder for them with -o DIR")
                throw Exit.usage
            }
            Console.print(imported[0].text, terminator: "")
            return
        }
        var isDirectory: ObjCBool = false
        let intoFolder =
            imported.count > 1 || output.hasSuffix("/")
            || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
        let paths = imported.map { intoFolder ? (output as NSString).appendingPathComponent($0.fileName) : output }
        do throws(OutputError) {
            var claimed: [String: String] = [:]
            for (index, path) in paths.enumerated() {
                try OutputFile.checkNotAnInput(path, inputs: sheets)
                if let other = claimed[path] {
                    throw .refused(
                        path: path,
                        reason:
                            "both \(other) and \(sheets[index]) would be written here: they answer for the same country, period and respondent"
                    )
                }
                claimed[path] = sheets[index]
                if !force, FileManager.default.fileExists(atPath: path) {
                    throw .refused(path: path, reason: "the file exists: pass --force to replace it")
                }
            }
            for (sheet, path) in zip(imported, paths) {
                try OutputFile.write(sheet.text, to: path)
                Console.print(
                    "wrote \(path): \(sheet.assessment.answers.count) of \(sheet.framework.allItems.count) items answered"
                )
            }
        } catch {
            Console.error(error.description)
            throw Exit.code(for: error)
        }
    }

    private static func exitCode(for error: AnswerSheetError) -> ExitCode {
        switch error {
        case .input(let error): Exit.code(for: error)
        case .invalid: Exit.invalidInput
        }
    }
}
