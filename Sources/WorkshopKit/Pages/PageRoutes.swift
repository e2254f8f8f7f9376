import CoherenceKit
import Foundation
import Hummingbird

/// The HTML pages: forms that post and redirect (303), the session in an HttpOnly SameSite=Strict
/// cookie, a CSRF token on every form and an Origin check on every post.
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, service: WorkshopService) {
        router.get("/") { _, _ in HTML.response(StartPage.render()) }
        router.get("/static/app.css") { _, _ in asset(Assets.css, type: "text/css") }
        router.get("/static/app.js") { _, _ in asset(Assets.script, type: "text/javascript") }
        router.post("/workshops") { request, _ in
            try await page {
                let form = try await posted(request, session: nil)
                let principal = try await service.authenticate(form.text("admin"))
                let respondents = (form["respondents"] ?? "").split(whereSeparator: \.isNewline).compactMap {
                    line -> RespondentRecord? in
                    let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
                    guard let id = parts.first else { return nil }
                    return RespondentRecord(id: String(id), name: parts.count > 1 ? String(parts[1]) : String(id))
                }
                let created = try await service.create(
                    WorkshopService.CreateRequest(
                        framework: form.text("framework") ?? "", version: form.text("version"),
                        country: .init(code: form.text("country_code") ?? "", name: form.text("country_name") ?? ""),
                        period: form.text("period") ?? "", respondents: respondents), as: principal)
                let names = Dictionary(respondents.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                return HTML.response(
                    StartPage.created(created, names: names, origin: "http://\(request.head.authority ?? "")"))
            }
        }
        router.get("/join/{token}") { request, context in
            try await page {
                let token = try context.parameters.require("token")
                return try await join(token, service: service)
            }
        }
        router.post("/join") { request, _ in
            try await page {
                let form = try await posted(request, session: nil)
                return try await join(Tokens.normalizedCode(form.text("code") ?? ""), service: service)
            }
        }
        router.get("/w/{id}") { request, context in
            try await page {
                let (principal, token) = try await session(request, service: service)
                let workshop = try await service.open(try context.parameters.require("id"), as: principal)
                let documents = try await service.documents(workshop)
                let room = RoomState(entries: try await service.store.entries(workshop: workshop.id))
                switch principal {
                case .respondent(_, let id):
                    let respondent = try service.respondent(id, of: workshop)
                    return HTML.response(
                        AnswerPage(
                            workshop: workshop, documents: documents, room: room, respondent: respondent, token: token
                        ).render())
                default:
                    return HTML.response(
                        FacilitatorPage(
                            workshop: workshop, documents: documents, room: room, report: try documents.liveReport(),
                            token: token,
                            recent: try await service.recentChanges(workshop: workshop.id, count: 15)
                        ).render())
                }
            }
        }
        router.get("/w/{id}/projector") { request, context in
            try await page {
                let (principal, _) = try await session(request, service: service)
                let workshop = try await service.open(
                    try context.parameters.require("id"), as: principal, facilitatorOnly: true)
                let documents = try await service.documents(workshop)
                let room = RoomState(entries: try await service.store.entries(workshop: workshop.id))
                return HTML.response(
                    ProjectorPage(
                        workshop: workshop, documents: documents, room: room, report: try documents.liveReport()
                    ).render())
            }
        }
        router.get("/w/{id}/live") { request, context in
            try await page {
                let (principal, _) = try await session(request, service: service)
                let id = try context.parameters.require("id")
                _ = try await service.open(id, as: principal, facilitatorOnly: true)
                let after = request.headers[WorkshopAPI.lastEventID].flatMap { Int64($0) } ?? Int64.max
                return EventStream.response(
                    request, workshop: id, after: after == .max ? try await latest(id, service) : after,
                    service: service)
            }
        }
        router.get("/w/{id}/export/{file}") { request, context in
            try await page {
                let (principal, _) = try await session(request, service: service)
                let workshop = try await service.open(
                    try context.parameters.require("id"), as: principal, facilitatorOnly: true)
                return try await export(try context.parameters.require("file"), of: workshop, service: service)
            }
        }
        FormRoutes.add(to: router, service: service)
    }

    /// The last change's id, so that a page that has just loaded streams only what follows.
    static func latest(_ workshop: String, _ service: WorkshopService) async throws -> Int64 {
        var last: Int64 = 0
        while true {
            let page = try await service.store.changes(workshop: workshop, after: last, limit: 1000)
            guard let next = page.last?.sequence else { return last }
            last = next
        }
    }

    static func join(_ token: String, service: WorkshopService) async throws -> Response {
        switch try await service.authenticate(token) {
        case .facilitator(let id), .respondent(let id, _): HTML.redirect("/w/\(id)", cookie: token)
        case .admin: HTML.redirect("/admin", cookie: token)
        }
    }

    static func export(_ file: String, of workshop: OpenWorkshop, service: WorkshopService) async throws -> Response {
        let documents = try await service.documents(workshop)
        let text: String
        let type: String
        if file == "assessment.yaml" {
            (text, type) = (try documents.text(), "application/yaml")
        } else if file.hasPrefix("report."), let format = ReportFormat(rawValue: String(file.dropFirst(7))) {
            text = format.render(try documents.report())
            type = format.mediaType
        } else if file.hasPrefix("response-"), file.hasSuffix(".yaml") {
            let id = String(file.dropFirst(9).dropLast(5))
            _ = try service.respondent(id, of: workshop)
            (text, type) = (documents.responseText(of: id), "application/yaml")
        } else {
            throw WorkshopError.notFound(
                "no export '\(file)': use assessment.yaml, response-ID.yaml or report.md|html|json|csv")
        }
        var headers = HTML.securityHeaders
        headers[.contentType] = type + "; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"\(workshop.id)-\(file)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func asset(_ text: String, type: String) -> Response {
        var headers = HTML.securityHeaders
        headers[.contentType] = type + "; charset=utf-8"
        headers[.cacheControl] = "max-age=300"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The principal and token of the session cookie; 401 without one.
    static func session(_ request: Request, service: WorkshopService) async throws -> (Principal, String) {
        guard let token = HTML.sessionToken(request) else {
            throw WorkshopError.unauthorized(
                "you have not joined this workshop: open your join link, or type your code on the start page")
        }
        return (try await service.authenticate(token), token)
    }

    /// The principal of the session cookie and the form it posted, its CSRF token checked: what every
    /// form of a page behind the session starts with.
    static func sessionForm(_ request: Request, service: WorkshopService) async throws -> (Principal, FormData) {
        let (principal, token) = try await session(request, service: service)
        return (principal, try await posted(request, session: token))
    }

    /// A posted form, once its Origin, size and (with a session) CSRF token are checked.
    static func posted(_ request: Request, session token: String?) async throws -> FormData {
        if let origin = request.headers[.origin], origin != "http://\(request.head.authority ?? "")" {
            throw WorkshopError.forbidden(
                "this form was sent from another site (\(origin)): open the page from this server and send it again")
        }
        let form = FormData(try await RequestBodies.collect(request))
        if let token, form["csrf"] != HTML.csrf(for: token) {
            throw WorkshopError.forbidden(
                "this form has expired or comes from elsewhere: reload the page and send it again")
        }
        return form
    }

    /// Runs a page handler; a refusal becomes a page with its status and what to do.
    static func page(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as WorkshopError {
            let html = HTML.page(
                "Error",
                body:
                    "<header class=\"bar\"><h1>That did not work</h1></header>\n<p class=\"error\">\(HTML.e(error.message))</p>\n<p><a href=\"/\">Start page</a></p>\n"
            )
            return HTML.response(html, status: error.status)
        }
    }
}
