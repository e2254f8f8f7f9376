/// One answer changed for a what-if: `ITEM=ANSWER` on the command line (DESIGN.md §12).
public struct AnswerChange: Sendable, Hashable {
    /// The id of the item whose answer changes.
    public var item: String
    /// The new answer: a level, `n/a` or `unknown`.
    public var response: Answer.Response

    /// Creates a change.
    ///
    /// - Parameters:
    ///   - item: The id of the item whose answer changes.
    ///   - response: The new answer: a level, `n/a` or `unknown`.
    public init(item: String, response: Answer.Response) {
        self.item = item
        self.response = response
    }

    /// Reads `ITEM=ANSWER`, where ANSWER is a level value or label of the item's scale, `n/a` or
    /// `unknown`, as an assessment file writes it; an error naming what to fix otherwise.
    ///
    /// - Parameters:
    ///   - text: The text after `--set`, such as `LAB-02=3` or `LAB-02=Implemented`.
    ///   - framework: The framework whose items and scales the change must name.
    /// - Returns: The change, or a ``PlanningError`` saying what to fix: no `=`, an unknown item (with the nearest id),
    ///   or an answer outside the item's scale.
    public static func parse(_ text: String, in framework: Framework) -> Result<AnswerChange, PlanningError> {
        guard let equals = text.firstIndex(of: "=") else {
            return .failure(
                PlanningError("expected ITEM=ANSWER, got '\(text)': for example LAB-02=3 or LAB-02=Implemented"))
        }
        let id = String(text[..<equals]).trimmingSpaces
        let answer = String(text[text.index(after: equals)...]).trimmingSpaces
        guard let item = framework.item(id) else {
            return .failure(
                PlanningError(
                    "unknown item '\(id)'\(Suggestion.hint(for: id, in: framework.sortedItemIDs)): framework '\(framework.id)' \(framework.version) has no such item"
                ))
        }
        let scale = framework.scale(of: item)
        if AssessmentLoader.equalIgnoringCase(answer, "n/a") {
            return .success(AnswerChange(item: id, response: .notApplicable(reason: nil)))
        }
        if AssessmentLoader.equalIgnoringCase(answer, "unknown") {
            return .success(AnswerChange(item: id, response: .unknown))
        }
        if let value = Double(answer), value.isFinite {
            guard scale.contains(value) else {
                return .failure(
                    PlanningError(
                        "\(LevelText.format(value)) is outside the scale of '\(id)': use \(describe(scale)), n/a or unknown"
                    ))
            }
            return .success(AnswerChange(item: id, response: .level(value)))
        }
        if let level = scale.level(labeled: answer) {
            return .success(AnswerChange(item: id, response: .level(level.value)))
        }
        let words = scale.levels.map(\.label) + ["n/a", "unknown"]
        return .failure(
            PlanningError(
                "'\(answer)' is not an answer to '\(id)'\(Suggestion.hint(for: answer, in: words)): use \(describe(scale)), n/a or unknown"
            ))
    }
}

extension Assessment {
    /// The assessment with `changes` made: an answer's response replaced (its evidence and note
    /// kept), or a new answer added for an item it left unanswered. Later changes win.
    ///
    /// - Parameter changes: The changes, applied in order.
    /// - Returns: A copy of the assessment with the changes made; the assessment itself is unchanged.
    public func changing(_ changes: [AnswerChange]) -> Assessment {
        var result = self
        for change in changes {
            if let index = result.answers.firstIndex(where: { $0.item == change.item }) {
                result.answers[index].response = change.response
            } else {
                result.answers.append(Answer(item: change.item, response: change.response, location: location))
            }
        }
        return result
    }
}

extension String {
    /// The text without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
