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
enum Console {
    static func print(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func report(_ error: InputError) {
        self.error(error.description)
    }

    /// Loads every assessment at `paths`, reporting each failure; exits with the gravest code if any failed.
    static func loadAssessments(
        _ paths: [String], frameworks: String
    ) throws -> [(assessment: Assessment, framework: Framework)] {
        var library = FrameworkLibrary(directory: frameworks)
        var loaded: [(Assessment, Framework)] = []
        var failure: ExitCode?
        let files: [String]
        do {
            files = try InputFile.expand(paths)
        } catch {
            report(error)
            throw Exit.code(for: error)
        }
        for path in files {
            do {
                loaded.append(try InputFile.assessment(at: path, library: &library))
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
