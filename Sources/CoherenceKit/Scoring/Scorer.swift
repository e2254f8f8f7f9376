import CEL

/// Scores assessments against a framework: a pure function to a `Scorecard` (DESIGN.md §5).
public enum Scorer {
    /// Scores `assessment` against a framework whose expressions are already parsed.
    public static func score(_ assessment: Assessment, against compiled: CompiledFramework) -> Scorecard {
        let framework = compiled.framework
        let layout = compiled.layout
        var warnings: [ScoringWarning] = []
        let (host, activation) = applicableFacts(of: assessment, against: compiled, warnings: &warnings)

        let aggregator = ScoreAggregator(compiled, facts: host.facts)
        let (sectionScores, incompleteSections) = aggregator.sectionScores()
        let overall = aggregator.overall(sections: sectionScores, incomplete: incompleteSections)
        let dimensionScores = aggregator.dimensionScores()
        let coherence = aggregator.coherence(dimensions: dimensionScores)

        host.context = .rule
        host.sectionScores = sectionScores
        host.dimensionScores = dimensionScores
        let findings = self.findings(of: compiled, in: activation)

        let gaps = GapAnalysis(layout: layout, facts: host.facts, findings: findings)
        let items = gaps.itemScores()
        var card = Scorecard(
            framework: FrameworkReference(id: framework.id, version: framework.version),
            country: assessment.country, period: assessment.period, status: assessment.status,
            overall: BandedScore(score: overall, band: framework.band(for: overall)),
            coherence: BandedScore(score: coherence, band: framework.band(for: coherence)),
            dimensions: framework.dimensions.indices.map { position in
                let dimension = framework.dimensions[position]
                let score = dimensionScores[position]
                return DimensionScore(
                    id: dimension.id, title: dimension.title, weight: dimension.weight, score: score,
                    band: framework.band(for: score))
            },
            sections: layout.sections.indices.map { position in
                let section = layout.sections[position]
                let score = sectionScores[position]
                return SectionScore(
                    id: section.id, title: section.title, parent: section.parent, depth: section.depth,
                    weight: section.weight, aggregate: section.aggregate, score: score, band: framework.band(for: score)
                )
            },
            items: items, findings: findings, coverage: coverage(of: items), plan: gaps.plan(items: items),
            warnings: warnings)
        for band in framework.bands { card.bandCodes[band.label] = band.code }
        return card
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

    /// The facts of every item once each `applies_if` has been evaluated, in the host that holds
    /// them and the activation its expressions run in: what every score is computed from. Reform
    /// plans (``ReformPlanner``) start from these facts, so their scores are the scorer's.
    static func applicableFacts(
        of assessment: Assessment, against compiled: CompiledFramework, warnings: inout [ScoringWarning]
    ) -> (host: ExpressionHost, activation: Activation) {
        let layout = compiled.layout
        let host = ExpressionHost(layout: layout, facts: itemFacts(of: assessment, layout: layout))
        // One activation serves every expression: the host functions read the facts as they change.
        let activation = Activation(resolvedVariables: ExpressionHost.variables(of: assessment), host: host)
        applyConditions(of: compiled, to: host, in: activation, warnings: &warnings)
        return (host, activation)
    }

    /// Each rule's status on `assessment`, in rule order, as ``score(_:against:)`` finds them,
    /// without the findings' texts, the items, gaps and plan: what a reform plan needs after each
    /// step.
    static func ruleStatuses(of assessment: Assessment, against compiled: CompiledFramework) -> [Finding.Status] {
        var warnings: [ScoringWarning] = []
        let (host, activation) = applicableFacts(of: assessment, against: compiled, warnings: &warnings)
        let aggregator = ScoreAggregator(compiled, facts: host.facts)
        host.context = .rule
        host.sectionScores = aggregator.sectionScores().scores
        host.dimensionScores = aggregator.dimensionScores()
        return compiled.rules.indices.map { status(ofRule: $0, of: compiled, in: activation).status }
    }

    // MARK: - Steps

    /// Each item's facts from its answer alone (the first, when it has several), by position.
    private static func itemFacts(of assessment: Assessment, layout: ScoringLayout) -> [ItemFacts] {
        let items = layout.items
        let answers = assessment.answers
        var answerOf = [Int?](repeating: nil, count: items.count)
        // Answers mostly follow the framework's order: the item after the last one answered is
        // tried before the index, which would hash every id.
        var next = 0
        for index in answers.indices {
            let position: Int
            if next < items.count, items[next].id == answers[index].item {
                position = next
            } else if let found = layout.itemPositions[answers[index].item] {
                position = found
            } else {
                continue
            }
            if answerOf[position] == nil { answerOf[position] = index }
            next = position + 1
        }
        return items.indices.map { position in
            guard let index = answerOf[position] else {
                return ItemFacts(response: nil, hasEvidence: false, scale: layout.items[position].scale)
            }
            return ItemFacts(
                response: answers[index].response, hasEvidence: !answers[index].evidence.isEmpty,
                scale: layout.items[position].scale)
        }
    }

    /// Evaluates each `applies_if` in document order, excluding the items whose condition is
    /// false; each condition sees the items before it as already decided. A condition that reads
    /// no item is evaluated once however many items share its text.
    private static func applyConditions(
        of compiled: CompiledFramework, to host: ExpressionHost, in activation: Activation,
        warnings: inout [ScoringWarning]
    ) {
        let layout = compiled.layout
        let conditions = compiled.conditions
        var shared = [Result<Value, CELError>?](repeating: nil, count: compiled.sharedConditions)
        // By index, reading each condition in place: `for condition in` copied every one.
        for index in conditions.indices {
            let item = conditions[index].item
            guard host.facts[item].status != .notApplicable else { continue }
            let result: Result<Value, CELError>
            if let position = conditions[index].shared {
                result = shared[position] ?? evaluate(conditions[index].expression.plan, in: activation)
                shared[position] = result
            } else {
                result = evaluate(conditions[index].expression.plan, in: activation)
            }
            switch result {
            case .success(.bool(true)):
                break
            case .success(.bool(false)):
                host.facts[item].exclude(because: conditions[index].exclusionReason)
            case .success(let other):
                warnings.append(
                    ScoringWarning(
                        item: layout.items[item].id, message: "applies_if: \(notABool(other)); the item is scored",
                        location: conditions[index].expression.source.location))
            case .failure(let error):
                warnings.append(
                    ScoringWarning(
                        item: layout.items[item].id, message: "applies_if: \(error.message)",
                        location: ExpressionChecker.location(of: error.offset, in: conditions[index].expression.source))
                )
            }
        }
    }

    /// The finding of every rule: triggered when `when` is true, clear when false, else
    /// undetermined.
    private static func findings(of compiled: CompiledFramework, in activation: Activation) -> [Finding] {
        let rules = compiled.framework.rules
        return rules.indices.map { position in
            let (status, reason) = self.status(ofRule: position, of: compiled, in: activation)
            let rule = rules[position]
            return Finding(
                rule: rule.id, title: rule.title, status: status, severity: rule.severity, items: rule.items,
                dimensions: rule.dimensions, capacity: rule.capacity, finding: rule.finding,
                recommendation: rule.recommendation, reason: reason)
        }
    }

    /// Whether the rule at `position` triggers, and why it could not be decided when it is undetermined.
    private static func status(
        ofRule position: Int, of compiled: CompiledFramework, in activation: Activation
    ) -> (status: Finding.Status, reason: String?) {
        switch evaluate(compiled.rules[position].plan, in: activation) {
        case .success(.bool(true)): (.triggered, nil)
        case .success(.bool(false)): (.clear, nil)
        case .success(let other): (.undetermined, notABool(other))
        case .failure(let error): (.undetermined, error.message)
        }
    }

    /// Evaluates an expression's plan in an activation already built, so several expressions can
    /// share one. The plan is passed alone: calling a method of the expression copied it whole out
    /// of its array, retaining its source and program, which every thread shares, at every call.
    private static func evaluate(
        _ plan: Result<EvaluationPlan, CELError>, in activation: Activation
    ) -> Result<Value, CELError> {
        plan.flatMap { $0.evaluate(activation) }
    }

    /// Why a value is not a condition's answer.
    private static func notABool(_ value: Value) -> String {
        "the condition evaluated to \(value.typeName), not bool"
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
