import YAML

/// Where each id of a catalogue was first met (scales, capacity modules, respondents), so that a
/// second one is refused with a note at the first.
extension [String: Location] {
    /// Records `id` as met at `location` and returns true; when `id` was met before, appends
    /// "duplicate `kind` 'id'" at `location` with the note `first` at the earlier place, and
    /// returns false.
    mutating func claim(
        _ id: String, as kind: String, at location: Location, first: String, into diagnostics: inout [Diagnostic]
    ) -> Bool {
        if let earlier = self[id] {
            diagnostics.append(
                .error("duplicate \(kind) '\(id)'", at: location, notes: [.note(first, at: earlier)]))
            return false
        }
        self[id] = location
        return true
    }
}
