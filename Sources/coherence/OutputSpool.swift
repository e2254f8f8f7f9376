import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Output held back until a command knows it succeeded, kept in a temporary file so memory
/// stays flat however much is written; the file is removed however the command ends.
struct OutputSpool {
    private let file: UnsafeMutablePointer<FILE>

    /// Runs `body` with an empty spool and closes (and so deletes) the file afterwards.
    static func with<T>(_ body: (inout OutputSpool) throws -> T) throws -> T {
        guard let file = tmpfile() else {
            Console.error("error: cannot create a temporary file for the output: \(String(cString: strerror(errno)))")
            throw Exit.ioError
        }
        defer { fclose(file) }
        var spool = OutputSpool(file: file)
        return try body(&spool)
    }

    private init(file: UnsafeMutablePointer<FILE>) {
        self.file = file
    }

    /// Appends `text`.
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `bytes`.
    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        _ = fwrite(bytes.baseAddress, 1, bytes.count, file)
    }

    /// Writes everything spooled so far to standard output.
    func copyToStandardOutput() throws {
        guard fflush(file) == 0, ferror(file) == 0 else { throw Self.failure() }
        rewind(file)
        // Each read is written as a slice of the chunk itself: no copy of the bytes into a new `Data`.
        var chunk = Data(count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { FileHandle.standardOutput.write(chunk.prefix(count)) }
            if count < chunk.count { break }
        }
        guard ferror(file) == 0 else { throw Self.failure() }
    }

    private static func failure() -> ExitCode {
        Console.error("error: cannot write the output to a temporary file: \(String(cString: strerror(errno)))")
        return Exit.ioError
    }
}
