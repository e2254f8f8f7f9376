public import Foundation

/// A fresh folder per test, removed when the value goes away; tests run in parallel and share no files.
public final class TemporaryDirectory {
    /// The folder, under the system's temporary folder.
    public let url: URL

    /// Creates an empty folder with a unique name.
    ///
    /// - Parameter prefix: The start of the folder's name, so a folder left by a crash says which tests made it.
    /// - Throws: The file system's error when the folder cannot be created.
    public init(prefix: String = "coherence-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The folder's path, for the APIs and command lines that take one.
    public var path: String { url.path }

    /// The path of `name` inside the folder, whether or not it exists.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` inside the folder, creating sub-folders.
    ///
    /// - Parameters:
    ///   - name: A path relative to the folder, such as `Frameworks/mini.yaml`.
    ///   - text: The file's contents, written as UTF-8.
    /// - Returns: The file's path.
    /// - Throws: The file system's error when the file cannot be written.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Writes `data` to `name` inside the folder, creating sub-folders.
    ///
    /// - Parameters:
    ///   - name: A path relative to the folder.
    ///   - data: The file's bytes.
    /// - Returns: The file's path.
    /// - Throws: The file system's error when the file cannot be written.
    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    /// The UTF-8 text of `name` inside the folder.
    ///
    /// - Throws: The file system's error when the file cannot be read or is not UTF-8.
    public func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    /// Whether `name` exists inside the folder.
    public func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
    }
}
