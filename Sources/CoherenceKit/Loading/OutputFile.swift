import Foundation

/// Why an output could not be written; the command line maps each case to its exit code.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    /// The output would replace a file the user did not ask to replace, such as an input.
    case refused(path: String, reason: String)
    /// The folder could not be created or the file could not be written.
    case failed(path: String, reason: String)

    public var description: String {
        switch self {
        case .refused(let path, let reason): "\(path): error: \(reason)"
        case .failed(let path, let reason): "\(path): error: cannot write the file: \(reason)"
        }
    }
}

/// Writing the files commands produce: atomically, so a reader never sees half a file.
public enum OutputFile {
    /// Writes `text` to `path` through a temporary file renamed into place, creating folders as needed.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` through a temporary file renamed into place, creating folders as needed.
    public static func write(_ bytes: Data, to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url, options: .atomic)
        } catch {
            throw .failed(path: path, reason: error.localizedDescription)
        }
    }

    /// Refuses `path` when it is one of `inputs` (compared as resolved absolute paths).
    public static func checkNotAnInput(_ path: String, inputs: [String]) throws(OutputError) {
        try checkNotAnInput(path, inputs: InputPaths(inputs))
    }

    /// Refuses `path` when it is one of `inputs`, resolved once for many outputs.
    public static func checkNotAnInput(_ path: String, inputs: InputPaths) throws(OutputError) {
        if inputs.contains(path) {
            throw .refused(path: path, reason: "this is one of the input files: choose another output path")
        }
    }

    /// Input paths resolved (absolute, standardized, symbolic links followed) once, so checking
    /// each of N outputs against N inputs costs N resolutions, not N².
    public struct InputPaths: Sendable {
        private let resolved: Set<String>

        public init(_ paths: [String]) {
            resolved = Set(paths.map(OutputFile.resolved))
        }

        /// Whether `path` resolves to one of the inputs.
        public func contains(_ path: String) -> Bool {
            resolved.contains(OutputFile.resolved(path))
        }
    }

    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
