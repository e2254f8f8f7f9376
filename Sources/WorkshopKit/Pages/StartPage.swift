/// The start page (join with a code; the admin creates a workshop) and the page of a new workshop's links.
enum StartPage {
    static func render(error: String? = nil) -> String {
        var body = "<header class=\"bar\"><h1>Coherence workshop</h1></header>\n"
        if let error { body += "<p class=\"error\">\(HTML.e(error))</p>\n" }
        body += """
            <section class="card"><h2>Join a workshop</h2>
            <form method="post" action="/join"><label>Your code <input name="code" autocomplete="off" autocapitalize="characters" placeholder="ABCDE-FGHJK" required></label>
            <button>Join</button></form></section>
            <section class="card"><h2>Create a workshop</h2>
            <form method="post" action="/workshops">
            <label>Admin token <input name="admin" type="password" required></label>
            <label>Framework <input name="framework" value="iamm" required></label>
            <label>Version (blank: the latest) <input name="version"></label>
            <label>Country code <input name="country_code" placeholder="VLR" required></label>
            <label>Country name <input name="country_name" placeholder="Valoria" required></label>
            <label>Period <input name="period" placeholder="2026" required></label>
            <label>Ministries, one per line: id, then name<textarea name="respondents" rows="4" placeholder="mol Ministry of Labour&#10;moi Ministry of Interior" required></textarea></label>
            <button>Create</button></form></section>
            <section class="card"><h2>Administer this server</h2>
            <form method="post" action="/admin"><label>Admin token <input name="admin" type="password" required></label>
            <button>Open the list of workshops</button></form></section>

            """
        return HTML.page("Start", body: body)
    }

    /// The secrets of a new workshop, shown once: the store keeps only their hashes.
    static func created(_ created: WorkshopService.Created, names: [String: String], origin: String) -> String {
        var body = """
            <header class="bar"><h1>Workshop \(HTML.e(created.id)) created</h1></header>
            <p class="warn">Copy these links and codes now: they are shown only once.</p>
            <table class="links"><tr><th>Who</th><th>Join link</th><th>Code</th></tr>
            <tr><td>Facilitator (you)</td><td><a href="/join/\(HTML.e(created.facilitator.token))">\(HTML.e(origin))/join/\(HTML.e(created.facilitator.token))</a></td><td class="code">\(HTML.e(created.facilitator.code))</td></tr>

            """
        for holder in created.respondents {
            body +=
                "<tr><td>\(HTML.e(names[holder.id] ?? holder.id))</td><td>\(HTML.e(origin))/join/\(HTML.e(holder.token))</td><td class=\"code\">\(HTML.e(holder.code))</td></tr>\n"
        }
        body +=
            "</table>\n<p>Ministries open the link, or go to \(HTML.e(origin))/ and type their code.</p>\n"
            + "<p><a class=\"button\" href=\"/join/\(HTML.e(created.facilitator.token))\">Open the facilitator's page</a></p>\n"
        return HTML.page("Workshop created", body: body)
    }
}
