import ArgumentParser
import CoherenceKit
import Foundation
import YAML

/// Exit codes of DESIGN.md §7 (BSD sysexits).
enum Exit {
    static let gateFailed = ExitCode(1)
    static let usage = ExitCode(64)
    static let invalidInput = ExitCode(65)
    static let missingInput = ExitCode(66)
    static let cannotCreateOutput = ExitCode(73)
    static let ioError = ExitCode(74)

    /// The exit code for an input that could not be used.
    static func code(for error: InputError) -> ExitCode {
        switch error {
        case .missing: missingInput
        case .unreadable: ioError
        case .invalid: invalidInput
        }
    }

    /// The exit code for an output that could not be written.
    static func code(for error: OutputError) -> ExitCode {
        switch error {
        case .refused: cannotCreateOutput
        case .failed: ioError
        }
    }
}

/// Printing for commands: results to stdout, diagnostics to stderr.
///
/// Both escape control characters (other than tab and line feed) as `\u001b`, so text from a file
/// (a country name, an unknown key, a path) cannot move the cursor or recolour a terminal; JSON
/// stays valid JSON, since that is also its escape (DESIGN.md §9).
enum Console {
    static func print(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).escapingControlCharacters.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").escapingControlCharacters.utf8))
    }

    static func report(_ error: InputError) {
        self.error(error.description)
    }

    /// A `--format` list without its `xlsx` entries, and whether it had one: the spreadsheet is
    /// written by the command beside the text formats that the library's list parser knows.
    static func splittingSpreadsheet(_ list: String) -> (text: String, xlsx: Bool) {
        let names = list.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let text = names.filter { $0.lowercased() != "xlsx" }
        return (text.joined(separator: ","), text.count < names.count)
    }

    /// The files named by `paths` (folders give their YAML files), reporting a missing path; with
    /// `requireSome`, an empty result is a missing input too.
    static func inputFiles(_ paths: [String], requireSome: Bool = false) throws -> [String] {
        let files: [String]
        do {
            files = try InputFile.expand(paths)
        } catch {
            report(error)
            throw Exit.code(for: error)
        }
        if requireSome, files.isEmpty {
            self.error("error: no assessment files (.yaml, .yml) in \(paths.joined(separator: ", "))")
            throw Exit.missingInput
        }
        return files
    }

    /// The assessment at `path`, validated, and its framework found under `frameworks`; reports
    /// what is wrong and exits with its code otherwise.
    static func loadAssessment(
        _ path: String, frameworks: String
    ) throws -> (assessment: Assessment, framework: CompiledFramework) {
        try load { () throws(InputError) in
            try ScoringSession(library: FrameworkLibrary(directory: frameworks)).assessment(at: path)
        }
    }

    /// What `load` returns; when it fails, the error is reported and the command exits with its code.
    static func load<Loaded>(_ load: () throws(InputError) -> Loaded) throws -> Loaded {
        do {
            return try load()
        } catch {
            report(error)
            throw Exit.code(for: error)
        }
    }

    /// `load` applied to every file, reporting each failure; exits with the gravest code if any failed.
    static func loadEach<Loaded>(_ files: [String], _ load: (String) throws(InputError) -> Loaded) throws -> [Loaded] {
        var loaded: [Loaded] = []
        var failure: ExitCode?
        for path in files {
            do {
                loaded.append(try load(path))
            } catch {
                report(error)
                failure = worst(failure, Exit.code(for: error))
            }
        }
        if let failure { throw failure }
        return loaded
    }

    /// The graver of two exit codes: a missing file outranks invalid data.
    static func worst(_ a: ExitCode?, _ b: ExitCode) -> ExitCode {
        guard let a else { return b }
        return a.rawValue >= b.rawValue ? a : b
    }
}
