public import Foundation

/// Runs the package's built executables (`coherence`, `coherence-workshop`), which SwiftPM places
/// beside the test bundle, as a user would: arguments in, stdout, stderr and exit status out.
public enum Programs {
    /// What a finished run gave.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything written to standard output, decoded as UTF-8.
        public var stdout: String
        /// Everything written to standard error, decoded as UTF-8.
        public var stderr: String
    }

    /// The folder holding the built executables.
    public static let folder: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On macOS the runner sits inside the .xctest bundle.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("coherence").path),
            directory.path != "/"
        {
            directory.deleteLastPathComponent()
        }
        return directory
    }()

    /// The package's root folder, for the shipped frameworks and examples.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable `name`.
    public static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Runs the built executable `name` and collects its output; standard input is empty.
    ///
    /// - Parameters:
    ///   - name: The executable, such as `coherence` or `coherence-workshop`.
    ///   - arguments: The command line after the program's name.
    ///   - directory: The working folder; the package root when nil.
    /// - Returns: The exit status and both outputs.
    /// - Throws: Foundation's error when the program cannot be started.
    public static func run(_ name: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url(name)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        // The semaphore orders the reader's write before our read (polling Thread.isFinished
        // did not, and ThreadSanitizer reported a race on errData).
        nonisolated(unsafe) var errData = Data()
        let errRead = DispatchSemaphore(value: 0)
        let errReader = Thread {
            errData = readAll(err.fileHandleForReading)
            errRead.signal()
        }
        errReader.start()
        let outData = readAll(out.fileHandleForReading)
        process.waitUntilExit()
        errRead.wait()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self)
        )
    }

    /// Everything until the end of the pipe. `FileHandle.readDataToEndOfFile()` traps on EINTR
    /// (`try!` inside Foundation), which a child's exit can cause while a long read waits.
    private static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }
}
