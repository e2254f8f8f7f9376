import CoherenceKit
import Foundation
import Logging
import YAML

/// Every workshop of a server as folders of YAML (DESIGN.md §10's export), one per workshop:
/// `ID/workshop.yaml` (what is reviewed, by whom, its status), `ID/history.yaml` (every change, in
/// order, with who made it and when) and, for people to read, what `WorkshopFolder.export` writes
/// (`responses/`, `assessment.yaml`). Import reads `workshop.yaml` and `history.yaml` back into
/// another server, SQLite or PostgreSQL, replaying each change: answers, decisions, room state
/// and the history come back as they were. Tokens are not exported: import issues new ones.
public enum ServerFolder {
    static let indexFile = "workshops.yaml"
    static let workshopFile = "workshop.yaml"
    static let historyFile = "history.yaml"

    /// Writes every workshop, archived ones included, under `folder`, and `workshops.yaml`, their
    /// ids in the order they were created; returns the workshops' folders.
    public static func export(from service: WorkshopService, to folder: String) async throws -> [String] {
        var written: [String] = []
        let workshops = try await service.store.workshops().reversed()
        for workshop in workshops {
            let path = (folder as NSString).appendingPathComponent(workshop.id)
            _ = try await WorkshopFolder.export(workshop.id, from: service, to: path)
            let history = try await service.history(workshop: workshop.id, as: .facilitator(workshop: workshop.id))
            try OutputFile.write(
                ServerFolderYAML.workshop(workshop), to: (path as NSString).appendingPathComponent(workshopFile))
            try OutputFile.write(
                ServerFolderYAML.history(history, of: workshop.id),
                to: (path as NSString).appendingPathComponent(historyFile))
            written.append(path)
        }
        try OutputFile.write(
            ServerFolderYAML.index(workshops.map(\.id)), to: (folder as NSString).appendingPathComponent(indexFile))
        return written
    }

    /// Creates on `service` each workshop that `folder`'s `workshops.yaml` names, in its order, with
    /// its id, status and whole history; returns the new secrets of each. Nothing is imported
    /// when a file is wrong or a workshop's id is taken on this server.
    public static func `import`(
        from folder: String, into service: WorkshopService
    ) async throws -> [WorkshopService.Created] {
        let index = (folder as NSString).appendingPathComponent(indexFile)
        guard FileManager.default.fileExists(atPath: index) else {
            throw WorkshopError.notFound("\(index): error: no such file: give the folder written by 'export --all'")
        }
        var workshops: [(WorkshopRecord, [ChangeRequest])] = []
        for (name, place) in try ServerFolderYAML.readIndex(index) {
            let path = (folder as NSString).appendingPathComponent(name)
            let file = (path as NSString).appendingPathComponent(workshopFile)
            guard FileManager.default.fileExists(atPath: file) else {
                throw WorkshopError.notFound("\(place): error: workshop '\(name)' has no \(workshopFile) in \(path)")
            }
            let record = try ServerFolderYAML.readWorkshop(file)
            guard record.id == name else {
                throw WorkshopError.invalid(
                    "\(file): error: id '\(record.id)' differs from its folder's name '\(name)'")
            }
            let changes = try ServerFolderYAML.readHistory(
                (path as NSString).appendingPathComponent(historyFile), of: record.id)
            if try await service.store.workshop(record.id) != nil {
                throw WorkshopError.invalid(
                    "\(file): error: workshop '\(record.id)' exists on this server already: import into a fresh database"
                )
            }
            workshops.append((record, changes))
        }
        var created: [WorkshopService.Created] = []
        for (record, changes) in workshops {
            var active = record
            active.status = .active
            let (secrets, tokens) = WorkshopService.secrets(for: active)
            try await service.store.create(active, tokens: tokens)
            for change in changes { _ = try await service.store.apply(change) }
            if record.status != .active { try await service.store.setStatus(record.status, of: record.id) }
            service.logger.info(
                "imported", metadata: ["workshop": "\(record.id)", "changes": .stringConvertible(changes.count)])
            created.append(secrets)
        }
        return created
    }
}
