import Foundation
import YAML

/// Finds frameworks by id and version among the framework files of one folder.
public struct FrameworkLibrary: Sendable {
    /// The folder searched, as the user named it.
    public let directory: String
    public let limits: YAML.Limits
    private var entries: [Entry]?
    private var loaded: [String: Framework] = [:]

    struct Entry: Sendable {
        var id: String
        var version: String
        var path: String
        var root: Node
    }

    public init(directory: String = "Frameworks", limits: YAML.Limits = .default) {
        self.directory = directory
        self.limits = limits
    }

    /// The versions of framework `id` in the folder, in file-name order.
    public mutating func versions(of id: String) -> [String] {
        allEntries().filter { $0.id == id }.map(\.version)
    }

    /// The validated framework an assessment names, loaded once however many assessments name it.
    public mutating func framework(for reference: AssessmentLoader.FrameworkReference) throws(Diagnostics) -> Framework {
        let key = reference.id + "\u{0}" + reference.version
        if let framework = loaded[key] { return framework }
        let entries = allEntries()
        guard let entry = entries.first(where: { $0.id == reference.id && $0.version == reference.version }) else {
            let sameId = entries.filter { $0.id == reference.id }
            let message: String
            if sameId.isEmpty {
                let available = entries.map { "'\($0.id)' \($0.version)" }
                message = "framework '\(reference.id)' version '\(reference.version)' not found in \(directory)/ (it holds \(available.isEmpty ? "no frameworks" : available.joined(separator: ", "))): pass --frameworks DIR to look elsewhere"
            } else {
                message = "the assessment is for version '\(reference.version)' of framework '\(reference.id)', but \(directory)/ has version \(sameId.map { "'\($0.version)'" }.joined(separator: ", ")): update framework_version or add that version of the framework"
            }
            throw Diagnostics([.error(message, at: reference.location, notes: sameId.map {
                .note("framework '\($0.id)' version '\($0.version)' is defined here", at: $0.root.location)
            })])
        }
        let framework = try FrameworkLoader.load(entry.root)
        loaded[key] = framework
        return framework
    }

    private mutating func allEntries() -> [Entry] {
        if let entries { return entries }
        let scanned = scan()
        entries = scanned
        return scanned
    }

    /// Reads the id and version of every framework file in the folder; files that are not frameworks are skipped.
    private func scan() -> [Entry] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return [] }
        return names.sorted().compactMap { name -> Entry? in
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return nil }
            let path = (directory as NSString).appendingPathComponent(name)
            guard let root = try? YAMLParser(limits: limits).parseFile(atPath: path),
                let header = root.mapping?.first(where: { $0.key.scalar?.text == "framework" })?.value,
                let id = header.mapping?.first(where: { $0.key.scalar?.text == "id" })?.value.scalar?.text,
                let version = header.mapping?.first(where: { $0.key.scalar?.text == "version" })?.value.scalar?.text
            else { return nil }
            return Entry(id: id, version: version, path: path, root: root)
        }
    }
}
