import Foundation
import TestSupport
import Testing
import YAML

@testable import CoherenceKit

/// Choosing a framework from a folder: scanned by headers, files that do not parse skipped.
@Suite struct FrameworkLibraryTests {
    /// A fresh folder holding `files` (name, text).
    static func folder(_ files: [(String, String)]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "coherence-library")
        for (name, text) in files {
            try folder.write(name, text)
        }
        return folder
    }

    static func reference(_ id: String, _ version: String) -> FrameworkReference {
        .init(id: id, version: version, location: Location(file: "a.yaml", line: 3, column: 22))
    }

    static let good = Workspace.framework(version: "1", lastItem: "E")
    /// The same header as `good`, with a duplicate key further on.
    static let broken = good + "rules: []\nrules: []\n"

    @Test func aBrokenFileWithTheRightHeaderIsSkippedForTheNextOne() throws {
        let folder = try Self.folder([("a-broken.yaml", Self.broken), ("b-good.yaml", Self.good)])
        var library = FrameworkLibrary(directory: folder.path)
        let framework = try library.framework(for: Self.reference("test", "1"))
        #expect(framework.location.file.hasSuffix("b-good.yaml"))
        #expect(library.versions(of: "test") == ["1"])
    }

    /// The broken file is not among the frameworks the folder holds, but a note points at it: it is
    /// likely the framework the user meant (issue 14).
    @Test func aBrokenFileIsNotListedButPointedAtWhenNothingMatches() throws {
        let other = Self.good.replacingOccurrences(of: "id: test", with: "id: other")
        let folder = try Self.folder([("a.yaml", Self.broken), ("b.yaml", other), ("c.txt", "not yaml")])
        var library = FrameworkLibrary(directory: folder.path)
        #expect(library.versions(of: "test") == [])
        #expect {
            try library.framework(for: Self.reference("test", "1"))
        } throws: { error in
            (error as? Diagnostics)?.description
                == "a.yaml:3:22: error: framework 'test' version '1' not found in \(folder.path)/ (it holds 'other' 1): "
                + "pass --frameworks DIR to look elsewhere\n"
                + "\(folder.path)/a.yaml:1:1: note: skipped: not a valid framework file; "
                + "run 'coherence validate \(folder.path)/a.yaml' to see why"
        }
    }

    @Test func anotherVersionIsNamedWithWhereItIsDefined() throws {
        let folder = try Self.folder([("a.yaml", "# comment\n" + Self.good)])
        var library = FrameworkLibrary(directory: folder.path)
        #expect {
            try library.framework(for: Self.reference("test", "2"))
        } throws: { error in
            (error as? Diagnostics)?.all.first?.notes.map(\.description)
                == ["\(folder.path)/a.yaml:2:1: note: framework 'test' version '1' is defined here"]
        }
    }

    @Test func aHeaderWrittenWithAnAliasIsReadWhole() throws {
        let aliased = Self.good.replacingOccurrences(of: "  title: Test framework\n", with: "")
            .replacingOccurrences(of: "  id: test\n", with: "  title: &t test\n  id: *t\n")
        let folder = try Self.folder([("a.yaml", aliased)])
        var library = FrameworkLibrary(directory: folder.path)
        #expect(try library.framework(for: Self.reference("test", "1")).id == "test")
    }
}
