public import Foundation
import YAML

#if canImport(Glibc)
    import Glibc
#endif

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
    /// The suffix of the temporary file written beside `path` and renamed into place, followed by
    /// the writer's process id. Visible, not hidden: a run killed while writing leaves
    /// `VLR-2026-iamm.html.incomplete-4242`, which says what it is and can be deleted.
    static let incompleteSuffix = ".incomplete-"

    /// Writes `text` to `path` through a temporary file renamed into place, creating folders as needed.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` through a temporary file renamed into place, creating folders as needed.
    public static func write(_ bytes: Data, to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .failed(
                path: path,
                reason:
                    "it is a folder: name a file inside it, such as \((path as NSString).appendingPathComponent("NAME.yaml"))"
            )
        }
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .failed(path: path, reason: folderProblem(folder))
        }
        let temporary = path + incompleteSuffix + String(getpid())
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { throw .failed(path: path, reason: describe(errno)) }
        var failure: Int32?
        do {
            try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: bytes)
        } catch {
            failure = posixCode(of: error)
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw .failed(path: path, reason: describe(failure))
        }
    }

    /// Why `folder` could not be created: the first of its ancestors that exists is a file, or the
    /// system's reason.
    private static func folderProblem(_ folder: URL) -> String {
        var ancestor = folder
        var isDirectory: ObjCBool = false
        while ancestor.path != "/", !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
            ancestor.deleteLastPathComponent()
        }
        if !isDirectory.boolValue, ancestor.path != "/" {
            return "'\(ancestor.path)' is a file, not a folder: choose another output path"
        }
        return "cannot create the folder '\(folder.path)': check that you may write in '\(ancestor.path)'"
    }

    /// The `errno` behind an error Foundation threw for a read or a write of a file, or `EIO` when
    /// it names none.
    ///
    /// - Parameter error: What `FileHandle` or `Data` threw.
    /// - Returns: The system's error number, for `strerror` or a message of its own.
    public static func posixCode(of error: any Error) -> Int32 {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return EIO
    }

    private static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM, EROFS: "permission denied: choose a folder you may write in"
        case ENOSPC, EDQUOT: "the disk is full: free some space and run again"
        case EISDIR: "it is a folder: name a file inside it"
        case ENOTDIR: "a part of the path is a file, not a folder: choose another output path"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    /// Refuses `path` when it is one of `inputs` (compared as resolved absolute paths).
    public static func checkNotAnInput(_ path: String, inputs: [String]) throws(OutputError) {
        try checkNotAnInput(path, inputs: InputPaths(inputs))
    }

    /// Refuses `path` when it is the file of one of `frameworks`, which a command read to check its
    /// inputs (DESIGN.md §7: nothing is written over a file a command read, `--force` or not).
    public static func checkNotAFramework(_ path: String, frameworks: [Framework]) throws(OutputError) {
        if InputPaths(frameworks.map(\.location.file)).contains(path) {
            throw .refused(
                path: path, reason: "this is the framework file the command reads: choose another output path")
        }
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
