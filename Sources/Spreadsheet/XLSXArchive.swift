import Foundation
import ZIPFoundation

/// The parts of an `.xlsx` file, read from its zip archive within limits: the declared sizes are
/// checked before anything is inflated, and the bytes actually inflated are counted as they come,
/// so a zip bomb stops at the limit whatever its header says.
struct XLSXArchive {
    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: SpreadsheetLimits
    /// Bytes inflated so far, over every part read.
    private var inflated = 0

    init(_ data: Data, limits: SpreadsheetLimits) throws(SpreadsheetError) {
        guard data.count <= limits.maxBytes else {
            throw .refused("the file is larger than \(limits.maxBytes >> 20) MiB")
        }
        guard data.starts(with: [0x50, 0x4B]) else {
            throw .unreadable("it is not a zip archive (an .xlsx file is one): was it saved as .xls, .ods or .csv?")
        }
        let archive = try Self.open(data)
        var entries: [String: Entry] = [:]
        var declared: UInt64 = 0
        for entry in archive {
            guard entries.count < limits.maxEntries else {
                throw .refused("the archive lists more than \(limits.maxEntries) parts")
            }
            let path = entry.path
            let components = path.split(separator: "/", omittingEmptySubsequences: false)
            guard !path.hasPrefix("/"), !path.contains("\\"), !components.contains(".."), !path.contains("\0") else {
                throw .refused("the archive holds a path that leads out of it ('\(path)')")
            }
            // ZIPFoundation reads on for as many bytes as an entry claims, even past the end of the file.
            guard entry.compressedSize <= UInt64(data.count) else {
                throw .unreadable("part '\(path)' claims more bytes than the file holds (the archive is damaged)")
            }
            declared += entry.uncompressedSize
            guard entry.uncompressedSize <= UInt64(limits.maxBytes), declared <= UInt64(limits.maxBytes) else {
                throw .refused("the archive would expand to more than \(limits.maxBytes >> 20) MiB (a zip bomb?)")
            }
            entries[path] = entry
        }
        let budget = min(limits.maxBytes, Int(entries.values.map(\.uncompressedSize).max() ?? 0))
        try Self.checkDeflateStreamsEnd(in: data, budget: budget, limits: limits)
        self.archive = archive
        self.entries = entries
        self.limits = limits
    }

    /// The archive in `data`, read through a file rather than from memory: ZIPFoundation 0.9.20's
    /// in-memory archive traps when an offset in the archive points past its end, and leaks when the
    /// data has no end record, where reading a file just comes up short (both found by fuzzing). The
    /// file is removed as soon as it is open; the archive keeps reading its open handle.
    private static func open(_ data: Data) throws(SpreadsheetError) -> Archive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coherence-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            try data.write(to: url)
        } catch {
            throw .unreadable("cannot make a temporary copy to read: \(error.localizedDescription)")
        }
        do {
            return try Archive(url: url, accessMode: .read)
        } catch {
            throw .unreadable("the zip archive is damaged")
        }
    }

    /// Refuses an archive in which a deflated part could be read past the end of the file.
    ///
    /// ZIPFoundation 0.9.20 inflates a part by reading the file on from the part's first byte until
    /// the deflate stream ends; on Linux, when the file ends first, it asks for more forever (found
    /// by fuzzing). So before anything is extracted, every deflate stream that a local file header
    /// of the file could start is inflated here, from memory, with the budget `part(_:)` gives
    /// (`budget` is at least that of any part), and an archive where one of them would run to the
    /// end of the file is refused. The header of every real part is among those tried, so every
    /// extraction then ends: at the stream's end, at an error, or at the budget.
    private static func checkDeflateStreamsEnd(
        in data: Data, budget: Int, limits: SpreadsheetLimits
    ) throws(SpreadsheetError) {
        let bytes = [UInt8](data)
        func uint16(at offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        var work = 0
        var offset = 0
        while offset + 30 <= bytes.count {
            defer { offset += 1 }
            guard bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x03,
                bytes[offset + 3] == 0x04,
                uint16(at: offset + 8) == 8  // deflate
            else { continue }
            var position = offset + 30 + uint16(at: offset + 26) + uint16(at: offset + 28)
            var produced = 0
            do {
                _ = try Data.decompress(
                    size: Int64(bytes.count), bufferSize: 16 * 1024, skipCRC32: true,
                    provider: { _, size in
                        guard position < bytes.count else { throw EndOfFile() }
                        let end = min(position + size, bytes.count)
                        defer { position = end }
                        return Data(bytes[position..<end])
                    },
                    consumer: { chunk in
                        produced += chunk.count
                        if produced > budget { throw Overflow() }
                    })
            } catch is EndOfFile {
                throw .unreadable("a compressed part runs on past the end of the file (the archive is damaged)")
            } catch {
                // The stream ends in an error or at the budget: extraction stops there too.
            }
            work += produced
            guard work <= 4 * limits.maxBytes else {
                throw .refused("the archive holds too many compressed streams to read safely")
            }
        }
    }

    private struct EndOfFile: Error {}

    /// Whether the archive holds a part at `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The bytes of the part at `path`, or nil when the archive has none.
    mutating func part(_ path: String) throws(SpreadsheetError) -> Data? {
        guard let entry = entries[path], entry.type == .file else { return nil }
        var bytes = Data()
        let budget = min(Int(entry.uncompressedSize), limits.maxBytes - inflated)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= budget else { throw Overflow() }
                bytes.append(chunk)
            }
        } catch is Overflow {
            throw .refused(
                "part '\(path)' expands beyond its declared size or the \(limits.maxBytes >> 20) MiB limit (a zip bomb?)"
            )
        } catch {
            throw .unreadable("part '\(path)' cannot be inflated (the archive is damaged)")
        }
        inflated += bytes.count
        return bytes
    }

    private struct Overflow: Error {}
}
