import CoherenceKit
import Foundation

/// The facilitator's page: progress, the item in discussion, live scores and findings, the
/// divergence heatmap (most disputed first) and, per item, reveal / decide / second-round controls.
struct FacilitatorPage {
    let workshop: OpenWorkshop
    let documents: NationalAssessment
    let room: RoomState
    let report: GapReport
    let token: String
    /// The latest changes, newest first.
    let recent: [Change]

    var base: String { "/w/\(HTML.e(workshop.id))" }

    func render() -> String {
        let record = workshop.record
        let card = report.scorecard
        var body = """
            <header class="bar"><h1>\(HTML.e(record.countryName)) \(HTML.e(record.period))</h1>
            <p>\(HTML.e(workshop.framework.title)) \(HTML.e(workshop.framework.version)) · workshop \(HTML.e(workshop.id)) · \
            <a href="\(base)/projector">Projector</a> · <a href="\(base)/export/assessment.yaml">National assessment (YAML)</a> · \
            \(ReportFormat.allCases.map { "<a href=\"\(base)/export/report.\($0.fileExtension)\">Report (\($0.fileExtension))</a>" }.joined(separator: " · "))</p>
            </header>
            <section class="scores"><div class="big"><span>Overall</span><strong>\(HTML.score(card.overall.score))</strong><em>\(HTML.e(card.overall.band ?? ""))</em></div>
            <div class="big"><span>Coherence</span><strong>\(HTML.score(card.coherence.score))</strong><em>\(HTML.e(card.coherence.band ?? ""))</em></div>
            </section>

            """
        body += HTML.archivedNote(record)
        body += progress()
        body += discussion()
        body += ReportCharts.radar(card.dimensions)
        let triggered = card.findings.filter { $0.status == .triggered }
        body += "<h2>Findings (\(triggered.count) triggered)</h2>\n<ul class=\"findings\">\n"
        for finding in triggered {
            body +=
                "<li><b class=\"sev-\(finding.severity.rawValue)\">\(finding.severity.rawValue)</b> \(HTML.e(finding.title)): \(HTML.e(finding.finding))</li>\n"
        }
        body += "</ul>\n"
        if let divergence = report.divergence {
            body += "<h2>Where the ministries differ (most disputed first)</h2>\n" + ReportCharts.heatmap(divergence)
        }
        body += items()
        body += history()
        return HTML.page("Facilitator · \(record.countryName) \(record.period)", body: body, live: "\(base)/live")
    }

