import Logging

/// The admin's view of the server: every workshop, archive and restore, the database's health.
extension WorkshopService {
    /// The admin's list, newest first; archived workshops only when `includeArchived`.
    public func list(includeArchived: Bool, as principal: Principal) async throws -> [WorkshopSummary] {
        try Self.requireAdmin(principal, to: "list the workshops")
        return try await store.summaries(includeArchived: includeArchived)
    }

    /// Archives (read-only, out of the default list) or restores workshop `id`; the admin only.
    public func setStatus(_ status: WorkshopStatus, of id: String, as principal: Principal) async throws {
        try Self.requireAdmin(principal, to: status == .archived ? "archive a workshop" : "restore a workshop")
        do {
            try await store.setStatus(status, of: id)
        } catch StoreError.unknownWorkshop {
            throw WorkshopError.notFound("no workshop '\(id)' on this server")
        }
        logger.info("\(status == .archived ? "archived" : "restored")", metadata: ["workshop": "\(id)"])
    }

    /// Whether the database answers; what went wrong goes to the log, not to the caller.
    public func healthy() async -> Bool {
        do {
            try await store.checkHealth()
            return true
        } catch {
            logger.error("health check failed", metadata: ["error": "\(type(of: error))"])
            return false
        }
    }

    static func requireAdmin(_ principal: Principal, to action: String) throws {
        guard principal == .admin else {
            throw WorkshopError.forbidden("only the server's admin token can \(action)")
        }
    }
}
