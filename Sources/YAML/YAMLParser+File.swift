#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension YAMLParser {
    /// Reads and parses the file at `path`; diagnostics name it `displayName` (default: `path`).
    ///
    /// Only regular files are read. A file that is missing, is a folder, a pipe or a device, or cannot be opened throws `Diagnostics` whose `kind`
    /// is `.missingInput` (exit 66), with one error at `file:1:1`. A file larger than
    /// `limits.maxFileSize` is refused without reading more than one byte past the limit.
    public func parseFile(atPath path: String, displayName: String? = nil) throws(Diagnostics) -> Node {
        let name = displayName ?? path
        let (bytes, size) = try Self.readBytes(path, name: name, limit: limits.maxFileSize)
        if size > limits.maxFileSize { throw tooLarge(size: size, file: name) }
        return try parse(bytes, file: name)
    }

    /// The file's bytes, at most `limit + 1` of them so the size check still fires, and its size.
    static func readBytes(_ path: String, name: String, limit: Int) throws(Diagnostics) -> (bytes: [UInt8], size: Int) {
        let location = Location(file: name, line: 1, column: 1)
        func missing(_ reason: String) -> Diagnostics {
            Diagnostics([.error("cannot read the file: \(reason)", at: location)], kind: .missingInput)
        }
        // Opened without blocking: opening a named pipe that no program writes to would wait forever.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw missing(describe(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw missing(describe(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw missing("it is a folder, not a file")
        default:
            throw missing(
                "it is a pipe, socket or device, not a regular file: save its content to a file and pass that file")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        func readFailed() -> Diagnostics {
            Diagnostics([.error("cannot read the file: \(describe(errno))", at: location)])
        }
        // The size fstat gives, and one byte more to see the end, read straight into the array.
        var failed = false
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(max(Int(status.st_size), 0), limit) + 1) { buffer, count in
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if got == 0 {
                    atEnd = true
                    return
                }
                count += got
            }
        }
        if failed { throw readFailed() }
        // A file that grew since fstat is read on in chunks.
        if !atEnd {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while bytes.count <= limit {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw readFailed()
                }
                if count == 0 { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
        }
        return (bytes, max(bytes.count, Int(status.st_size)))
    }

    private static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file; check the path"
        case EACCES, EPERM: return "permission denied"
        case ENOTDIR: return "a part of the path is not a folder"
        case EISDIR: return "it is a folder, not a file"
        default: return "system error \(code)"
        }
    }
}
