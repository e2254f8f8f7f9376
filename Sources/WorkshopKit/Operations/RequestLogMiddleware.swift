import Foundation
import Hummingbird
import Logging

/// One log line per request: method, route, status and duration. The route is the router's pattern
/// (`/join/{token}`, `/api/v1/workshops/{id}/...`), never the path as sent, so that a token in a
/// join link, or anything else a path carries, stays out of the log; headers and bodies are not logged.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context, status: response.status.code, since: start)
            return response
        } catch {
            log(request, context, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: start)
            throw error
        }
    }

    func log(_ request: Request, _ context: Context, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds =
            Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds / 100_000_000_000_000)
            / 10
        logger.log(
            level: status >= 500 ? .error : .info, "request",
            metadata: [
                "method": "\(request.method.rawValue)", "route": "\(context.endpointPath ?? "NotFound")",
                "status": .stringConvertible(status), "ms": .stringConvertible(milliseconds),
            ])
    }
}
