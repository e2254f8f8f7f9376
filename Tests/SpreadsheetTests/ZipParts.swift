import Foundation
import Spreadsheet
import ZIPFoundation

/// Archives built part by part, for files no spreadsheet program would write.
enum ZipParts {
    /// A zip of `parts`, deflated (or stored as they are).
    static func archive(_ parts: [(path: String, bytes: Data)], method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(part.bytes.count), compressionMethod: method
            ) { position, size in
                part.bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// The minimal workbook around `sheetXML`, with `extra` parts beside it.
    static func workbook(sheetXML: String, workbookXML: String? = nil, extra: [(String, Data)] = []) throws -> Data {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let workbook =
            workbookXML
            ?? #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)"><sheets><sheet name="Answers" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        return try archive(
            [
                ("xl/workbook.xml", Data(workbook.utf8)),
                (
                    "xl/_rels/workbook.xml.rels",
                    Data(
                        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
                            .utf8)
                ),
                ("xl/worksheets/sheet1.xml", Data(sheetXML.utf8)),
            ] + extra)
    }

    /// `data` with its central directory said to start `past` bytes beyond the end of the file.
    static func directoryPastTheEnd(_ data: Data, past: UInt32 = 1_000) -> Data {
        var bytes = [UInt8](data)
        let end = bytes.count - 22
        precondition(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6)
        let offset = UInt32(bytes.count) + past
        for shift in 0..<4 { bytes[end + 16 + shift] = UInt8((offset >> (8 * UInt32(shift))) & 0xFF) }
        return Data(bytes)
    }

    /// `data` with the compressed size of every entry, in its local and central headers, set to `size`.
    static func declaringCompressedSize(_ size: UInt32, in data: Data) -> Data {
        patching(data, local: 18, central: 20, to: size)
    }

    /// `data` with the uncompressed size that the local and central headers declare for every entry
    /// set to `size`: a zip that lies about how far it expands.
    static func declaringSize(_ size: UInt32, in data: Data) -> Data {
        patching(data, local: 22, central: 24, to: size)
    }

    /// `data` with every local header saying its part is deflated, so that a part stored as it is
    /// gets inflated: stored bytes that open a deflate block longer than the rest of the file make
    /// a stream that the file ends before.
    static func localHeadersSayingDeflate(in data: Data) -> Data {
        var bytes = [UInt8](data)
        var index = 0
        while index + 30 <= bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 3, bytes[index + 3] == 4 {
                bytes[index + 8] = 8
                bytes[index + 9] = 0
            }
            index += 1
        }
        return Data(bytes)
    }

    /// `data` with the 32-bit field at offset `local` of every local header, and `central` of every
    /// central directory header, set to `value`.
    private static func patching(_ data: Data, local: Int, central: Int, to size: UInt32) -> Data {
        var bytes = [UInt8](data)
        func put(_ value: UInt32, at offset: Int) {
            for shift in 0..<4 { bytes[offset + shift] = UInt8((value >> (8 * UInt32(shift))) & 0xFF) }
        }
        var index = 0
        while index + 46 <= bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 3, bytes[index + 3] == 4 {
                put(size, at: index + local)
            } else if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 1, bytes[index + 3] == 2 {
                put(size, at: index + central)
            }
            index += 1
        }
        return Data(bytes)
    }
}
