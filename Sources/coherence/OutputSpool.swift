import ArgumentParser
import CoherenceKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Output held back until a command knows it succeeded, kept in a temporary file so memory
/// stays flat however much is written; the file is removed however the command ends.
///
/// When standard output is a regular file written at its end, and standard error is not the same
/// file, the output goes straight into it instead, written once rather than twice, and a command
/// that fails takes it back: the file is cut back to where it ended, as if nothing had been printed.
struct OutputSpool {
    /// Where writes go: the temporary file, or standard output and where its file ended before.
    private enum Destination {
        case spool(FileHandle)
        case standardOutput(start: off_t)
    }

    private let destination: Destination
    /// Why a write failed (an `errno`), reported when the output is wanted.
    private var writeError: Int32?

    /// Runs `body` with an empty spool; afterwards the temporary file is closed (and so deleted),
    /// or, when `body` throws, what went straight to standard output is taken back.
    static func with<T>(_ body: (inout OutputSpool) throws -> T) throws -> T {
        if let start = directStart() {
            var spool = OutputSpool(destination: .standardOutput(start: start))
            do {
                return try body(&spool)
            } catch {
                _ = ftruncate(STDOUT_FILENO, start)
                _ = lseek(STDOUT_FILENO, start, SEEK_SET)
                throw error
            }
        }
        guard let file = tmpfile() else {
            Console.error("error: cannot create a temporary file for the output: \(String(cString: strerror(errno)))")
            throw Exit.ioError
        }
        defer { fclose(file) }
        var spool = OutputSpool(destination: .spool(FileHandle(fileDescriptor: fileno(file), closeOnDealloc: false)))
        return try body(&spool)
    }

    /// Where standard output's file ends, when output can go straight into it and be taken back:
    /// it is a regular file, written at its end (or opened for appending), and standard error is
    /// another file, whose messages must stay.
    private static func directStart() -> off_t? {
        var output = stat()
        var errors = stat()
        guard fstat(STDOUT_FILENO, &output) == 0, output.st_mode & S_IFMT == S_IFREG else { return nil }
        if fstat(STDERR_FILENO, &errors) == 0, errors.st_dev == output.st_dev, errors.st_ino == output.st_ino {
            return nil
        }
        let flags = fcntl(STDOUT_FILENO, F_GETFL)
        let offset = lseek(STDOUT_FILENO, 0, SEEK_CUR)
        guard flags >= 0, offset >= 0, flags & O_APPEND != 0 || offset == output.st_size else { return nil }
        return output.st_size
    }

    private init(destination: Destination) {
        self.destination = destination
    }

    /// Appends `text`.
    mutating func write(_ text: String) {
        write(Data(text.utf8))
    }

    /// Appends `bytes`.
    mutating func write(_ bytes: some DataProtocol) {
        guard writeError == nil else { return }
        let handle =
            switch destination {
            case .spool(let spool): spool
            case .standardOutput: FileHandle.standardOutput
            }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            writeError = OutputFile.posixCode(of: error)
        }
    }

    /// Writes everything spooled so far to standard output (when it went there directly, only
    /// reports a write that failed).
    ///
    /// On Linux the kernel copies the spool to standard output itself (`sendfile`), without a
    /// round trip through this process's memory; what standard output does not take that way
    /// (on other systems, or a file opened for appending) is read and written in large chunks.
    func copyToStandardOutput() throws {
        let spool: FileHandle
        switch destination {
        case .spool(let handle):
            spool = handle
        case .standardOutput:
            guard let writeError else { return }
            throw Self.failure("the output", code: writeError)
        }
        if let writeError { throw Self.failure("the output to a temporary file", code: writeError) }
        var copied: off_t = 0
        #if os(Linux)
            let length = lseek(spool.fileDescriptor, 0, SEEK_CUR)
            guard length >= 0 else { throw Self.failure("the output to a temporary file", code: errno) }
            while copied < length {
                let sent = sendfile(STDOUT_FILENO, spool.fileDescriptor, &copied, Int(length - copied))
                if sent < 0, errno == EINTR { continue }
                if sent <= 0 { break }
            }
            if copied == length { return }
        #endif
        do {
            try spool.seek(toOffset: UInt64(copied))
        } catch {
            throw Self.failure("the output to a temporary file", code: OutputFile.posixCode(of: error))
        }
        while true {
            let chunk: Data
            do {
                chunk = try spool.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw Self.failure("the output to a temporary file", code: OutputFile.posixCode(of: error))
            }
            if chunk.isEmpty { return }
            do {
                try FileHandle.standardOutput.write(contentsOf: chunk)
            } catch {
                throw Self.failure("the output", code: OutputFile.posixCode(of: error))
            }
        }
    }

    private static func failure(_ what: String, code: Int32) -> ExitCode {
        Console.error("error: cannot write \(what): \(String(cString: strerror(code)))")
        return Exit.ioError
    }
}
