import Foundation
import TestSupport
import Testing
import YAML

@Suite struct ParseFileTests {
    /// A fresh folder for one test, so tests can run in parallel.
    static func folder() throws -> TemporaryDirectory { try TemporaryDirectory(prefix: "yaml-tests") }

    @Test func readsAFileAndNamesItInLocations() throws {
        let folder = try Self.folder()
        let path = folder.url.appendingPathComponent("a.yaml").path
        try Data("a:\n  b: c\n".utf8).write(to: URL(fileURLWithPath: path))
        let root = try YAMLParser().parseFile(atPath: path, displayName: "Assessments/a.yaml")
        #expect(root["a"]?["b"]?.location == Location(file: "Assessments/a.yaml", line: 2, column: 6))
        #expect(try YAMLParser().parseFile(atPath: path).location.file == path)
    }

    @Test func missingFilesAndFoldersAreMissingInput() throws {
        let folder = try Self.folder()
        for (path, reason) in [
            (folder.url.appendingPathComponent("none.yaml").path, "cannot read the file: no such file; check the path"),
            (folder.path, "cannot read the file: it is a folder, not a file"),
        ] {
            do {
                _ = try YAMLParser().parseFile(atPath: path, displayName: "x.yaml")
                Issue.record("\(path) parsed")
            } catch {
                #expect(error.kind == .missingInput)
                #expect(error.all.map(\.description) == ["x.yaml:1:1: error: \(reason)"])
            }
        }
    }

    @Test func invalidContentIsInvalidInput() throws {
        let folder = try Self.folder()
        let path = folder.url.appendingPathComponent("bad.yaml").path
        try Data("a: [".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: Diagnostics.self) { try YAMLParser().parseFile(atPath: path) }
        do { _ = try YAMLParser().parseFile(atPath: path) } catch { #expect(error.kind == .invalidInput) }
    }

    @Test func largeFilesAreRefusedWithTheirSize() throws {
        let folder = try Self.folder()
        let path = folder.url.appendingPathComponent("big.yaml").path
        try Data(("a: " + String(repeating: "x", count: 200_000)).utf8).write(to: URL(fileURLWithPath: path))
        let parser = YAMLParser(limits: Limits(maxFileSize: 1000))
        do {
            _ = try parser.parseFile(atPath: path, displayName: "big.yaml")
            Issue.record("parsed")
        } catch {
            #expect(error.kind == .invalidInput)
            #expect(
                error.all.map(\.description) == [
                    "big.yaml:1:1: error: the file is too large: 200003 bytes, more than the limit of 1000 bytes; split it into smaller files"
                ])
        }
    }
}
