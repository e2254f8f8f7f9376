/// Where an answer sheet keeps what: its sheets, the columns of the answers, the keys of the profile.
/// The template writes this layout and the importer finds it again, by sheet name, by the keys in the
/// profile's first column, and by the headings of the answers (so added or moved columns do not matter).
enum AnswerSheetLayout {
    static let instructionsSheet = "Instructions"
    static let profileSheet = "Profile"
    static let answersSheet = "Answers"

    /// A column of the answers sheet: its heading, and the word the importer finds it by.
    struct Column: Sendable {
        var heading: String
        var key: String
        var width: Double
    }

    static let item = Column(heading: "Item", key: "item", width: 10)
    static let question = Column(heading: "Question", key: "question", width: 48)
    static let guidance = Column(heading: "Guidance", key: "guidance", width: 36)
    static let levels = Column(heading: "Levels", key: "levels", width: 48)
    static let answer = Column(heading: "Answer", key: "answer", width: 16)
    static let reason = Column(heading: "Reason (for n/a)", key: "reason", width: 28)
    static let evidence = Column(heading: "Evidence (one per line)", key: "evidence", width: 36)
    static let note = Column(heading: "Note", key: "note", width: 28)
    static let respondent = Column(heading: "Respondent", key: "respondent", width: 14)
    static let applies = Column(heading: "Applies", key: "applies", width: 28)

    /// The answers sheet's columns, in the order the template writes them.
    static let answerColumns = [item, question, guidance, levels, answer, reason, evidence, note, respondent, applies]

    /// Keys in the profile sheet's first column for the assessment header.
    enum HeaderKey: String, CaseIterable {
        case framework, frameworkVersion = "framework_version", country, countryName = "country_name", period, date,
            status,
            respondent
    }

    /// The profile sheet's key for a profile field: `profile.origin`.
    static func profileKey(_ field: String) -> String { "profile." + field }

    static let notApplicable = "n/a"
    static let unknown = "unknown"
}
