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
