import Foundation
public import YAML

/// Why an input file could not be used; the command line maps each case to its exit code.
public enum InputError: Error, Sendable, CustomStringConvertible {
    /// The path does not exist.
    case missing(path: String)
    /// The path exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The file was read and is invalid.
    case invalid(Diagnostics)

    public var description: String {
        switch self {
        case .missing(let path): "\(path): error: no such file or folder"
        case .unreadable(let path, let reason): "\(path): error: cannot read the file: \(reason)"
        case .invalid(let diagnostics): diagnostics.description
        }
    }
}

/// Reading the files users name on the command line.
public enum InputFile {
    /// The files named by `paths`: files as given, folders as their `.yaml`/`.yml` files, recursively, sorted.
    public static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path: path) }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
                .map { (path as NSString).appendingPathComponent($0) }
            files += found
        }
        return files
    }

    /// Parses the YAML file at `path`, refusing files over the size limit before reading them.
    public static func parse(_ path: String, limits: YAML.Limits = .default) throws(InputError) -> Node {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path: path) }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a folder") }
        // The parser's own reader stops one byte past the size limit (and, unlike
        // FileManager.contents(atPath:), frees its buffer when the file is empty).
        do {
            return try YAMLParser(limits: limits).parseFile(atPath: path)
        } catch  where error.kind == .missingInput {
            let prefix = "cannot read the file: "
            let message = error.all.first?.message ?? ""
            throw .unreadable(
                path: path, reason: message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message)
        } catch {
            throw .invalid(error)
        }
    }

    /// Loads and validates the framework at `path`.
    public static func framework(at path: String) throws(InputError) -> Framework {
        let root = try parse(path)
        do {
            return try FrameworkLoader.load(root)
        } catch {
            throw .invalid(error)
        }
    }
}
