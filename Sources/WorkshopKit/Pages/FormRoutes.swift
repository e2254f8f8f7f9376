import Foundation
import Hummingbird

/// The forms of the answer and facilitator pages: each posts, changes one thing, and redirects (303).
enum FormRoutes {
    static func add(to router: Router<BasicRequestContext>, service: WorkshopService) {
        router.post("/w/{id}/answers/{item}") { request, context in
            try await PageRoutes.page {
                let (principal, form) = try await PageRoutes.sessionForm(request, service: service)
                let id = try context.parameters.require("id")
                let item = try context.parameters.require("item")
                let respondent: String
                switch principal {
                case .respondent(_, let mine): respondent = mine
                default: respondent = form.text("respondent") ?? ""
                }
                _ = try await service.setAnswer(
                    AnswerPage.answerFields(form), workshop: id, respondent: respondent, item: item, as: principal,
                    expectedRevision: form.text("revision").flatMap { Int($0) })
                return HTML.redirect("/w/\(id)#\(item)")
            }
        }
        router.post("/w/{id}/decisions/{item}") { request, context in
            try await PageRoutes.page {
                let (principal, form) = try await PageRoutes.sessionForm(request, service: service)
                let id = try context.parameters.require("id")
                let item = try context.parameters.require("item")
                var fields: [String: Any] = [:]
                switch form.text("answer") ?? "" {
                case "n/a": fields["status"] = "n/a"
                case "unknown": fields["status"] = "unknown"
                case let level: fields["level"] = Double(level) ?? level
                }
                fields["rationale"] = form.text("rationale") ?? ""
                if let dissent = form.text("dissent") { fields["dissent"] = dissent }
                _ = try await service.decide(fields, workshop: id, item: item, as: principal)
                return HTML.redirect("/w/\(id)#item-\(item)")
            }
        }
        router.post("/w/{id}/undo/{sequence}") { request, context in
            try await PageRoutes.page {
                let (principal, _) = try await PageRoutes.sessionForm(request, service: service)
                let id = try context.parameters.require("id")
                guard let sequence = Int64(try context.parameters.require("sequence")) else {
                    throw WorkshopError.notFound("no such change")
                }
                _ = try await service.undo(sequence, workshop: id, as: principal)
                return HTML.redirect("/w/\(id)#history")
            }
        }
        router.post("/w/{id}/discuss") { request, context in
            try await PageRoutes.page {
                let (principal, form) = try await PageRoutes.sessionForm(request, service: service)
                let id = try context.parameters.require("id")
                try await service.room(.discuss, workshop: id, item: form.text("item") ?? "", as: principal)
                return HTML.redirect("/w/\(id)")
            }
        }
        router.post("/w/{id}/room/{item}/{action}") { request, context in
            try await PageRoutes.page {
                let (principal, _) = try await PageRoutes.sessionForm(request, service: service)
                let id = try context.parameters.require("id")
                let item = try context.parameters.require("item")
                guard let action = WorkshopService.RoomAction(rawValue: try context.parameters.require("action")) else {
                    throw WorkshopError.notFound("no such control: use discuss, reveal or round")
                }
                try await service.room(action, workshop: id, item: item, as: principal)
                return HTML.redirect("/w/\(id)#item-\(item)")
            }
        }
    }
}
