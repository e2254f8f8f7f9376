import Hummingbird

/// The admin's pages: sign in with the admin token (kept in the session cookie), the list of
/// workshops, archive and restore (forms that post, with the CSRF token, and redirect).
enum AdminRoutes {
    static func add(to router: Router<BasicRequestContext>, service: WorkshopService) {
        router.post("/admin") { request, _ in
            try await PageRoutes.page {
                let form = try await PageRoutes.posted(request, session: nil)
                let token = form.text("admin") ?? ""
                try WorkshopService.requireAdmin(try await service.authenticate(token), to: "open the admin's page")
                return HTML.redirect("/admin", cookie: token)
            }
        }
        router.get("/admin") { request, _ in
            try await PageRoutes.page {
                let (principal, token) = try await PageRoutes.session(request, service: service)
                let archived = request.uri.queryParameters.get("archived") == "true"
                let summaries = try await service.list(includeArchived: archived, as: principal)
                return HTML.response(AdminPage(summaries: summaries, showsArchived: archived, token: token).render())
            }
        }
        for status in WorkshopStatus.allCases {
            router.post("/admin/workshops/{id}/\(AdminAPI.verb(status))") { request, context in
                try await PageRoutes.page {
                    let (principal, _) = try await PageRoutes.sessionForm(request, service: service)
                    try await service.setStatus(status, of: try context.parameters.require("id"), as: principal)
                    return HTML.redirect(status == .archived ? "/admin" : "/admin?archived=true")
                }
            }
        }
    }
}
