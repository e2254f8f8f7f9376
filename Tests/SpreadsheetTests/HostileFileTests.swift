import Foundation
import Spreadsheet
import Testing
import ZIPFoundation

/// Files built to hurt the reader are refused with a message, within DESIGN.md §9's 16 MiB.
@Suite struct HostileFileTests {
    static let sheet =
        #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Item</t></is></c></row></sheetData></worksheet>"#

    func refusal(_ data: Data, limits: SpreadsheetLimits = .default) -> SpreadsheetError? {
        do {
            _ = try XLSXReader.read(data, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func aWellFormedFileReads() throws {
        let workbook = try XLSXReader.read(try ZipParts.workbook(sheetXML: Self.sheet))
        #expect(workbook.sheets.map(\.name) == ["Answers"])
        #expect(workbook.sheets[0][1, 1]?.text == "Item")
    }

    @Test func aZipBombIsRefusedByItsDeclaredSize() throws {
        let bomb = Data(repeating: 0x20, count: 17 << 20)
        let data = try ZipParts.workbook(sheetXML: Self.sheet, extra: [("xl/media/padding.xml", bomb)])
        #expect(data.count < 1 << 20)
        #expect(refusal(data) == .refused("the archive would expand to more than 16 MiB (a zip bomb?)"))
    }

    @Test func aZipBombThatLiesAboutItsSizeStopsAtTheDeclaredSize() throws {
        let sheet =
            #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + String(repeating: "<row/>", count: 200_000) + "</sheetData></worksheet>"
        let honest = try ZipParts.workbook(sheetXML: sheet)
        let lying = ZipParts.declaringSize(500, in: honest)
        #expect(
            refusal(lying)
                == .refused(
                    "part 'xl/worksheets/sheet1.xml' expands beyond its declared size or the 16 MiB limit (a zip bomb?)"
                ))
    }

    @Test func documentTypesAndEntitiesAreRefused() throws {
        let laughs =
            #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"#
        #expect(
            refusal(try ZipParts.workbook(sheetXML: laughs))
                == .refused(
                    "part 'xl/worksheets/sheet1.xml' declares a document type or entities, which a spreadsheet never needs"
                ))
    }

    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "xl/..\\..\\evil.xml"])
    func pathsLeadingOutOfTheArchiveAreRefused(path: String) throws {
        let data = try ZipParts.workbook(sheetXML: Self.sheet, extra: [(path, Data("x".utf8))])
        #expect(refusal(data) == .refused("the archive holds a path that leads out of it ('\(path)')"))
    }

    @Test func aHugeSheetIsRefused() throws {
        let cells = (1...50).map { #"<c r="A\#($0)"><v>1</v></c>"# }
        let sheet =
            #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + (1...50).map { #"<row r="\#($0)">\#(cells[$0 - 1])</row>"# }.joined() + "</sheetData></worksheet>"
        var limits = SpreadsheetLimits.default
        limits.maxCells = 20
        #expect(
            refusal(try ZipParts.workbook(sheetXML: sheet), limits: limits)
                == .refused("sheet 'Answers' holds more than 20 cells"))
        limits = .default
        limits.maxElements = 100
        #expect(
            refusal(try ZipParts.workbook(sheetXML: sheet), limits: limits)
                == .refused(
                    "part 'xl/worksheets/sheet1.xml' holds more than 100 XML elements"))
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnread() {
        var limits = SpreadsheetLimits.default
        limits.maxBytes = 1 << 20
        #expect(refusal(Data(count: 2 << 20), limits: limits) == .refused("the file is larger than 1 MiB"))
    }

    @Test func damagedFilesAreUnreadableNotFatal() throws {
        let valid = try ZipParts.workbook(sheetXML: Self.sheet)
        #expect(
            refusal(Data("name,answer\n".utf8))
                == .unreadable(
                    "it is not a zip archive (an .xlsx file is one): was it saved as .xls, .ods or .csv?"))
        for cut in stride(from: 4, to: valid.count, by: max(1, valid.count / 40)) {
            #expect(refusal(valid.prefix(cut)) != nil, "cut at \(cut)")
        }
        // Offsets past the end trapped ZIPFoundation's in-memory archive (found by fuzzing).
        #expect(refusal(ZipParts.directoryPastTheEnd(valid)) != nil)
        // A compressed size beyond the file kept ZIPFoundation reading for minutes (found by fuzzing).
        #expect(
            refusal(ZipParts.declaringCompressedSize(0xFFFF_FFF0, in: valid))
                == .unreadable(
                    "part 'xl/workbook.xml' claims more bytes than the file holds (the archive is damaged)"))
        // A deflate stream that the file ends before kept ZIPFoundation asking for more forever on
        // Linux (found by fuzzing): here a stored block of 65,535 bytes, of which the file holds fewer,
        // in a part that declares more, so that no budget stops it first.
        let openBlock = Data([0x00, 0xFF, 0xFF, 0x00, 0x00]) + Data("<workbook/>".utf8)
        let stored = try ZipParts.archive([("xl/workbook.xml", openBlock)], method: .none)
        let endless = ZipParts.declaringSize(100_000, in: ZipParts.localHeadersSayingDeflate(in: stored))
        #expect(
            refusal(endless)
                == .unreadable("a compressed part runs on past the end of the file (the archive is damaged)"))
        let badXML = try ZipParts.workbook(sheetXML: "<worksheet><sheetData><row>")
        #expect(refusal(badXML) == .unreadable("part 'xl/worksheets/sheet1.xml' is not well-formed XML (line 1)"))
    }
}
