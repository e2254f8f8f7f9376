import Foundation
import Testing
import YAML

@testable import CoherenceKit

/// Reading the files users name: size limit before parsing, empty files, folders.
@Suite struct InputFileTests {
    /// A fresh file holding `bytes`, removed by the caller.
    private func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("coherence-input-\(UUID().uuidString).yaml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func fileOverTheSizeLimitIsRefusedWithItsSize() throws {
        let path = try file(Array("a: 1\n".utf8) + [UInt8](repeating: UInt8(ascii: "#"), count: 200_000))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try InputFile.parse(path, limits: Limits(maxFileSize: 1024))
        } throws: { error in
            guard case InputError.invalid(let diagnostics) = error else { return false }
            let text = diagnostics.description
            return text.contains("the file is too large") && text.contains("more than the limit of 1024 bytes")
        }
    }

    @Test func emptyFileIsAnInvalidFileNotAnIOError() throws {
        let path = try file([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try InputFile.parse(path)
        } throws: { error in
            guard case InputError.invalid(let diagnostics) = error else { return false }
            return diagnostics.description.contains("error: the file is empty")
        }
    }

    @Test func folderIsUnreadable() throws {
        let path = FileManager.default.temporaryDirectory.path
        #expect {
            try InputFile.parse(path)
        } throws: { error in
            guard case InputError.unreadable = error else { return false }
            return true
        }
    }
}
