import Foundation
import ServiceLifecycle

/// Opens the store `--db` names: a `postgres://` URL (a shared database) or an SQLite file path.
public enum StoreOpening {
    public static func open(_ db: String) async throws -> any WorkshopStore {
        if PostgresSettings.isURL(db) { return try await PostgresWorkshopStore(PostgresSettings(url: db)) }
        return try SQLiteWorkshopStore(path: db)
    }
}

/// Relays the changes other processes commit to this process's event streams, for as long as the server runs.
struct ChangeRelay: Service {
    let service: WorkshopService

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await service.store.relayChanges(to: service.events) }
        } catch  where Task.isCancelled || Task.isShuttingDownGracefully {
            // Stopped with the server: nothing went wrong.
        }
    }
}
