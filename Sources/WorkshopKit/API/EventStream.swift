import Foundation
import Hummingbird

/// `text/event-stream` of a workshop's changes: one event per change, `id:` its sequence number,
/// replayed from `Last-Event-ID`; a comment line every 15 s keeps the connection open. The stream
/// ends when the client goes.
enum EventStream {
    static let heartbeat: Duration = .seconds(15)

    static func response(_ request: Request, workshop: String, after: Int64, service: WorkshopService) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-store"
        let body = ResponseBody { writer in
            let (id, wakeUps) = service.events.listen(to: workshop)
            let beats = Task {
                while !Task.isCancelled {
                    try await Task.sleep(for: heartbeat)
                    service.events.poke(id, in: workshop)
                }
            }
            defer {
                beats.cancel()
                service.events.stop(id, in: workshop)
            }
            var last = after
            _ = try? await request.body.consumeWithCancellationOnInboundClose { _ in
                for await _ in wakeUps {
                    let changes = try await service.store.changes(workshop: workshop, after: last, limit: 500)
                    var text = changes.isEmpty ? ": still here\n\n" : ""
                    for change in changes {
                        let data = try JSONSerialization.data(
                            withJSONObject: ChangeJSON.fields(change), options: [.sortedKeys, .withoutEscapingSlashes])
                        text +=
                            "id: \(change.sequence)\nevent: change\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
                        last = change.sequence
                    }
                    try await writer.write(ByteBuffer(string: text))
                    if changes.count == 500 { service.events.poke(id, in: workshop) }
                }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}
