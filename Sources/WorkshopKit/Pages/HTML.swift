import CoherenceKit
import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// The pieces every page shares: escaping, the layout, the session cookie, the CSRF token.
enum HTML {
    static let cookieName = "coherence_token"

    /// `text` safe in element content and quoted attributes (the core's report escaper).
    static func e(_ text: String) -> String { ReportText.html(text) }

    /// A whole page: no inline script or style, so the CSP allows only the app's own files.
    static func page(_ title: String, body: String, live: String? = nil, bodyClass: String = "") -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title)) · Coherence workshop</title>
        <link rel="stylesheet" href="/static/app.css">
        \(live.map { "<script src=\"/static/app.js\" defer></script>\n<meta name=\"live\" content=\"\(e($0))\">" } ?? "")
        </head>
        <body class="\(bodyClass)">
        <main id="main">
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func response(_ html: String, status: HTTPResponse.Status = .ok, cookie: String? = nil) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        if let cookie { headers[.setCookie] = sessionCookie(cookie) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static var securityHeaders: HTTPFields {
        var headers = HTTPFields()
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        headers[.cacheControl] = "no-store"
        return headers
    }

    /// 303 to `location`, setting the session cookie when given.
    static func redirect(_ location: String, cookie: String? = nil) -> Response {
        var headers = securityHeaders
        headers[.location] = location
        if let cookie { headers[.setCookie] = sessionCookie(cookie) }
        return Response(status: .seeOther, headers: headers)
    }

    /// HttpOnly, SameSite=Strict; not Secure, because a room's network is plain HTTP.
    static func sessionCookie(_ token: String) -> String {
        "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict; Max-Age=604800"
    }

    /// The session token of the request's cookie.
    static func sessionToken(_ request: Request) -> String? {
        request.cookies[cookieName]?.value
    }

    /// The CSRF token of a session: derived from the session token, which an attacker cannot read.
    static func csrf(for token: String) -> String {
        let digest = SHA256.hash(data: Data(("csrf\u{0}" + token).utf8))
        return digest.prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// The hidden CSRF field of every form.
    static func csrfField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(csrf(for: token))\">"
    }

    /// Above the pages of an archived workshop: why its forms will not save.
    static func archivedNote(_ record: WorkshopRecord) -> String {
        guard record.status == .archived else { return "" }
        return
            "<p class=\"archived-note\">This workshop is archived: it can be read and exported, but nothing can be changed "
            + "until the server's admin restores it.</p>\n"
    }

    /// A score on 0–100 with one decimal, or an em dash.
    static func score(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "—"
    }
}

/// The fields of an `application/x-www-form-urlencoded` body.
struct FormData {
    var fields: [(String, String)] = []

    init(_ buffer: ByteBuffer) {
        let text = String(buffer: buffer)
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            fields.append((Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : ""))
        }
    }

    static func decode(_ text: Substring) -> String {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }

    subscript(name: String) -> String? {
        fields.first { $0.0 == name }?.1
    }

    /// The field's text, trimmed; nil when absent or blank.
    func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }
}
