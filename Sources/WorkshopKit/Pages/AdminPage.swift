/// The admin's page: every workshop of the server (country, period, framework, status, last
/// change), with archive and restore.
struct AdminPage {
    let summaries: [WorkshopSummary]
    let showsArchived: Bool
    let token: String

    func render() -> String {
        let plural = summaries.count == 1 ? "" : "s"
        var body = """
            <header class="bar"><h1>Workshops on this server</h1>
            <p>\(summaries.count) \(showsArchived ? "workshop\(plural), archived ones included" : "active workshop\(plural)") · \
            \(showsArchived ? "<a href=\"/admin\">Hide archived</a>" : "<a href=\"/admin?archived=true\">Show archived</a>") · \
            <a href="/">Start page (create a workshop)</a></p>
            </header>

            """
        guard !summaries.isEmpty else {
            let none =
                showsArchived
                ? "No workshops yet: create one on the <a href=\"/\">start page</a>." : "No active workshops."
            return HTML.page("Admin", body: body + "<p>\(none)</p>\n")
        }
        body += """
            <table class="workshops"><tr><th>Country</th><th>Period</th><th>Framework</th><th>Ministries</th>\
            <th>Status</th><th>Last change</th><th>Changes</th><th>Workshop</th><th></th></tr>

            """
        for summary in summaries {
            let workshop = summary.workshop
            let last =
                summary.lastChange.map { HTML.e(Self.minute($0)) + " UTC" }
                ?? "none yet (created \(HTML.e(workshop.date)))"
            let verb = AdminAPI.verb(workshop.status == .active ? .archived : .active)
            body += """
                <tr class="\(workshop.status.rawValue)"><td>\(HTML.e(workshop.countryName)) <span class="tag">\(HTML.e(workshop.countryCode))</span></td>\
                <td>\(HTML.e(workshop.period))</td><td>\(HTML.e(workshop.framework)) \(HTML.e(workshop.version))</td>\
                <td>\(workshop.respondents.count)</td><td><span class="status-\(workshop.status.rawValue)">\(workshop.status.rawValue)</span></td>\
                <td>\(last)</td><td>\(summary.changeCount)</td><td class="mono">\(HTML.e(workshop.id))</td>\
                <td><form method="post" action="/admin/workshops/\(HTML.e(workshop.id))/\(verb)">\(HTML.csrfField(token))\
                <button class="\(verb)">\(verb == "archive" ? "Archive" : "Restore")</button></form></td></tr>

                """
        }
        body +=
            "</table>\n<p class=\"guidance\">An archived workshop is kept whole and read-only: its pages and exports still open, "
            + "every change is refused until it is restored.</p>\n"
        return HTML.page("Admin", body: body)
    }

    /// `2026-12-04T09:05:31.120Z` as `2026-12-04 09:05`.
    static func minute(_ timestamp: String) -> String {
        guard timestamp.count >= 16 else { return timestamp }
        return timestamp.prefix(10) + " " + timestamp.dropFirst(11).prefix(5)
    }
}
