import Foundation
public import YAML

/// Finds frameworks by id and version among the framework files of one folder.
public struct FrameworkLibrary: Sendable {
    /// The folder searched, as the user named it.
    public let directory: String
    public let limits: YAML.Limits
    private var entries: [Entry]?
    /// YAML files of the folder left out because their header gives no id and version: a "not
    /// found" message points at those that fail to parse or have a framework header, since one of
    /// them is likely the framework meant.
    private var unlisted: [String] = []
    private var loaded: [String: Framework] = [:]

    /// A framework file and the id and version its header gives.
    struct Entry: Sendable {
        var id: String
        var version: String
        var path: String
        /// The whole file, once parsed: nil while only its header has been read.
        var root: Node?
    }

    public init(directory: String = "Frameworks", limits: YAML.Limits = .default) {
        self.directory = directory
        self.limits = limits
    }

    /// The versions of framework `id` in the folder, in file-name order.
    public mutating func versions(of id: String) -> [String] {
        parsedEntries { $0.id == id }.map(\.version)
    }

    /// The ids of the frameworks in the folder, each once, in file-name order.
    public mutating func frameworkIds() -> [String] {
        var ids: [String] = []
        for entry in parsedEntries({ _ in true }) where !ids.contains(entry.id) { ids.append(entry.id) }
        return ids
    }

    /// Every version of framework `id` in the folder that validates, in file-name order.
    public mutating func frameworks(id: String) -> [Framework] {
        let versions = parsedEntries { $0.id == id }
        return versions.compactMap { entry in
            try? framework(
                for: FrameworkReference(id: entry.id, version: entry.version, location: entry.root!.location))
        }
    }

    /// The validated framework an assessment names, loaded once however many assessments name it.
    ///
    /// The folder is first scanned by headers only; a file is parsed whole when it is the one
    /// chosen, or when an error message lists the folder. Files that do not parse are skipped, as
    /// if the scan had parsed every file whole.
    public mutating func framework(for reference: FrameworkReference) throws(Diagnostics) -> Framework {
        let key = reference.id + "\u{0}" + reference.version
        if let framework = loaded[key] { return framework }
        let matches = { (entry: Entry) in entry.id == reference.id && entry.version == reference.version }
        while let index = allEntries().firstIndex(where: matches) {
            guard let root = parse(at: index), matches(allEntries()[index]) else { continue }
            let framework = try FrameworkLoader.load(root)
            loaded[key] = framework
            return framework
        }
        let entries = parsedEntries { _ in true }
        let sameId = entries.filter { $0.id == reference.id }
        let message: String
        if sameId.isEmpty {
            let available = entries.map { "'\($0.id)' \($0.version)" }
            message =
                "framework '\(reference.id)' version '\(reference.version)' not found in \(directory)/ (it holds \(available.isEmpty ? "no frameworks" : available.joined(separator: ", "))): pass --frameworks DIR to look elsewhere"
        } else {
            message =
                "the assessment is for version '\(reference.version)' of framework '\(reference.id)', but \(directory)/ has version \(sameId.map { "'\($0.version)'" }.joined(separator: ", ")): update framework_version or add that version of the framework"
        }
        let skippedNotes = unlisted.sorted().filter { Self.isBrokenFramework($0, limits: limits) }.map {
            Diagnostic.note(
                "skipped: not a valid framework file; run 'coherence validate \($0)' to see why",
                at: Location(file: $0, line: 1, column: 1))
        }
        // A reference read from no file (a server's request) is blamed on the folder.
        let location = reference.location ?? Location(file: directory, line: 1, column: 1)
        throw Diagnostics([
            .error(
                message, at: location,
                notes: sameId.map {
                    .note("framework '\($0.id)' version '\($0.version)' is defined here", at: $0.root!.location)
                } + skippedNotes)
        ])
    }

    private mutating func allEntries() -> [Entry] {
        if let entries { return entries }
        let scanned = scan()
        entries = scanned
        return scanned
    }

    /// The entries that `include` accepts, each parsed whole; files that do not parse are dropped.
    private mutating func parsedEntries(_ include: (Entry) -> Bool) -> [Entry] {
        var index = 0
        while index < allEntries().count {
            if include(allEntries()[index]), parse(at: index) == nil { continue }
            index += 1
        }
        return allEntries().filter(include)
    }

    /// The whole tree of entry `index`, parsed now if only its header was read; nil, with the entry
    /// removed, when the file does not parse or is not a framework after all.
    private mutating func parse(at index: Int) -> Node? {
        let entry = allEntries()[index]
        if let root = entry.root { return root }
        guard let parsed = Self.entry(parsingWhole: entry.path, limits: limits) else {
            unlisted.append(entry.path)
            entries?.remove(at: index)
            return nil
        }
        entries?[index] = parsed
        return parsed.root
    }

    /// Reads the id and version of every framework file in the folder from its header; files that are
    /// not frameworks are skipped.
    private mutating func scan() -> [Entry] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return [] }
        let parser = YAMLParser(limits: limits)
        var found: [Entry] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (directory as NSString).appendingPathComponent(name)
            switch parser.scanHeader(atPath: path, section: "framework", keys: ["id", "version"]) {
            case .found(let header) where !header[0].isEmpty && !header[1].isEmpty:
                found.append(Entry(id: header[0], version: header[1], path: path))
            case .found, .absent: unlisted.append(path)
            case .undecided:
                if let entry = Self.entry(parsingWhole: path, limits: limits) {
                    found.append(entry)
                } else {
                    unlisted.append(path)
                }
            }
        }
        return found
    }

    /// Whether the file at `path` does not parse, or parses with a top-level `framework` key: not
    /// some other kind of YAML file.
    private static func isBrokenFramework(_ path: String, limits: YAML.Limits) -> Bool {
        guard let root = try? YAMLParser(limits: limits).parseFile(atPath: path) else { return true }
        return root["framework"] != nil
    }

    /// The entry for the framework file at `path`, parsed whole; nil when it does not parse or has
    /// no framework id and version.
    private static func entry(parsingWhole path: String, limits: YAML.Limits) -> Entry? {
        guard let root = try? YAMLParser(limits: limits).parseFile(atPath: path),
            let header = root.mapping?.first(where: { $0.key.scalar?.text == "framework" })?.value,
            let id = header.mapping?.first(where: { $0.key.scalar?.text == "id" })?.value.scalar?.text,
            let version = header.mapping?.first(where: { $0.key.scalar?.text == "version" })?.value.scalar?.text,
            !id.isEmpty, !version.isEmpty
        else { return nil }
        return Entry(id: id, version: version, path: path, root: root)
    }
}
