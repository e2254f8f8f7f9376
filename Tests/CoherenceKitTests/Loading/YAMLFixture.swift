import Foundation
import Testing

/// A YAML file of this test bundle's `Fixtures` folder.
enum YAMLFixture {
    /// The text of `Fixtures/folder/name.yaml`, and that path, the one its messages name.
    static func read(_ folder: String, _ name: String) throws -> (text: String, path: String) {
        let path = "Fixtures/\(folder)/\(name)"
        let url = try #require(Bundle.module.url(forResource: path, withExtension: "yaml"))
        return (try String(contentsOf: url, encoding: .utf8), "\(path).yaml")
    }
}
