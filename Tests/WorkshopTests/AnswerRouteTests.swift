import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WorkshopKit

@Suite struct AnswerRouteTests {
    func path(_ w: CreatedWorkshop, _ respondent: String = "mol", _ item: String = "CU-01") -> String {
        "/api/v1/workshops/\(w.id)/responses/\(respondent)/answers/\(item)"
    }

    @Test(arguments: StoreEngine.available) func createRefusesAllButTheAdmin(engine: StoreEngine) async throws {
        try await TestServer.withWorkshop(engine) { _, client, w in
            let body =
                #"{"framework": "iamm", "country": {"code": "VLR", "name": "V"}, "period": "2026", "respondents": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]}"#
            #expect(try await client.call(.post, "/api/v1/workshops", token: nil, json: body).status == .unauthorized)
            #expect(
                try await client.call(.post, "/api/v1/workshops", token: "nope", json: body).status == .unauthorized)
            #expect(
                try await client.call(.post, "/api/v1/workshops", token: w.facilitator, json: body).status == .forbidden
            )
            #expect(
                try await client.call(.post, "/api/v1/workshops", token: w.respondents["mol"], json: body).status
                    == .forbidden)
            let lonely = try await client.call(
                .post, "/api/v1/workshops", token: TestServer.adminToken,
                json: """
                    {"framework": "iamm", "country": {"code": "VLR", "name": "V"}, "period": "2026", "respondents": [{"id": "a", "name": "A"}]}
                    """)
            #expect(lonely.status == .unprocessableContent)
            #expect(lonely.error.contains("at least two respondents"))
            let badCode = try await client.call(
                .post, "/api/v1/workshops", token: TestServer.adminToken,
                json: body.replacingOccurrences(of: "VLR", with: "vl"))
            #expect(badCode.status == .unprocessableContent)
            #expect(
                badCode.error
                    == "country code 'vl' must be three upper-case letters (ISO 3166-1 alpha-3 style, such as 'VLR')")
            let unknown = try await client.call(
                .post, "/api/v1/workshops", token: TestServer.adminToken,
                json: body.replacingOccurrences(of: "iamm", with: "iam"))
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.error.contains("framework 'iam'"))
        }
    }

    @Test(arguments: StoreEngine.available) func eachRoleWritesOnlyItsOwnAnswers(engine: StoreEngine) async throws {
        try await TestServer.withWorkshop(engine) { _, client, w in
            let other = try await client.createWorkshop()
            let mine = try await client.call(
                .put, path(w), token: w.respondents["mol"], json: #"{"level": 2, "evidence": ["Decree 12"]}"#)
            #expect(mine.status == .ok)
            #expect(mine.json["revision"] as? Int == 1)
            // The join code works as a token.
            #expect(
                try await client.call(
                    .put, path(w, "mol", "CU-02"), token: w.codes["mol"]?.lowercased(), json: #"{"level": 1}"#
                ).status == .ok)
            #expect(
                try await client.call(.put, path(w, "moi"), token: w.facilitator, json: #"{"level": "Adopted"}"#).status
                    == .ok)
            let foreign = try await client.call(
                .put, path(w, "moi"), token: w.respondents["mol"], json: #"{"level": 2}"#)
            #expect(foreign.status == .forbidden)
            #expect(foreign.error == "this token answers for another respondent, not 'moi'")
            #expect(
                try await client.call(.put, path(w), token: other.respondents["mol"], json: #"{"level": 2}"#).status
                    == .forbidden)
            #expect(
                try await client.call(.put, path(w), token: other.facilitator, json: #"{"level": 2}"#).status
                    == .forbidden)
            #expect(
                try await client.call(.put, path(w), token: TestServer.adminToken, json: #"{"level": 2}"#).status
                    == .forbidden)
            #expect(try await client.call(.put, path(w), token: nil, json: #"{"level": 2}"#).status == .unauthorized)
            #expect(try await client.call(.put, path(w), token: "0123", json: #"{"level": 2}"#).status == .unauthorized)
        }
    }

    @Test(arguments: StoreEngine.available) func unknownThingsAre404AndInvalidAnswers422(
        engine: StoreEngine
    ) async throws {
        try await TestServer.withWorkshop(engine) { _, client, w in
            let token = w.facilitator
            let noWorkshop = try await client.call(
                .put, "/api/v1/workshops/nope/responses/mol/answers/CU-01", token: token, json: "{}")
            #expect(noWorkshop.status == .notFound)
            #expect(noWorkshop.error == "no workshop 'nope' on this server")
            let noRespondent = try await client.call(.put, path(w, "mox"), token: token, json: #"{"level": 1}"#)
            #expect(noRespondent.status == .notFound)
            #expect(
                noRespondent.error == "no respondent 'mox' in workshop '\(w.id)' (its respondents are mol, moi, mfa)")
            let noItem = try await client.call(.put, path(w, "mol", "CU-99"), token: token, json: #"{"level": 1}"#)
            #expect(noItem.status == .notFound)
            #expect(noItem.error == "unknown item 'CU-99': framework 'iamm' 2026.1 has no such item")
            let outside = try await client.call(.put, path(w), token: token, json: #"{"level": 7}"#)
            #expect(outside.status == .unprocessableContent)
            #expect(
                outside.error
                    == "7 is outside the scale of the answer to 'CU-01': use 0 Absent, 1 Initiated, 2 Adopted, 3 Implemented, 4 Monitored"
            )
            let label = try await client.call(.put, path(w), token: token, json: #"{"level": "Adoptd"}"#)
            #expect(label.status == .unprocessableContent)
            #expect(label.error.hasPrefix("'Adoptd' is not an answer to 'CU-01' (did you mean 'Adopted'?)"))
            let both = try await client.call(.put, path(w), token: token, json: #"{"level": 1, "status": "n/a"}"#)
            #expect(both.error == "the answer to 'CU-01' has both 'level' and 'status': keep one")
            #expect(try await client.call(.put, path(w), token: token, json: "[1]").status == .unprocessableContent)
            let huge = "{\"level\": 1, \"note\": \"" + String(repeating: "x", count: 70 * 1024) + "\"}"
            let tooLarge = try await client.call(.put, path(w), token: token, json: huge)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.error == "the request body is over 64 KiB: send one answer at a time")
            #expect(try await client.call(.get, "/api/v1/workshops/\(w.id)/history", token: token).text == "[]\n")
        }
    }

    @Test(arguments: StoreEngine.available) func aResentRequestMakesOneChange(engine: StoreEngine) async throws {
        try await TestServer.withWorkshop(engine) { _, client, w in
            let key: HTTPFields = [WorkshopAPI.idempotencyKey: "form-7f3a"]
            for _ in 0..<3 {
                let response = try await client.call(
                    .put, path(w), token: w.respondents["mol"], json: #"{"level": 3}"#, headers: key)
                #expect(response.json["revision"] as? Int == 1)
            }
            let changes = try await client.history(w.id, token: w.facilitator)
            #expect(changes.count == 1)
        }
    }

    @Test(arguments: StoreEngine.available) func theLaterOfTwoEditorsIsToldNothingIsLost(
        engine: StoreEngine
    ) async throws {
        try await TestServer.withWorkshop(engine) { _, client, w in
            let token = w.respondents["mol"]
            #expect(try await client.call(.put, path(w), token: token, json: #"{"level": 1}"#).status == .ok)
            // Two officials of the ministry loaded revision 1; the first saves, the second is refused.
            let loaded: HTTPFields = [.ifMatch: "\"1\""]
            #expect(
                try await client.call(.put, path(w), token: token, json: #"{"level": 2}"#, headers: loaded).status
                    == .ok)
            let late = try await client.call(.put, path(w), token: token, json: #"{"level": 4}"#, headers: loaded)
            #expect(late.status == .conflict)
            #expect(late.error.hasPrefix("'CU-01' was changed by mol at "))
            #expect(
                late.error.hasSuffix(
                    "since you loaded it (revision 2, yours 1): nothing was saved; reload to see that answer, then save yours again if it still holds"
                ))
            let response = try await client.call(.get, "/api/v1/workshops/\(w.id)/responses/mol", token: token)
            #expect(response.text.contains("  CU-01: 2\n"))
        }
    }

    @Test(arguments: StoreEngine.available) func deleteLeavesTheItemUnansweredWithATrace(
        engine: StoreEngine
    ) async throws {
        try await TestServer.withWorkshop(engine) { _, client, w in
            #expect(
                try await client.call(.put, path(w), token: w.respondents["mol"], json: #"{"status": "unknown"}"#)
                    .status == .ok)
            #expect(try await client.call(.delete, path(w), token: w.respondents["moi"]).status == .forbidden)
            let deleted = try await client.call(.delete, path(w), token: w.respondents["mol"])
            #expect(deleted.json["revision"] as? Int == 2)
            let response = try await client.call(
                .get, "/api/v1/workshops/\(w.id)/responses/mol", token: w.respondents["mol"])
            #expect(!response.text.contains("CU-01"))
            let changes = try await client.history(w.id, token: w.facilitator)
            #expect(changes.count == 2)
            #expect(changes[1]["after"] is NSNull)
            #expect((changes[1]["before"] as? [String: Any])?["status"] as? String == "unknown")
            #expect(changes[1]["who"] as? String == "mol")
        }
    }
}
