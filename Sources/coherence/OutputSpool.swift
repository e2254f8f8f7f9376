import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Output held back until a command knows it succeeded, kept in a temporary file so memory
/// stays flat however much is written; the file is removed however the command ends.
struct OutputSpool {
    /// The temporary file, written directly: a scorecard is written in one call, without a copy
    /// through stdio's buffer.
    private let descriptor: Int32
    /// Why the spool could not take a write (an `errno`), reported when its output is wanted.
    private var writeError: Int32?

    /// Runs `body` with an empty spool and closes (and so deletes) the file afterwards.
    static func with<T>(_ body: (inout OutputSpool) throws -> T) throws -> T {
        guard let file = tmpfile() else {
            Console.error("error: cannot create a temporary file for the output: \(String(cString: strerror(errno)))")
            throw Exit.ioError
        }
        defer { fclose(file) }
        var spool = OutputSpool(descriptor: fileno(file))
        return try body(&spool)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Appends `text`.
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `bytes`.
    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard writeError == nil else { return }
        if !writeAll(bytes, to: descriptor) { writeError = errno }
    }

    /// Writes everything spooled so far to standard output.
    ///
    /// On Linux the kernel copies the spool to standard output itself (`sendfile`), without a
    /// round trip through this process's memory; what standard output does not take that way
    /// (on other systems, or a file opened for appending) is read and written in large chunks.
    func copyToStandardOutput() throws {
        if let writeError {
            errno = writeError
            throw Self.failure("the output to a temporary file")
        }
        let length = lseek(descriptor, 0, SEEK_CUR)
        guard length >= 0 else { throw Self.failure("the output to a temporary file") }
        var offset: off_t = 0
        #if os(Linux)
            while offset < length {
                let sent = sendfile(STDOUT_FILENO, descriptor, &offset, Int(length - offset))
                if sent < 0, errno == EINTR { continue }
                if sent <= 0 { break }
            }
        #endif
        guard offset < length else { return }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while offset < length {
            let count = pread(descriptor, chunk.baseAddress, min(chunk.count, Int(length - offset)), offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw Self.failure("the output to a temporary file") }
            guard writeAll(UnsafeRawBufferPointer(rebasing: chunk[..<count]), to: STDOUT_FILENO) else {
                throw Self.failure("the output")
            }
            offset += off_t(count)
        }
    }

    private static func failure(_ what: String) -> ExitCode {
        Console.error("error: cannot write \(what): \(String(cString: strerror(errno)))")
        return Exit.ioError
    }
}

/// Writes all of `bytes` to the file descriptor `fd`; false (with `errno` set) when it cannot.
private func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
    var rest = bytes
    while !rest.isEmpty {
        let count = write(fd, rest.baseAddress, rest.count)
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return false }
        rest = UnsafeRawBufferPointer(rebasing: rest[count...])
    }
    return true
}
