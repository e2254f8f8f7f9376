import Foundation

/// How comparison renderers write numbers and labels, so every format agrees.
enum ComparisonFormat {
    /// A score with one decimal, or `empty` when there is none.
    static func score(_ value: Double?, empty: String = "—") -> String {
        guard let value else { return empty }
        return String(format: "%.1f", value)
    }

    /// A signed difference with one decimal (`+4.2`, `-1.0`, `0.0`), or `empty`.
    static func delta(_ value: Double?, empty: String = "—") -> String {
        guard let value else { return empty }
        let text = String(format: "%.1f", value)
        if text == "-0.0" { return "0.0" }
        return value > 0 && text != "0.0" ? "+" + text : text
    }

    /// A rank as `#2`, or `empty`.
    static func rank(_ value: Int?, empty: String = "") -> String {
        value.map { "#\($0)" } ?? empty
    }

    /// An item's state in a period: its value when answered, else its status.
    static func state(_ status: ItemStatus, value: Double?) -> String {
        if status == .answered, let value { return LevelText.format(value) }
        return status.rawValue
    }

    /// What changed between two periods beyond the scores, as titled lists for the Markdown and HTML pages.
    static func changeGroups(_ change: PeriodChange) -> [(title: String, entries: [String])] {
        [
            ("Items improved", change.improved.map(itemChange)),
            ("Items regressed", change.regressed.map(itemChange)),
            ("Status changed", change.statusChanged.map(itemChange)),
            ("Findings appeared", change.appeared.map { "\($0.rule) (\($0.severity.rawValue)): \($0.title)" }),
            ("Findings resolved", change.resolved.map { "\($0.rule) (\($0.severity.rawValue)): \($0.title)" }),
        ]
    }

    /// One line on an item's change: `COOP-01 1 → 3`.
    static func itemChange(_ change: ItemChange) -> String {
        "\(change.item) \(state(change.fromStatus, value: change.fromValue)) → \(state(change.toStatus, value: change.toValue))"
    }

    /// What the comparison covers: the framework, its versions and the shared items.
    static func scope(_ comparison: Comparison) -> String {
        let count = comparison.entries.count
        var text = "\(count) assessment\(count == 1 ? "" : "s") of framework '\(comparison.framework)' "
        if comparison.mixesVersions {
            text +=
                "versions \(comparison.versions.joined(separator: ", ")): \(comparison.sharedItemsSummary); "
                + "each assessment is scored against its own version, items and changes use the shared items"
        } else {
            text += "version \(comparison.versions.first ?? ""): \(comparison.sharedItemsSummary)"
        }
        return text
    }

    /// The name of an entry: `Valoria (VLR) 2026`, with `[version]` when versions are mixed.
    static func label(_ entry: ComparisonEntry, in comparison: Comparison) -> String {
        "\(entry.country.name) (\(entry.country.code)) \(entry.period)"
            + (comparison.mixesVersions ? " [\(entry.frameworkVersion)]" : "")
    }

    /// How many common gaps the human-readable formats list.
    static let commonGapLimit = 10
}
