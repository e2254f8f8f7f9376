import CEL

/// Scores assessments against a framework: a pure function to a `Scorecard` (DESIGN.md §5).
public enum Scorer {
    /// Scores `assessment` against a framework whose expressions are already parsed.
    public static func score(_ assessment: Assessment, against compiled: CompiledFramework) -> Scorecard {
        let framework = compiled.framework
        var warnings: [ScoringWarning] = []
        let variables = ExpressionHost.variables(of: assessment)
        let facts = itemFacts(of: assessment, against: compiled, variables: variables, warnings: &warnings)

        let aggregator = ScoreAggregator(framework: framework, facts: facts)
        let sectionScores = aggregator.sectionScores()
        let overall = aggregator.overall(sections: sectionScores)
        let dimensionScores = aggregator.dimensionScores()
        let coherence = aggregator.coherence(dimensions: dimensionScores)

        let host = ExpressionHost(
            context: .rule, facts: facts, variables: variables, sectionScores: sectionScores,
            sectionIDs: Set(framework.allSections.map(\.section.id)), dimensionScores: dimensionScores,
            dimensionIDs: Set(framework.dimensions.map(\.id)))
        // The rules all see the same facts and scores: one activation serves them all.
        let activation = host.activation()
        let findings = compiled.rules.map { finding(of: $0, in: activation) }

        let gaps = GapAnalysis(framework: framework, facts: facts, findings: findings)
        let items = gaps.itemScores()
        return Scorecard(
            framework: FrameworkReference(id: framework.id, version: framework.version),
            country: assessment.country, period: assessment.period, status: assessment.status,
            overall: BandedScore(score: overall, band: framework.band(for: overall)),
            coherence: BandedScore(score: coherence, band: framework.band(for: coherence)),
            dimensions: framework.dimensions.map { dimension in
                let score = dimensionScores[dimension.id]
                return DimensionScore(
                    id: dimension.id, title: dimension.title, weight: dimension.weight, score: score,
                    band: framework.band(for: score))
            },
            sections: sectionScoreList(framework, sectionScores),
            items: items, findings: findings, coverage: coverage(of: items), plan: gaps.plan(items: items),
            warnings: warnings)
    }

    /// Scores `assessment` against `framework`, parsing its expressions first.
    public static func score(_ assessment: Assessment, against framework: Framework) -> Scorecard {
        score(assessment, against: CompiledFramework(framework))
    }

    /// Scores several assessments against one framework, parsing its expressions once; input order.
    public static func score(_ assessments: [Assessment], against framework: Framework) -> [Scorecard] {
        let compiled = CompiledFramework(framework)
        return assessments.map { score($0, against: compiled) }
    }

    // MARK: - Steps

    /// Each item's facts: from its answer, then `applies_if` evaluated in document order, each
    /// condition seeing the items before it as already decided.
    private static func itemFacts(
        of assessment: Assessment, against compiled: CompiledFramework, variables: [String: Value],
        warnings: inout [ScoringWarning]
    ) -> [String: ItemFacts] {
        let framework = compiled.framework
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(assessment.answers.count)
        for answer in assessment.answers where answers[answer.item] == nil { answers[answer.item] = answer }
        var host = ExpressionHost(context: .appliesIf, facts: [:], variables: variables)
        // Items are read in place by index: a `for item in` loop copies every item, strings and all.
        let items = framework.allItems
        host.facts.reserveCapacity(items.count)
        for index in items.indices {
            let id = items[index].id
            host.facts[id] = ItemFacts(item: items[index], answer: answers[id], scale: framework.scale(of: items[index]))
        }
        // Conditions share one activation until an item is excluded; the next one then sees the change.
        var activation: Activation?
        for index in items.indices {
            let id = items[index].id
            guard let condition = compiled.appliesIf[id], host.facts[id]?.status != .notApplicable
            else { continue }
            switch evaluate(condition, in: &activation, of: host) {
            case .success(.bool(true)):
                break
            case .success(.bool(false)):
                // Dropped before the facts change, so they are changed in place rather than copied.
                activation = nil
                host.facts[id]?.excludeByCondition(condition.source.text)
            case .success(let other):
                warnings.append(ScoringWarning(
                    item: id, message: "applies_if: \(notABool(other)); the item is scored",
                    location: condition.source.location))
            case .failure(let error):
                warnings.append(ScoringWarning(
                    item: id, message: "applies_if: \(error.message)",
                    location: ExpressionChecker.location(of: error.offset, in: condition.source)))
            }
        }
        return host.facts
    }

    /// Evaluates `condition` in `activation`, building it from `host` first when there is none.
    private static func evaluate(
        _ condition: CompiledExpression, in activation: inout Activation?, of host: ExpressionHost
    ) -> Result<Value, CELError> {
        if activation == nil { activation = host.activation() }
        return condition.evaluate(in: activation ?? host.activation())
    }

    /// The finding of one rule: triggered when `when` is true, clear when false, else undetermined.
    private static func finding(of compiled: CompiledRule, in activation: Activation) -> Finding {
        let rule = compiled.rule
        let status: Finding.Status
        var reason: String?
        switch compiled.when.evaluate(in: activation) {
        case .success(.bool(true)):
            status = .triggered
        case .success(.bool(false)):
            status = .clear
        case .success(let other):
            status = .undetermined
            reason = notABool(other)
        case .failure(let error):
            status = .undetermined
            reason = error.message
        }
        return Finding(
            rule: rule.id, title: rule.title, status: status, severity: rule.severity, items: rule.items,
            dimensions: rule.dimensions, capacity: rule.capacity, finding: rule.finding,
            recommendation: rule.recommendation, reason: reason)
    }

    /// Why a value is not a condition's answer.
    private static func notABool(_ value: Value) -> String {
        "the condition evaluated to \(value.typeName), not bool"
    }

    private static func sectionScoreList(_ framework: Framework, _ scores: [String: Double]) -> [SectionScore] {
        var depths: [String: Int] = [:]
        return framework.allSections.map { section, parent in
            let depth = parent.map { (depths[$0] ?? 0) + 1 } ?? 0
            depths[section.id] = depth
            let score = scores[section.id]
            return SectionScore(
                id: section.id, title: section.title, parent: parent, depth: depth, weight: section.weight,
                aggregate: section.aggregate, score: score, band: framework.band(for: score))
        }
    }

    /// Counts by status in one pass; indexing reads the fields in place instead of copying each item.
    private static func coverage(of items: [ItemScore]) -> Coverage {
        var (answered, unknown, unanswered, notApplicable, withEvidence) = (0, 0, 0, 0, 0)
        for index in items.indices {
            switch items[index].status {
            case .answered:
                answered += 1
                if items[index].hasEvidence { withEvidence += 1 }
            case .unknown: unknown += 1
            case .unanswered: unanswered += 1
            case .notApplicable: notApplicable += 1
            }
        }
        return Coverage(
            items: items.count, applicable: items.count - notApplicable, answered: answered, unknown: unknown,
            unanswered: unanswered, notApplicable: notApplicable, withEvidence: withEvidence)
    }
}
