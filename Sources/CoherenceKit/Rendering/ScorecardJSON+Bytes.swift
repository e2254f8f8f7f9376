import YAML

/// The scorecard written field by field, in the order of DESIGN.md §8 (added fields after the normative ones).
extension JSONByteWriter {
    /// One scorecard object; `extra` appends members after the scorecard's own, as reports do.
    mutating func scorecard(_ card: Scorecard, extra: ((inout JSONByteWriter) -> Void)? = nil) {
        beginObject()
        field("schema", ScorecardJSON.schema)
        key("framework")
        beginObject()
        field("id", card.framework.id)
        field("version", card.framework.version)
        endObject()
        key("assessment")
        beginObject()
        key("country")
        beginObject()
        field("code", card.country.code)
        field("name", card.country.name)
        endObject()
        field("period", card.period)
        field("status", card.status.rawValue)
        endObject()
        let codes = card.bandCodes
        key("overall")
        banded(card.overall, codes: codes)
        key("coherence")
        banded(card.coherence, codes: codes)
        key("dimensions")
        array(card.dimensions) { $0.dimension($1, codes: codes) }
        key("sections")
        array(card.sections) { $0.section($1, codes: codes) }
        key("items")
        array(card.items) { $0.item($1) }
        key("findings")
        array(card.findings) { $0.finding($1) }
        key("coverage")
        coverage(card.coverage)
        key("plan")
        array(card.plan) { $0.planEntry($1) }
        key("warnings")
        array(card.warnings) { $0.warning($1) }
        extra?(&self)
        endObject()
    }

    private mutating func banded(_ score: BandedScore, codes: [String: Double]) {
        beginObject()
        scoreAndBand(score.score, score.band, codes: codes)
        endObject()
    }

    /// `score` and `band`, then `band_code` when the framework's bands have codes (SDG 10.7.2's 1–4).
    private mutating func scoreAndBand(_ score: Double?, _ band: String?, codes: [String: Double]) {
        field("score", score)
        field("band", band)
        guard !codes.isEmpty else { return }
        let code = band.flatMap { codes[$0] }
        if let code, let whole = LevelText.whole(code) {
            field("band_code", whole)
        } else {
            field("band_code", code)
        }
    }

    private mutating func dimension(_ d: DimensionScore, codes: [String: Double]) {
        beginObject()
        field("id", d.id)
        scoreAndBand(d.score, d.band, codes: codes)
        field("title", d.title)
        field("weight", d.weight)
        endObject()
    }

    private mutating func section(_ s: SectionScore, codes: [String: Double]) {
        beginObject()
        field("id", s.id)
        field("parent", s.parent)
        scoreAndBand(s.score, s.band, codes: codes)
        field("title", s.title)
        field("weight", s.weight)
        field("aggregate", s.aggregate.rawValue)
        endObject()
    }

    private mutating func item(_ i: ItemScore) {
        beginObject()
        field("id", i.id)
        field("section", i.section)
        field("status", i.status.rawValue)
        key("value")
        if let value = i.value { levelValue(value) } else { null() }
        field("score", i.score)
        field("gap", i.gap)
        field("priority", i.priority)
        field("target", i.target)
        key("target_value")
        levelValue(i.targetValue)
        field("target_source", i.targetSource.rawValue)
        field("weight", i.weight)
        key("priority_factors")
        if let f = i.priorityFactors {
            beginObject()
            field("weight", f.weight)
            field("gap", f.gap)
            field("findings", f.findings)
            field("severity_weight", f.severityWeight)
            endObject()
        } else {
            null()
        }
        field("evidence", i.hasEvidence)
        field("reason", i.notApplicableReason)
        endObject()
    }

    private mutating func finding(_ f: Finding) {
        beginObject()
        field("rule", f.rule)
        field("status", f.status.rawValue)
        field("severity", f.severity.rawValue)
        field("items", f.items)
        field("reason", f.reason)
        field("title", f.title)
        endObject()
    }

    private mutating func coverage(_ c: Coverage) {
        beginObject()
        field("items", c.items)
        field("applicable", c.applicable)
        field("answered", c.answered)
        field("unknown", c.unknown)
        field("unanswered", c.unanswered)
        field("not_applicable", c.notApplicable)
        field("with_evidence", c.withEvidence)
        endObject()
    }

    private mutating func warning(_ w: ScoringWarning) {
        beginObject()
        field("item", w.item)
        field("message", w.message)
        field("location", w.location?.description)
        endObject()
    }

    private mutating func planEntry(_ p: PlanEntry) {
        beginObject()
        field("capacity", p.capacity)
        field("priority", p.priority)
        field("items", p.items)
        field("findings", p.findings)
        field("title", p.title)
        endObject()
    }

    /// A value on an item's scale: an integer when whole (`2`), else a double (`2.5`).
    private mutating func levelValue(_ value: Double) {
        if let whole = LevelText.whole(value) { integer(whole) } else { number(value) }
    }
}
