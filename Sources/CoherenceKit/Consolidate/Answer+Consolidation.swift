/// What consolidation reads from an answer.
extension Answer {
    /// The answered value; nil for n/a and unknown.
    var value: Double? {
        if case .level(let value) = response { return value }
        return nil
    }

    var isNotApplicable: Bool {
        if case .notApplicable = response { return true }
        return false
    }

    /// The reason given for n/a.
    var reason: String? {
        if case .notApplicable(let reason) = response { return reason }
        return nil
    }
}
