/// An assessment scored as it is and with some answers changed, and what moves (DESIGN.md §12).
///
/// Both scorecards come from ``Scorer``; this type only pairs their entries up and keeps those
/// that differ, so renderers format without computing.
public struct WhatIf: Sendable {
    /// One changed answer, as the item stood before and after.
    public struct Change: Sendable {
        public var item: String
        public var before: ItemScore
        public var after: ItemScore
        /// The answers as people read them: `Adopted (2)`, `n/a`, `unknown`, `unanswered`.
        public var beforeText: String
        public var afterText: String
    }

    /// A finding whose status differs.
    public struct FindingChange: Sendable {
        public var finding: Finding
        public var before: Finding.Status
        public var after: Finding.Status
    }

    /// An item whose gap differs.
    public struct GapChange: Sendable {
        public var item: String
        public var before: Double?
        public var after: Double?
    }

    /// A capacity module whose priority differs, or that enters or leaves the plan.
    public struct PlanChange: Sendable {
        public var capacity: String
        public var title: String
        public var before: Double?
        public var after: Double?
    }

    public var before: Scorecard
    public var after: Scorecard
    public var changes: [Change]

    /// Scores `assessment` against `compiled` as it is and with `changes` made.
    public init(_ assessment: Assessment, against compiled: CompiledFramework, changes: [AnswerChange]) {
        before = Scorer.score(assessment, against: compiled)
        after = Scorer.score(assessment.changing(changes), against: compiled)
        let framework = compiled.framework
        var seen = Set<String>()
        self.changes = changes.reversed().filter { seen.insert($0.item).inserted }.reversed().compactMap { [before, after] change in
            guard let item = framework.item(change.item), let was = before.item(change.item), let now = after.item(change.item)
            else { return nil }
            let scale = framework.scale(of: item)
            return Change(item: change.item, before: was, after: now,
                          beforeText: Self.answerText(assessment.answer(to: change.item)?.response, scale: scale),
                          afterText: Self.answerText(change.response, scale: scale))
        }
    }

    /// Findings whose status differs, in rule order.
    public var findingChanges: [FindingChange] {
        zip(before.findings, after.findings).compactMap { was, now in
            was.status == now.status ? nil : FindingChange(finding: now, before: was.status, after: now.status)
        }
    }

    /// Items whose gap differs, in document order.
    public var gapChanges: [GapChange] {
        zip(before.items, after.items).compactMap { was, now in
            was.gap == now.gap ? nil : GapChange(item: now.id, before: was.gap, after: now.gap)
        }
    }

    /// Capacity modules whose priority differs, entering or leaving the plan, in the order of the
    /// plan after the change, then those that leave it in their order before.
    public var planChanges: [PlanChange] {
        let old = Dictionary(before.plan.map { ($0.capacity, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Set(after.plan.map(\.capacity))
        var result = after.plan.compactMap { entry -> PlanChange? in
            let was = old[entry.capacity]?.priority
            return was == entry.priority ? nil
                : PlanChange(capacity: entry.capacity, title: entry.title, before: was, after: entry.priority)
        }
        for entry in before.plan where !new.contains(entry.capacity) {
            result.append(PlanChange(capacity: entry.capacity, title: entry.title, before: entry.priority, after: nil))
        }
        return result
    }

    /// An answer as people read it.
    static func answerText(_ response: Answer.Response?, scale: Scale) -> String {
        switch response {
        case nil: "unanswered"
        case .unknown: "unknown"
        case .notApplicable: "n/a"
        case .level(let value):
            scale.level(valued: value).map { "\($0.label) (\(LevelText.format(value)))" } ?? LevelText.format(value)
        }
    }
}
