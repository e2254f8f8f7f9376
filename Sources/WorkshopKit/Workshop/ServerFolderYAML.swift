import CoherenceKit
import Foundation
import YAML

/// The two files that make a workshop whole again: `workshop.yaml` and `history.yaml`. Stored
/// values (answers, decisions, the profile) are kept as the JSON text the store holds, so that
/// they come back byte for byte.
enum ServerFolderYAML {
    static func workshop(_ record: WorkshopRecord) -> String {
        let respondents = record.respondents.map { respondent in
            YAMLValue.mapping([.init("id", .string(respondent.id)), .init("name", .string(respondent.name))])
        }
        return YAMLWriter().document(
            .mapping([
                .init("id", .string(record.id)),
                .init("status", .string(record.status.rawValue)),
                .init("framework", .string(record.framework)),
                .init("framework_version", .string(record.version)),
                .init(
                    "country",
                    .mapping([.init("code", .string(record.countryCode)), .init("name", .string(record.countryName))])),
                .init("period", .string(record.period)),
                .init("date", .string(record.date)),
                .init("profile", .string(record.profile), comments: ["The country profile, as JSON."]),
                .init("respondents", .sequence(respondents)),
            ]), comments: ["A workshop exported by coherence-workshop export --all; import --all reads it back."])
    }

    static func history(_ changes: [Change], of workshop: String) -> String {
        let entries = changes.map { change in
            YAMLValue.mapping([
                .init("id", .int(Int(change.sequence))), .init("at", .string(change.at)),
                .init("who", .string(change.who)),
                .init("scope", .string(change.scope)), .init("item", .string(change.item)),
                .init("revision", .int(change.revision)),
                .init("before", change.before.map(YAMLValue.string) ?? .null),
                .init("after", change.after.map(YAMLValue.string) ?? .null),
            ])
        }
        return YAMLWriter().document(
            .mapping([
                .init("workshop", .string(workshop)),
                .init(
                    "changes", .sequence(entries),
                    comments: [
                        "Every change, oldest first: scope is a respondent, or #decision / #room / #reveal / #round;",
                        "before and after are the stored values as JSON (null: none).",
                    ]),
            ]))
    }

    static func index(_ ids: [String]) -> String {
        YAMLWriter().document(
            .mapping([.init("workshops", .sequence(ids.map(YAMLValue.string)))]),
            comments: ["The workshops of a server, oldest first: each is the folder of that name."])
    }

    /// The ids `workshops.yaml` lists, each with its place in the file.
    static func readIndex(_ path: String) throws -> [(String, String)] {
        let root = try parse(path)
        guard let list = root["workshops"]?.sequence else {
            throw invalid(root, path, "'workshops' must be a list of workshop ids")
        }
        return try list.map { node in
            guard let id = node.string, !id.isEmpty, !id.contains("/"), !id.hasPrefix(".") else {
                throw invalid(node, path, "a workshop id must be the name of a folder beside this file")
            }
            return (id, "\(path):\(node.location.line):\(node.location.column)")
        }
    }

    static func readWorkshop(_ path: String) throws -> WorkshopRecord {
        let root = try parse(path)
        let status = try text(root, "status", in: path)
        guard let parsed = WorkshopStatus(rawValue: status) else {
            throw invalid(root["status"], path, "status '\(status)' must be active or archived")
        }
        guard let list = root["respondents"]?.sequence else {
            throw invalid(root, path, "'respondents' must be a list")
        }
        let respondents = try list.map { node in
            RespondentRecord(id: try text(node, "id", in: path), name: try text(node, "name", in: path))
        }
        guard let country = root["country"] else { throw invalid(root, path, "'country' is missing") }
        return WorkshopRecord(
            id: try text(root, "id", in: path), framework: try text(root, "framework", in: path),
            version: try text(root, "framework_version", in: path), countryCode: try text(country, "code", in: path),
            countryName: try text(country, "name", in: path), period: try text(root, "period", in: path),
            date: try text(root, "date", in: path), respondents: respondents,
            profile: try text(root, "profile", in: path),
            status: parsed)
    }

    /// The changes of `history.yaml`, to replay in order; each must bring its entry to the revision it records.
    static func readHistory(_ path: String, of workshop: String) throws -> [ChangeRequest] {
        let root = try parse(path)
        guard try text(root, "workshop", in: path) == workshop else {
            throw invalid(root["workshop"], path, "this history is of another workshop than '\(workshop)'")
        }
        guard let list = root["changes"]?.sequence else { throw invalid(root, path, "'changes' must be a list") }
        var revisions: [String: Int] = [:]
        return try list.map { node in
            let scope = try text(node, "scope", in: path)
            let item = try text(node, "item", in: path)
            let key = scope + "\u{0}" + item
            let expected = (revisions[key] ?? 0) + 1
            guard node["revision"]?.int == expected else {
                throw invalid(
                    node["revision"] ?? node, path,
                    "revision must be \(expected): the changes of '\(scope)' '\(item)' are out of order or missing")
            }
            revisions[key] = expected
            return ChangeRequest(
                workshop: workshop, scope: scope, item: item, value: try optionalText(node, "after", in: path),
                who: try text(node, "who", in: path), at: try text(node, "at", in: path))
        }
    }

    /// A workshop's history runs to about 17 nodes a change: the default bound of 100,000 nodes
    /// would stop at some 6,000 changes, so these files, which the admin's own export wrote, get more room.
    static let limits = Limits(maxFileSize: 512 * 1024 * 1024, maxDepth: 16, maxNodes: 40_000_000)

    static func parse(_ path: String) throws -> Node {
        do {
            return try YAMLParser(limits: limits).parseFile(atPath: path)
        } catch {
            throw WorkshopError.invalid(error.description)
        }
    }

    static func text(_ node: Node, _ key: String, in path: String) throws -> String {
        guard let value = node[key]?.string else {
            throw invalid(node[key] ?? node, path, node[key] == nil ? "'\(key)' is missing" : "'\(key)' must be text")
        }
        return value
    }

    static func optionalText(_ node: Node, _ key: String, in path: String) throws -> String? {
        if node[key] == nil || node[key]?.isNull == true { return nil }
        return try text(node, key, in: path)
    }

    static func invalid(_ node: Node?, _ path: String, _ message: String) -> WorkshopError {
        let place = node.map { "\(path):\($0.location.line):\($0.location.column)" } ?? path
        return WorkshopError.invalid("\(place): error: \(message)")
    }
}
