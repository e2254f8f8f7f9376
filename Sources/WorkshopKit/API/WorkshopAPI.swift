import CoherenceKit
import Foundation
import HTTPTypes
import Hummingbird
import NIOFoundationEssentialsCompat

/// The JSON API under `/api/v1` (DESIGN.md §10).
enum WorkshopAPI {
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    static let lastEventID = HTTPField.Name("Last-Event-ID")!

    static func add<Context: RequestContext>(to router: Router<Context>, service: WorkshopService) {
        let api = router.group("api/v1/workshops")
        api.post { request, _ in
            let principal = try await service.authenticate(RequestBodies.bearer(request))
            let body = try await RequestBodies.collect(request)
            var create: WorkshopService.CreateRequest
            do {
                create = try JSONDecoder().decode(WorkshopService.CreateRequest.self, from: Data(buffer: body))
                if let profile = (try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])?[
                    "profile"]
                {
                    guard let fields = profile as? [String: Any] else { throw WorkshopError.invalid("") }
                    create.profile = NationalAssessment.profile(AnswerJSON.serialized(fields))
                }
            } catch {
                guard principal == .admin else {
                    throw WorkshopError.forbidden("only the server's admin token can create workshops")
                }
                throw WorkshopError.invalid(
                    "the body must be {\"framework\", \"version\"?, \"country\": {\"code\", \"name\"}, \"period\", \"respondents\": [{\"id\", \"name\"}], \"date\"?, \"profile\"?: {field: value}}"
                )
            }
            let created = try await service.create(create, as: principal)
            let base = "http://\(request.head.authority ?? "127.0.0.1")/join/"
            func holder(_ h: WorkshopService.Created.Holder) -> [String: Any] {
                ["id": h.id, "token": h.token, "code": h.code, "url": base + h.token]
            }
            return JSONResponse.make(
                AnswerJSON.serialized([
                    "id": created.id, "facilitator": holder(created.facilitator),
                    "respondents": created.respondents.map(holder),
                ]), status: .created)
        }
        let answerPath = "{id}/responses/{respondent}/answers/{item}"
        api.put(RouterPath(answerPath)) { request, context in
            try await setAnswer(request, context, service: service, remove: false)
        }
        api.delete(RouterPath(answerPath)) { request, context in
            try await setAnswer(request, context, service: service, remove: true)
        }
        api.get("{id}/responses/{respondent}") { request, context in
            let principal = try await service.authenticate(RequestBodies.bearer(request))
            let text = try await service.responseText(
                workshop: try context.parameters.require("id"),
                respondent: try context.parameters.require("respondent"),
                as: principal)
            return JSONResponse.make(text, type: "application/yaml")
        }
        api.put("{id}/decisions/{item}") { request, context in
            let principal = try await service.authenticate(RequestBodies.bearer(request))
            let fields = try await jsonObject(request)
            let (outcome, value) = try await service.decide(
                fields, workshop: try context.parameters.require("id"), item: try context.parameters.require("item"),
                as: principal, idempotencyKey: request.headers[idempotencyKey])
            var body = value
            body["revision"] = outcome.revision
            return JSONResponse.make(AnswerJSON.serialized(body))
        }
        api.get("{id}/assessment") { request, context in
            let principal = try await service.authenticate(RequestBodies.bearer(request))
            let text = try await service.assessmentText(workshop: try context.parameters.require("id"), as: principal)
            return JSONResponse.make(text, type: "application/yaml")
        }
        api.get("{id}/scorecard") { request, context in
            let principal = try await service.authenticate(RequestBodies.bearer(request))
            return JSONResponse.make(
                try await service.scorecardJSON(workshop: try context.parameters.require("id"), as: principal))
        }
        api.get("{id}/reports/{format}") { request, context in
            let principal = try await service.authenticate(RequestBodies.bearer(request))
            let workshop = try await service.open(
                try context.parameters.require("id"), as: principal, facilitatorOnly: true)
            let name = try context.parameters.require("format")
            guard let format = ReportFormat(rawValue: name) else {
                throw WorkshopError.notFound("no report format '\(name)': use md, html, json or csv")
            }
            return JSONResponse.make(
                format.render(try await service.documents(workshop).report()), type: format.mediaType)
        }
        api.get("{id}/history") { request, context in
            let principal = try await service.authenticate(RequestBodies.bearer(request))
            let changes = try await service.history(workshop: try context.parameters.require("id"), as: principal)
            let list = changes.map(ChangeJSON.fields)
            let data = try JSONSerialization.data(
                withJSONObject: list, options: [.sortedKeys, .withoutEscapingSlashes])
            return JSONResponse.make(String(decoding: data, as: UTF8.self))
        }
        api.get("{id}/events") { request, context in
            let principal = try await service.authenticate(RequestBodies.bearer(request))
            let id = try context.parameters.require("id")
            _ = try await service.open(id, as: principal, facilitatorOnly: true)
            let after = request.headers[lastEventID].flatMap { Int64($0) } ?? 0
            return EventStream.response(request, workshop: id, after: after, service: service)
        }
    }

    static func setAnswer(
        _ request: Request, _ context: some RequestContext, service: WorkshopService, remove: Bool
    ) async throws -> Response {
        let principal = try await service.authenticate(RequestBodies.bearer(request))
        let fields = remove ? nil : try await jsonObject(request)
        let revision: Int?
        if let match = request.headers[.ifMatch] {
            guard let number = Int(match.trimmingCharacters(in: CharacterSet(charactersIn: "\" W/"))) else {
                throw WorkshopError.invalid("If-Match must be the revision the answer was loaded at, such as \"3\"")
            }
            revision = number
        } else {
            revision = nil
        }
        let outcome = try await service.setAnswer(
            fields, workshop: try context.parameters.require("id"),
            respondent: try context.parameters.require("respondent"),
            item: try context.parameters.require("item"), as: principal, expectedRevision: revision,
            idempotencyKey: request.headers[idempotencyKey])
        return JSONResponse.make(AnswerJSON.serialized(["revision": outcome.revision]))
    }

    static func jsonObject(_ request: Request) async throws -> [String: Any] {
        let body = try await RequestBodies.collect(request)
        do throws(AnswerJSON.Invalid) {
            return try AnswerJSON.object(Data(buffer: body))
        } catch {
            throw WorkshopError.invalid(error.message)
        }
    }
}

/// A change as the history and the event stream show it.
enum ChangeJSON {
    static func fields(_ change: Change) -> [String: Any] {
        var fields: [String: Any] = [
            "id": change.sequence, "at": change.at, "who": change.who, "item": change.item,
            "revision": change.revision,
            "before": change.before.map(AnswerJSON.fields) as Any? ?? NSNull(),
            "after": change.after.map(AnswerJSON.fields) as Any? ?? NSNull(),
        ]
        if change.scope.hasPrefix("#") {
            fields["kind"] = String(change.scope.dropFirst())
        } else {
            fields["kind"] = "answer"
            fields["respondent"] = change.scope
        }
        return fields
    }
}
