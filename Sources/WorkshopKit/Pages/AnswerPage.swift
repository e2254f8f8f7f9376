import CoherenceKit
import Foundation

/// A ministry's page: every item with its question, guidance and rubric, and a form to answer it.
/// Other ministries' answers appear only once the facilitator reveals an item (or opens a second round).
struct AnswerPage {
    let workshop: OpenWorkshop
    let documents: NationalAssessment
    let room: RoomState
    let respondent: RespondentRecord
    let token: String

    func render() -> String {
        let framework = workshop.framework
        let answered = framework.allItems.filter { documents.answer(of: respondent.id, to: $0.id) != nil }.count
        var body = """
            <header class="bar"><h1>\(HTML.e(respondent.name))</h1>
            <p>\(HTML.e(workshop.record.countryName)) \(HTML.e(workshop.record.period)) · \(HTML.e(framework.title)) · \
            <strong>\(answered)</strong> of \(framework.allItems.count) answered</p></header>

            """
        body += HTML.archivedNote(workshop.record)
        if let current = room.current, let item = framework.item(current) {
            body +=
                "<p class=\"now\">In discussion now: <a href=\"#\(HTML.e(item.id))\">\(HTML.e(item.id)) — \(HTML.e(item.question))</a></p>\n"
        }
        for (section, _) in framework.allSections where !section.items.isEmpty {
            body += "<h2>\(HTML.e(section.title))</h2>\n"
            for item in section.items { body += itemForm(item) }
        }
        return HTML.page(respondent.name, body: body)
    }

    func itemForm(_ item: Item) -> String {
        let framework = workshop.framework
        let scale = framework.scale(of: item)
        let mine = documents.answer(of: respondent.id, to: item.id)
        let revision = room.revisions[respondent.id]?[item.id] ?? 0
        var html = "<section class=\"item\(room.current == item.id ? " current" : "")\" id=\"\(HTML.e(item.id))\">\n"
        html += "<h3>\(HTML.e(item.id)) · \(HTML.e(item.question))</h3>\n"
        if let guidance = item.guidance { html += "<p class=\"guidance\">\(HTML.e(guidance))</p>\n" }
        if let round = room.rounds[item.id] {
            let first = workshop.record.respondents.map { "\(HTML.e($0.name)): \(HTML.e(round.first[$0.id] ?? "—"))" }
            html +=
                "<p class=\"round\">Second round. First-round answers: \(first.joined(separator: "; ")) (spread \(Int((round.spread * 100).rounded()))%).</p>\n"
        }
        if room.revealed.contains(item.id) {
            let all = workshop.record.respondents.map {
                "\(HTML.e($0.name)): \(HTML.e(documents.answer(of: $0.id, to: item.id).map { AnswerJSON.short($0.response) } ?? "—"))"
            }
            html += "<p class=\"revealed\">Revealed: \(all.joined(separator: "; "))</p>\n"
        }
        html += "<form method=\"post\" action=\"/w/\(HTML.e(workshop.id))/answers/\(HTML.e(item.id))\">\n"
        html +=
            HTML.csrfField(token)
            + "<input type=\"hidden\" name=\"revision\" value=\"\(revision)\">\n<fieldset><legend>Level</legend>\n"
        var chosen = "none"
        switch mine?.response {
        case .level(let value)?: chosen = LevelText.format(value)
        case .notApplicable?: chosen = "n/a"
        case .unknown?: chosen = "unknown"
        case nil: break
        }
        let name = "answer"
        for level in scale.levels {
            let value = LevelText.format(level.value)
            let meaning = item.rubric[level.value] ?? level.meaning ?? ""
            html +=
                "<label class=\"level\"><input type=\"radio\" name=\"\(name)\" value=\"\(value)\"\(chosen == value ? " checked" : "")> "
                + "<b>\(value) \(HTML.e(level.label))</b> <span>\(HTML.e(meaning))</span></label>\n"
        }
        if scale.levels.isEmpty {
            let value = chosen == "none" || chosen == "n/a" || chosen == "unknown" ? "" : chosen
            html +=
                "<label>Value (\(LevelText.format(scale.min))–\(LevelText.format(scale.max))) "
                + "<input name=\"value\" inputmode=\"decimal\" value=\"\(HTML.e(value))\"></label>\n"
        }
        for (value, label) in [("n/a", "Not applicable"), ("unknown", "We do not know"), ("none", "No answer yet")] {
            html +=
                "<label class=\"level\"><input type=\"radio\" name=\"\(name)\" value=\"\(value)\"\(chosen == value ? " checked" : "")> \(label)</label>\n"
        }
        var reason = ""
        if case .notApplicable(let given)? = mine?.response { reason = given ?? "" }
        html += "</fieldset>\n<label>Why not applicable <input name=\"reason\" value=\"\(HTML.e(reason))\"></label>\n"
        html +=
            "<label>Evidence, one per line<textarea name=\"evidence\" rows=\"2\">\(HTML.e(mine?.evidence.joined(separator: "\n") ?? ""))</textarea></label>\n"
        html += "<label>Note<textarea name=\"note\" rows=\"2\">\(HTML.e(mine?.note ?? ""))</textarea></label>\n"
        html += "<button>Save \(HTML.e(item.id))</button>\n</form>\n</section>\n"
        return html
    }

    /// The answer fields (§10's JSON form) of a posted answer form; nil to remove the answer.
    static func answerFields(_ form: FormData) -> [String: Any]? {
        var fields: [String: Any] = [:]
        switch form["answer"] ?? "none" {
        case "none":
            guard let value = form.text("value") else { return nil }
            fields["level"] = Double(value) ?? value
        case "n/a":
            fields["status"] = "n/a"
            if let reason = form.text("reason") { fields["reason"] = reason }
        case "unknown": fields["status"] = "unknown"
        case let level: fields["level"] = Double(level) ?? level
        }
        let evidence = (form["evidence"] ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if !evidence.isEmpty { fields["evidence"] = evidence }
        if let note = form.text("note") { fields["note"] = note }
        return fields
    }
}
