/// How long a text field of a framework or an assessment may be (DESIGN.md §9), so that no text
/// repeated in a report (a level label beside every item) can make it grow beyond its inputs.
enum TextLimit {
    /// Ids, titles, names and labels: 500 characters.
    case label
    /// Every other text: questions, guidance, descriptions, notes, evidence: 10,000 characters.
    case text

    var maxLength: Int {
        switch self {
        case .label: 500
        case .text: 10_000
        }
    }

    /// "is 1200 characters long: shorten it to at most 500", or nil when `text` fits. Characters
    /// are Unicode scalars, so a run of combining marks counts for what it weighs.
    func problem(with text: String) -> String? {
        // UTF-8 is at least one byte per scalar: most texts are settled without counting.
        guard text.utf8.count > maxLength else { return nil }
        let length = text.unicodeScalars.count
        guard length > maxLength else { return nil }
        return "is \(length) characters long: shorten it to at most \(maxLength)"
    }
}

/// The bound on every number of a framework or an assessment (DESIGN.md §9): finite, with a
/// magnitude of at most 10^12. Sums and products of such numbers stay exact enough and far from
/// overflow, and every formatter can print them.
enum NumberBounds {
    static let magnitude = 1e12

    static func contains(_ number: Double) -> Bool {
        number.isFinite && number.magnitude <= magnitude
    }

    /// The message for a number outside the bounds, written as `text` in the file.
    static func problem(with text: String) -> String {
        "must be a finite number from -1000000000000 to 1000000000000 (10^12), found \(text)"
    }
}
