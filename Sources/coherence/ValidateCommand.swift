import ArgumentParser
import CoherenceKit

struct ValidateCommand: FileOperandsCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check frameworks and assessments, reporting every error with file:line:column.",
        discussion: """
            Run it on a filled-in assessment before the workshop closes: it names each answer that \
            does not fit its question (a misspelt item id, a level outside the scale, a missing \
            country code) with the line to fix, and checks a framework's items, scales, dimensions \
            and rules the same way. Files are told apart by their first key, 'framework' or \
            'assessment'; a folder is checked file by file.
            """
    )

    @Argument(help: "Framework or assessment files, or folders of them.")
    var paths: [String]
    static var operands: WritableKeyPath<Self, [String]> { \.paths }

    @Option(help: "The folder where assessments' frameworks are found.")
    var frameworks = "Frameworks"

    func run() throws {
        var library = FrameworkLibrary(directory: frameworks)
        var failure: ExitCode?
        var valid = 0
        let files = try Console.inputFiles(paths)
        for path in files {
            do {
                let document = try Document.load(path, library: &library)
                Console.print("\(path): ok: \(document.summary)")
                valid += 1
            } catch {
                Console.report(error)
                failure = Console.worst(failure, Exit.code(for: error))
            }
        }
        let invalid = files.count - valid
        let summary =
            "\(files.count) file\(files.count == 1 ? "" : "s") checked: \(valid) valid"
            + (invalid > 0 ? ", \(invalid) with errors" : "")
        Console.print(summary)
        if let failure { throw failure }
    }
}
