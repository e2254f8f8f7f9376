import ArgumentParser

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
    ///
    /// On Linux the kernel copies the spool to standard output itself (`sendfile`), without a
    /// round trip through this process's memory; what standard output does not take that way
    /// (on other systems, or an older kernel's terminal) is read and written in large chunks.
    func copyToStandardOutput() throws {
        guard fflush(file) == 0, ferror(file) == 0 else { throw Self.failure("the output to a temporary file") }
        let spool = fileno(file)
        let length = lseek(spool, 0, SEEK_END)
        guard length >= 0 else { throw Self.failure("the output to a temporary file") }
        var offset: off_t = 0
        #if os(Linux)
            while offset < length {
                let sent = sendfile(STDOUT_FILENO, spool, &offset, Int(length - offset))
                if sent < 0, errno == EINTR { continue }
                if sent <= 0 { break }
            }
        #endif
        guard offset < length else { return }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while offset < length {
            let count = pread(spool, chunk.baseAddress, min(chunk.count, Int(length - offset)), offset)
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
