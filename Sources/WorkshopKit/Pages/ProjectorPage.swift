import CoherenceKit

/// The projector: large type, no controls. The item in discussion, its distribution once revealed,
/// the decision, and the scores as decisions move them.
struct ProjectorPage {
    let workshop: OpenWorkshop
    let documents: NationalAssessment
    let room: RoomState
    let report: GapReport

    func render() -> String {
        let card = report.scorecard
        var body =
            "<header class=\"bar\"><h1>\(HTML.e(workshop.record.countryName)) \(HTML.e(workshop.record.period))</h1></header>\n"
        if let current = room.current, let item = workshop.framework.item(current) {
            body +=
                "<section class=\"question\"><p class=\"id\">\(HTML.e(item.id))</p><h2>\(HTML.e(item.question))</h2>\n"
            if room.revealed.contains(item.id) {
                let scale = workshop.framework.scale(of: item)
                body += "<ul class=\"distribution\">\n"
                var values: [Double] = []
                for respondent in workshop.record.respondents {
                    let answer = documents.answer(of: respondent.id, to: item.id)
                    if case .level(let value)? = answer?.response { values.append(value) }
                    let label = answer.map { AnswerJSON.short($0.response) } ?? "—"
                    let level = answer.flatMap { answer -> String? in
                        if case .level(let value) = answer.response { return scale.level(valued: value)?.label }
                        return nil
                    }
                    body +=
                        "<li><span>\(HTML.e(respondent.name))</span><strong>\(HTML.e(label))</strong> \(HTML.e(level ?? ""))</li>\n"
                }
                let spread = Consolidator.spread(of: values, on: scale)
                body += "</ul>\n<p class=\"spread\">Spread \(Int((spread * 100).rounded()))%</p>\n"
            } else {
                let count = workshop.record.respondents.filter { documents.answer(of: $0.id, to: item.id) != nil }.count
                body +=
                    "<p class=\"waiting\">\(count) of \(workshop.record.respondents.count) ministries have answered</p>\n"
            }
            if let decision = documents.decision(on: item.id) {
                body +=
                    "<p class=\"decision\">Agreed: <strong>\(HTML.e(decision.answer))</strong> — \(HTML.e(decision.rationale))</p>\n"
            }
            body += "</section>\n"
        } else {
            body += "<section class=\"question\"><h2>Waiting for the first item</h2></section>\n"
        }
        body += """
            <section class="scores"><div class="big"><span>Overall</span><strong>\(HTML.score(card.overall.score))</strong><em>\(HTML.e(card.overall.band ?? ""))</em></div>
            <div class="big"><span>Coherence</span><strong>\(HTML.score(card.coherence.score))</strong><em>\(HTML.e(card.coherence.band ?? ""))</em></div></section>

            """
        return HTML.page("Projector", body: body, live: "/w/\(HTML.e(workshop.id))/live", bodyClass: "projector")
    }
}
