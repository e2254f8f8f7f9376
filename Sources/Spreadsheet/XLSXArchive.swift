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
        // ZIPFoundation leaks its in-memory file when it finds no end record (0.9.20), so a file
        // without one is refused here, by the same search, before it is handed over.
        guard Self.hasEndRecord(data) else { throw .unreadable("the zip archive is damaged") }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .unreadable("the zip archive is damaged")
        }
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
            declared += entry.uncompressedSize
            guard entry.uncompressedSize <= UInt64(limits.maxBytes), declared <= UInt64(limits.maxBytes) else {
                throw .refused("the archive would expand to more than \(limits.maxBytes >> 20) MiB (a zip bomb?)")
            }
            entries[path] = entry
        }
        self.archive = archive
        self.entries = entries
        self.limits = limits
    }

    /// Whether `data` ends with a readable end-of-central-directory record: its signature, found
    /// searching back from 22 bytes before the end as ZIPFoundation searches, and its comment whole.
    static func hasEndRecord(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        var offset = bytes.count - 22
        while offset >= 0 {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 5, bytes[offset + 3] == 6 {
                let commentLength = Int(bytes[offset + 20]) | Int(bytes[offset + 21]) << 8
                return offset + 22 + commentLength <= bytes.count
            }
            offset -= 1
        }
        return false
    }

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
            throw .refused("part '\(path)' expands beyond its declared size or the \(limits.maxBytes >> 20) MiB limit (a zip bomb?)")
        } catch {
            throw .unreadable("part '\(path)' cannot be inflated (the archive is damaged)")
        }
        inflated += bytes.count
        return bytes
    }

    private struct Overflow: Error {}
}
