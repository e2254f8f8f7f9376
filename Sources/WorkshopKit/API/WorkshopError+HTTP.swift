import Foundation
public import Hummingbird

/// A refused request as the API answers it: its status and `{"error": "message"}`.
extension WorkshopError: HTTPResponseError {
    public var status: HTTPResponse.Status {
        switch self {
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .conflict: .conflict
        case .tooLarge: .contentTooLarge
        case .invalid: .unprocessableContent
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONResponse.make(AnswerJSON.serialized(["error": message]), status: status)
    }
}

/// Responses with a body of JSON or YAML text.
enum JSONResponse {
    /// A response with `text` as its body; JSON gets a final newline, other documents are sent as they are.
    static func make(_ text: String, status: HTTPResponse.Status = .ok, type: String = "application/json") -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type + "; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let body = text.hasSuffix("\n") || type != "application/json" ? text : text + "\n"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// Reading request bodies with a size limit.
enum RequestBodies {
    /// 64 KiB: an answer, its evidence and note fit many times over.
    static let limit = 64 * 1024

    /// The whole body; 413 once it passes `limit` bytes.
    static func collect(_ request: Request, limit: Int = limit) async throws -> ByteBuffer {
        let tooLarge = WorkshopError.tooLarge("the request body is over \(limit / 1024) KiB: send one answer at a time")
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw tooLarge }
        var buffer = ByteBuffer()
        for try await chunk in request.body {
            guard buffer.readableBytes + chunk.readableBytes <= limit else { throw tooLarge }
            var chunk = chunk
            buffer.writeBuffer(&chunk)
        }
        return buffer
    }

    /// The bearer token of `Authorization: Bearer TOKEN`.
    static func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }
}