    /// Answered items per ministry and top-level section.
    func progress() -> String {
        let respondents = workshop.record.respondents
        var html = "<h2>Progress</h2>\n<table class=\"progress\"><tr><th>Section</th>"
        html +=
            respondents.map {
                "<th>\(HTML.e($0.name)) <a href=\"\(base)/export/response-\(HTML.e($0.id)).yaml\">response</a></th>"
            }.joined() + "</tr>\n"
        for section in workshop.framework.sections {
            let items = Self.items(of: section)
            html += "<tr><td>\(HTML.e(section.title))</td>"
            for respondent in respondents {
                let done = items.filter { documents.answer(of: respondent.id, to: $0.id) != nil }.count
                html += "<td>\(done) / \(items.count)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</table>\n"
    }

    static func items(of section: Section) -> [Item] {
        section.items + section.sections.flatMap(items(of:))
    }

    /// The item in discussion, and a form to choose another.
    func discussion() -> String {
        var html = "<h2>In discussion</h2>\n"
        if let current = room.current, let item = workshop.framework.item(current) {
            html +=
                "<p class=\"now\"><a href=\"#item-\(HTML.e(item.id))\">\(HTML.e(item.id)) — \(HTML.e(item.question))</a></p>\n"
        } else {
            html += "<p>No item yet.</p>\n"
        }
        html += "<form method=\"post\" action=\"\(base)/discuss\">\(HTML.csrfField(token))<select name=\"item\">"
        for item in workshop.framework.allItems {
            html +=
                "<option value=\"\(HTML.e(item.id))\"\(room.current == item.id ? " selected" : "")>\(HTML.e(item.id)) — \(HTML.e(String(item.question.prefix(80))))</option>"
        }
        return html + "</select> <button>Discuss this item</button></form>\n"
    }

    /// Every item someone answered (and the one in discussion), with each ministry's answer and the controls.
    func items() -> String {
        let respondents = workshop.record.respondents
        var html =
            "<h2>Items</h2>\n<table class=\"items\"><tr><th>Item</th>"
            + respondents.map { "<th>\(HTML.e($0.id))</th>" }.joined()
            + "<th>Spread</th><th>Decision</th><th>Controls</th></tr>\n"
        for item in workshop.framework.allItems {
            let answers = respondents.map { documents.answer(of: $0.id, to: item.id) }
            guard answers.contains(where: { $0 != nil }) || room.current == item.id else { continue }
            let values = answers.compactMap { answer -> Double? in
                if case .level(let value)? = answer?.response { return value }
                return nil
            }
            let spread = Consolidator.spread(of: values, on: workshop.framework.scale(of: item))
            html +=
                "<tr id=\"item-\(HTML.e(item.id))\"\(room.current == item.id ? " class=\"current\"" : "")><td title=\"\(HTML.e(item.question))\">\(HTML.e(item.id))</td>"
            html += answers.map { "<td>\(HTML.e($0.map { AnswerJSON.short($0.response) } ?? "—"))</td>" }.joined()
            html += "<td>\(Int((spread * 100).rounded()))%\(convergence(item.id, spread: spread))</td>"
            html +=
                "<td>\(documents.decision(on: item.id).map { "<b>\(HTML.e($0.answer))</b> \(HTML.e($0.rationale))" } ?? "")</td>"
            html += "<td>\(controls(item, spread: spread))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    /// The latest changes, each with an undo that restores what it replaced as a new change.
    func history() -> String {
        var html =
            "<h2 id=\"history\">Latest changes</h2>\n<table class=\"history\"><tr><th>When</th><th>Who</th><th>What</th><th>Before</th><th>After</th><th></th></tr>\n"
        for change in recent {
            let what =
                change.scope.hasPrefix("#")
                ? "\(change.scope.dropFirst()) \(change.item)" : "\(change.scope) \(change.item)"
            html +=
                "<tr><td>\(HTML.e(String(change.at.dropFirst(11).prefix(8))))</td><td>\(HTML.e(change.who))</td><td>\(HTML.e(what))</td>"
                + "<td>\(HTML.e(change.before ?? "—"))</td><td>\(HTML.e(change.after ?? "—"))</td>"
                + "<td><form method=\"post\" action=\"\(base)/undo/\(change.sequence)\">\(HTML.csrfField(token))<button>Undo</button></form></td></tr>\n"
        }
        return html + "</table>\n"
    }

    /// Whether a second round brought the answers closer.
    func convergence(_ item: String, spread: Double) -> String {
        guard let round = room.rounds[item] else { return "" }
        let first = Int((round.spread * 100).rounded())
        return spread < round.spread
            ? " <em class=\"ok\">converged (from \(first)%)</em>"
            : " <em class=\"warn\">not converged (was \(first)%)</em>"
    }

    func controls(_ item: Item, spread: Double) -> String {
        let action = "\(base)/room/\(HTML.e(item.id))"
        var html =
            room.revealed.contains(item.id)
            ? "<span class=\"tag\">revealed</span> "
            : "<form method=\"post\" action=\"\(action)/reveal\">\(HTML.csrfField(token))<button>Reveal</button></form> "
        if spread > 0 {
            html +=
                "<form method=\"post\" action=\"\(action)/round\">\(HTML.csrfField(token))<button>Second round</button></form> "
        }
        let scale = workshop.framework.scale(of: item)
        html +=
            "<form method=\"post\" action=\"\(base)/decisions/\(HTML.e(item.id))\" class=\"decide\">\(HTML.csrfField(token))<select name=\"answer\">"
        html += scale.levels.map {
            "<option value=\"\(LevelText.format($0.value))\">\(LevelText.format($0.value)) \(HTML.e($0.label))</option>"
        }.joined()
        html += "<option value=\"n/a\">n/a</option><option value=\"unknown\">unknown</option></select>"
        html +=
            "<input name=\"rationale\" placeholder=\"Rationale\" required><input name=\"dissent\" placeholder=\"Dissent (optional)\"><button>Decide</button></form>"
        return html
    }
}
