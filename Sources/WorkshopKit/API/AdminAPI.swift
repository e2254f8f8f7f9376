import Foundation
import Hummingbird

/// The admin's routes (the admin token only) and the health check (no token).
enum AdminAPI {
    static func add<Context: RequestContext>(to router: Router<Context>, service: WorkshopService) {
        router.get("/healthz") { _, _ in
            if await service.healthy() {
                return JSONResponse.make(#"{"status": "ok"}"#)
            }
            return JSONResponse.make(
                #"{"status": "unavailable", "error": "the database does not answer"}"#, status: .serviceUnavailable)
        }
        let api = router.group("api/v1/workshops")
        api.get { request, _ in
            let principal = try await service.authenticate(RequestBodies.bearer(request))
            let archived = request.uri.queryParameters.get("archived") == "true"
            let list = try await service.list(includeArchived: archived, as: principal).map(fields)
            let data = try JSONSerialization.data(
                withJSONObject: list, options: [.sortedKeys, .withoutEscapingSlashes])
            return JSONResponse.make(String(decoding: data, as: UTF8.self))
        }
        for status in WorkshopStatus.allCases {
            api.post("{id}/\(verb(status))") { request, context in
                let principal = try await service.authenticate(RequestBodies.bearer(request))
                let id = try context.parameters.require("id")
                try await service.setStatus(status, of: id, as: principal)
                return JSONResponse.make(AnswerJSON.serialized(["id": id, "status": status.rawValue]))
            }
        }
    }

    /// The route's last part that sets `status`: archive, restore.
    static func verb(_ status: WorkshopStatus) -> String {
        switch status {
        case .archived: "archive"
        case .active: "restore"
        }
    }

    /// One workshop of the admin's list as JSON.
    static func fields(_ summary: WorkshopSummary) -> [String: Any] {
        let workshop = summary.workshop
        return [
            "id": workshop.id, "framework": workshop.framework, "version": workshop.version,
            "country": ["code": workshop.countryCode, "name": workshop.countryName], "period": workshop.period,
            "date": workshop.date, "status": workshop.status.rawValue,
            "last_change": summary.lastChange as Any? ?? NSNull(),
            "changes": summary.changeCount, "respondents": workshop.respondents.map(\.id),
        ]
    }
}
