import ArgumentParser
import CoherenceKit
import Foundation
import Spreadsheet
import YAML

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract:
            "Write a blank assessment of a framework, with each question, its guidance and its levels as comments.",
        discussion: """
            Hand the file to each ministry before a review: every item appears with its question, \
            who usually knows, what each level means for it, and an empty answer to fill in with a \
            level, n/a or unknown. The blank file already validates, so 'coherence validate' can \
            check it at any point while it is being filled in.
            """
    )

    @Argument(help: "A framework id found under --frameworks, or a framework file.")
    var framework: String

    @Option(help: "The framework version, when the folder holds several.")
    var version: String?

    @Option(help: "The country's three-letter code, such as VLR.")
    var country: String

    @Option(help: "The country's name.")
    var name: String

    @Option(help: "The review period, such as 2026.")
    var period: String

    @Option(
        name: .customLong("respondent"),
        help: "A respondent as id=Name, such as 'mol=Ministry of Labour'; repeat for several.")
    var respondents: [String] = []

    @Option(name: [.customShort("o"), .long], help: "The file to write; without it the template goes to stdout.")
    var output: String?

    @Option(
        help: "yaml (an assessment file with comments) or xlsx (an answer sheet for Excel or LibreOffice; needs -o).")
    var format: TemplateFormat = .yaml

    @Option(
        name: .customLong("send-to"),
        help: "Who the filled answer sheet goes back to, such as 'the facilitator, ana@example.org' (xlsx).")
    var sendTo: String?

    @Flag(help: "Replace the output file if it exists (never the framework file).")
    var force = false

    @Option(help: "The folder where frameworks are found.")
    var frameworks = "Frameworks"

    func validate() throws {
        guard country.count == 3, country.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw ValidationError("--country must be three upper-case letters, such as VLR")
        }
        if format == .xlsx, output == nil {
            throw ValidationError("--format xlsx writes a spreadsheet file: name it with -o SHEET.xlsx")
        }
        for respondent in respondents where !respondent.contains("=") {
            throw ValidationError(
                "--respondent '\(respondent)' must be written id=Name, such as 'mol=Ministry of Labour'")
        }
    }

    func run() throws {
        let loaded = try Console.load { () throws(InputError) in try findFramework() }
        let template = AssessmentTemplate(
            framework: loaded, country: Country(code: country, name: name), period: period,
            respondents: respondents.map { entry in
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                return Respondent(id: parts[0], name: parts.count > 1 ? parts[1] : parts[0])
            })
        let bytes: Data
        switch format {
        case .yaml:
            bytes = Data(template.render().utf8)
        case .xlsx:
            do {
                bytes = try AnswerSheetTemplate(template, sendTo: sendTo).data()
            } catch {
                Console.error("\(output ?? "-"): error: \(error.description)")
                throw Exit.ioError
            }
        }
        guard let output else {
            Console.print(String(decoding: bytes, as: UTF8.self), terminator: "")
            return
        }
        do {
            try OutputFile.checkNotAFramework(output, frameworks: [loaded])
            if !force, FileManager.default.fileExists(atPath: output) {
                throw OutputError.refused(
                    path: output, reason: "the file exists and may hold answers: pass --force to replace it")
            }
            try OutputFile.write(bytes, to: output)
        } catch let error as OutputError {
            Console.error(error.description)
            throw Exit.code(for: error)
        }
    }

    private func findFramework() throws(InputError) -> Framework {
        if framework.hasSuffix(".yaml") || framework.hasSuffix(".yml")
            || FileManager.default.fileExists(atPath: framework)
        {
            return try InputFile.framework(at: framework)
        }
        var library = FrameworkLibrary(directory: frameworks)
        let versions = library.versions(of: framework)
        guard let chosen = version ?? (versions.count == 1 ? versions[0] : nil) else {
            let problem =
                versions.isEmpty
                ? "no framework '\(framework)' in \(frameworks)/: pass a framework file or --frameworks DIR"
                : "\(frameworks)/ has several versions of '\(framework)' (\(versions.joined(separator: ", "))): choose one with --version"
            throw .invalid(Diagnostics([.error(problem, at: Location(file: frameworks, line: 1, column: 1))]))
        }
        do {
            return try library.framework(
                for: .init(id: framework, version: chosen, location: Location(file: "command line", line: 1, column: 1))
            )
        } catch {
            throw .invalid(error)
        }
    }
}

/// What `coherence template` writes: an assessment file, or an answer sheet.
enum TemplateFormat: String, ExpressibleByArgument, CaseIterable {
    case yaml, xlsx
}
