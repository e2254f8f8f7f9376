public import YAML

/// Builds a validated `Crosswalk` from a crosswalk file (DESIGN.md §13), checking every framework,
/// item and target it names against the frameworks of a library.
public struct CrosswalkLoader {
    static let rootKeys = ["crosswalk", "targets", "links"]
    static let headerKeys = ["id", "title", "description", "source"]

    var diagnostics: [Diagnostic] = []

    /// Validates a crosswalk from its parsed tree; the frameworks it links are looked up in `library`.
    public static func load(_ root: Node, library: inout FrameworkLibrary) throws(Diagnostics) -> Crosswalk {
        var loader = CrosswalkLoader()
        let crosswalk = loader.crosswalk(from: root, library: &library)
        guard let crosswalk, loader.diagnostics.isEmpty else { throw Diagnostics(loader.diagnostics) }
        return crosswalk
    }

    mutating func crosswalk(from root: Node, library: inout FrameworkLibrary) -> Crosswalk? {
        guard
            let fields = MappingReader(
                root, subject: "a crosswalk file", keys: Self.rootKeys,
                required: ["crosswalk", "targets", "links"], diagnostics: &diagnostics),
            let headerNode = fields["crosswalk"],
            let header = MappingReader(
                headerNode, subject: "the crosswalk header", keys: Self.headerKeys,
                required: ["id", "title"], diagnostics: &diagnostics)
        else { return nil }
        let id = header["id"]?.identifier("the crosswalk id", .framework, into: &diagnostics)
        let title = header["title"]?.text("the crosswalk title", into: &diagnostics)
        let targets = fields["targets"].map { readTargets($0) } ?? []
        let links = fields["links"].map { readLinks($0, targets: targets.map(\.id), library: &library) } ?? []
        guard let id, let title else { return nil }
        return Crosswalk(
            id: id, title: title,
            description: header["description"]?.text("the crosswalk description", into: &diagnostics),
            source: header["source"]?.text("the crosswalk source", into: &diagnostics), targets: targets, links: links,
            location: root.location)
    }

    mutating func readTargets(_ node: Node) -> [Crosswalk.Target] {
        let elements = node.list(for: "'targets'", into: &diagnostics)
        var targets: [Crosswalk.Target] = []
        for element in elements {
            guard
                let fields = MappingReader(
                    element, subject: element.subject("target"), keys: ["id", "title"],
                    required: ["id", "title"], diagnostics: &diagnostics),
                let idNode = fields["id"], let id = targetId(idNode),
                let title = fields["title"]?.text("the title of target '\(id)'", into: &diagnostics)
            else { continue }
            if let first = targets.first(where: { $0.id == id }) {
                diagnostics.append(
                    .error(
                        "duplicate target '\(id)': target ids must be unique", at: idNode.location,
                        notes: [.note("'\(id)' first defined here", at: first.location)]))
                continue
            }
            targets.append(Crosswalk.Target(id: id, title: title, location: idNode.location))
        }
        return targets
    }

    /// `links: {framework: {item: [target, ...]}}`, each name resolved.
    mutating func readLinks(_ node: Node, targets: [String], library: inout FrameworkLibrary) -> [Crosswalk.Link] {
        guard
            let frameworks = node.mapping(
                of: "framework ids to their items' targets for 'links'", into: &diagnostics)
        else { return [] }
        var links: [Crosswalk.Link] = []
        for pair in frameworks {
            let frameworkId = pair.key.scalar?.text ?? ""
            let versions = library.frameworks(id: frameworkId)
            guard !versions.isEmpty else {
                let known = library.frameworkIds()
                let remedy =
                    known.isEmpty
                    ? "\(library.directory)/ holds no frameworks: pass --frameworks DIR, the folder of the frameworks it links"
                    : "\(library.directory)/ holds \(list(known))"
                diagnostics.append(
                    .error(
                        "unknown framework '\(frameworkId)'\(Suggestion.hint(for: frameworkId, in: known)): \(remedy)",
                        at: pair.key.location))
                continue
            }
            // An item belongs to the framework when any version of it has the item.
            var itemIds: [String] = []
            for framework in versions { itemIds += framework.allItems.map(\.id).filter { !itemIds.contains($0) } }
            guard
                let items = pair.value.mapping(
                    of: "item ids to target lists for framework '\(frameworkId)'", into: &diagnostics)
            else { continue }
            // An item named twice is a duplicate key, which the YAML parser reports.
            for item in items {
                let itemId = item.key.scalar?.text ?? ""
                guard itemIds.contains(itemId) else {
                    diagnostics.append(
                        .error(
                            "unknown item '\(itemId)' of framework '\(frameworkId)'\(Self.hint(for: itemId, in: itemIds)): link an item the framework has",
                            at: item.key.location))
                    continue
                }
                let nodes = item.value.sequence ?? [item.value]
                var linked: [String] = []
                for targetNode in nodes {
                    guard let target = targetId(targetNode) else { continue }
                    guard targets.contains(target) else {
                        diagnostics.append(
                            .error(
                                "unknown target '\(target)' for item '\(itemId)' of framework '\(frameworkId)'\(Self.hint(for: target, in: targets)): targets are listed under 'targets'",
                                at: targetNode.location))
                        continue
                    }
                    guard !linked.contains(target) else {
                        diagnostics.append(
                            .error(
                                "duplicate link: item '\(itemId)' of framework '\(frameworkId)' already carries target '\(target)'",
                                at: targetNode.location))
                        continue
                    }
                    linked.append(target)
                }
                links.append(
                    Crosswalk.Link(framework: frameworkId, item: itemId, targets: linked, location: item.key.location))
            }
        }
        return links
    }

    /// "Did you mean" for names of three characters or more: between `3` and `1`, or `Z` and `A`,
    /// one edit is not a likely misspelling.
    static func hint(for name: String, in candidates: [String]) -> String {
        name.count >= 3 ? Suggestion.hint(for: name, in: candidates) : ""
    }

    /// A target id: a text or a number written as it stands (`6` and `"6"` alike).
    mutating func targetId(_ node: Node) -> String? {
        guard let text = node.scalar?.text, !text.isEmpty else {
            diagnostics.append(.error("expected a target id, found \(node.kindDescription)", at: node.location))
            return nil
        }
        return text
    }
}
