import ArgumentParser
import CoherenceKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check frameworks and assessments, reporting every error with file:line:column."
    )

    @Argument(help: "Framework or assessment files, or folders of them.")
    var paths: [String]

    @Option(help: "The folder where assessments' frameworks are found.")
    var frameworks = "Frameworks"

    func run() throws {
        var library = FrameworkLibrary(directory: frameworks)
        var failure: ExitCode?
        let files: [String]
        do {
            files = try InputFile.expand(paths)
        } catch {
            Console.report(error)
            throw Exit.code(for: error)
        }
        for path in files {
            do {
                let document = try Document.load(path, library: &library)
                Console.print("\(path): ok: \(document.summary)")
            } catch {
                Console.report(error)
                failure = Console.worst(failure, Exit.code(for: error))
            }
        }
        if let failure {
            Console.error("\(files.count) file\(files.count == 1 ? "" : "s") checked, some with errors")
            throw failure
        }
    }
}
