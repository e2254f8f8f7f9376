/// An assessment scored as it is and with some answers changed, and what moves (DESIGN.md §12).
///
/// Both scorecards come from ``Scorer``; this type only pairs their entries up and keeps those
/// that differ, so renderers format without computing.
public struct WhatIf: Sendable {
    /// One changed answer, as the item stood before and after.
    public struct Change: Sendable {
        /// The changed item's id.
        public var item: String
        /// The item's score as the assessment stands.
        public var before: ItemScore
        /// The item's score with the changes made.
        public var after: ItemScore
        /// The answers as people read them: `Adopted (2)`, `n/a`, `unknown`, `unanswered`.
        public var beforeText: String
        /// The answer with the changes made, as people read it.
        public var afterText: String
    }

    /// A finding whose status differs.
    public struct FindingChange: Sendable {
        /// The finding as the assessment stands.
        public var finding: Finding
        /// The finding's status as the assessment stands.
        public var before: Finding.Status
        /// The finding's status with the changes made.
        public var after: Finding.Status
    }

    /// An item whose gap differs.
    public struct GapChange: Sendable {
        /// The item's id.
        public var item: String
        /// The gap as the assessment stands; nil when the item is not scored.
        public var before: Double?
        /// The gap with the changes made; nil when the item is not scored.
        public var after: Double?
    }

    /// A capacity module whose priority differs, or that enters or leaves the plan.
    public struct PlanChange: Sendable {
        /// The capacity module's id.
        public var capacity: String
        /// The capacity module's title.
        public var title: String
        /// The module's priority as the assessment stands; nil when it is not in the plan.
        public var before: Double?
        /// The module's priority with the changes made; nil when it leaves the plan.
        public var after: Double?
    }

    /// The scorecard of the assessment as it stands.
    public var before: Scorecard
    /// The scorecard with the changes made.
    public var after: Scorecard
    /// The changed answers, in the order given.
    public var changes: [Change]

    /// Scores `assessment` against `compiled` as it is and with `changes` made.
    ///
    /// - Parameters:
    ///   - assessment: The assessment as it stands.
    ///   - compiled: The framework the assessment answers, compiled for scoring.
    ///   - changes: The answers to change; later changes to the same item win.
    public init(_ assessment: Assessment, against compiled: CompiledFramework, changes: [AnswerChange]) {
        before = Scorer.score(assessment, against: compiled)
        after = Scorer.score(assessment.changing(changes), against: compiled)
        let framework = compiled.framework
        var seen = Set<String>()
        self.changes = changes.reversed().filter { seen.insert($0.item).inserted }.reversed().compactMap {
            [before, after] change in
            guard let item = framework.item(change.item), let was = before.item(change.item),
                let now = after.item(change.item)
            else { return nil }
            let scale = framework.scale(of: item)
            return Change(
                item: change.item, before: was, after: now,
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
            return was == entry.priority
                ? nil
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
