public import Foundation
public import Spreadsheet

/// A blank answer sheet of a framework, for a ministry to fill in a spreadsheet program (DESIGN.md §11):
/// instructions, the profile, and one row per item with its question, guidance and levels, a drop-down
/// answer cell, and cells for the reason, evidence, note and respondent. Only those cells are open; the
/// framework's own text is locked (without a password) so a slip cannot change it.
public struct AnswerSheetTemplate: Sendable {
    /// The framework, country, period and respondents the sheet is for.
    public var template: AssessmentTemplate
    /// Who the filled sheet goes back to, such as "the facilitator, ana@example.org".
    public var sendTo: String?

    /// Creates the answer sheet of a template.
    ///
    /// - Parameters:
    ///   - template: The framework, country, period and respondents the sheet is for.
    ///   - sendTo: Who the filled sheet goes back to, such as "the facilitator, ana@example.org".
    public init(_ template: AssessmentTemplate, sendTo: String? = nil) {
        self.template = template
        self.sendTo = sendTo
    }

    private var framework: Framework { template.framework }

    /// The workbook; the answers sheet opens first.
    ///
    /// - Returns: The instructions, profile and answers sheets.
    public func workbook() -> Workbook {
        Workbook(sheets: [instructions(), profile(), answers()], activeSheet: 2)
    }

    /// The `.xlsx` file's bytes.
    ///
    /// - Returns: The bytes, the same for the same template.
    /// - Throws: `SpreadsheetError` when the workbook cannot be zipped.
    public func data() throws(SpreadsheetError) -> Data {
        try XLSXWriter.data(workbook())
    }

    private func instructions() -> Worksheet {
        let returnTo =
            sendTo.map { "When it is complete, save it (keep the .xlsx format) and send it to \($0)." }
            ?? "When it is complete, save it (keep the .xlsx format) and send it back to whoever sent it to you."
        let lines: [(String, CellStyle)] = [
            ("Self-assessment: \(framework.title)", .title),
            (
                "Framework '\(framework.id)', version \(framework.version). Country: \(template.country.name) (\(template.country.code)). Period: \(template.period).",
                .text
            ),
            ("", .text),
            ("How to answer", .header),
            (
                "1. On the Profile sheet, check the country and period, write your ministry as id=Name (such as mol=Ministry of Labour), and fill in the profile fields.",
                .text
            ),
            (
                "2. On the Answers sheet, answer every item in the yellow Answer cell: choose a level from the drop-down list. The Levels column says what each level means for that item.",
                .text
            ),
            (
                "3. Choose n/a when the item does not apply to your country, and say why in the Reason cell: an n/a without a reason is not accepted.",
                .text
            ),
            (
                "4. Choose unknown when nobody you can ask knows the answer. Leave the cell empty only if the question is still being discussed.",
                .text
            ),
            (
                "5. Under Evidence, cite the documents that show the answer (a law, a decree, a report), one per line (Alt+Enter starts a new line in a cell). Items marked 'evidence required' need at least one.",
                .text
            ),
            (
                "6. Use Note for anything the reviewers should know, and Respondent for the id of the ministry that answered an item when it is not yours.",
                .text
            ),
            (
                "Items whose Applies column names a condition apply only to some countries: if yours is not one of them, answer n/a and say why.",
                .text
            ),
            (
                "Only the yellow cells can be changed; please do not rename the sheets or change the Item column, so that the answers can be read back.",
                .text
            ),
            ("", .text),
            (returnTo, .text),
        ]
        return Worksheet(
            name: AnswerSheetLayout.instructionsSheet, rows: lines.map { [.text($0.0, $0.1)] }, columnWidths: [110],
            isProtected: true)
    }

    private func profile() -> Worksheet {
        typealias Key = AnswerSheetLayout.HeaderKey
        var rows: [[Cell]] = [["Field", "Value", "Type", "About"].map { .text($0, .header) }]
        var validations: [ListValidation] = []
        func row(_ key: String, _ value: Cell, type: String, about: String) {
            rows.append([.text(key), value, .text(type), .text(about)])
        }
        row(Key.framework.rawValue, .text(framework.id), type: "fixed", about: framework.title)
        row(
            Key.frameworkVersion.rawValue, .text(framework.version), type: "fixed",
            about: "The framework version this sheet answers")
        row(
            Key.country.rawValue, .text(template.country.code, .input), type: "three capital letters",
            about: "The country's ISO 3166-1 alpha-3 style code")
        row(Key.countryName.rawValue, .text(template.country.name, .input), type: "text", about: "The country's name")
        row(Key.period.rawValue, .text(template.period, .input), type: "text", about: "The review period")
        row(Key.date.rawValue, .empty(.input), type: "YYYY-MM-DD", about: "The day the answers were agreed")
        row(
            Key.status.rawValue, .text(Assessment.Status.draft.rawValue, .input), type: "draft or final",
            about: "final once the answers are agreed")
        validations.append(
            ListValidation(cells: ["B\(rows.count)"], choices: Assessment.Status.allCases.map(\.rawValue)))
        // One row per respondent named, or one to fill in: a sheet with one respondent is that ministry's response.
        for respondent in template.respondents.isEmpty ? [nil] : template.respondents.map(Optional.some) {
            row(
                Key.respondent.rawValue, respondent.map { .text("\($0.id)=\($0.name)", .input) } ?? .empty(.input),
                type: "id=Name", about: "The ministry answering, such as mol=Ministry of Labour")
        }
        var booleans: [String] = []
        for field in framework.profile {
            let type =
                switch field.type {
                case .bool: "true or false"
                case .number: "a number"
                case .string: "text"
                case .list: "a list, one per line"
                }
            row(AnswerSheetLayout.profileKey(field.id), .empty(.input), type: type, about: field.title ?? field.id)
            if field.type == .bool { booleans.append("B\(rows.count)") }
        }
        if !booleans.isEmpty { validations.append(ListValidation(cells: booleans, choices: ["true", "false"])) }
        return Worksheet(
            name: AnswerSheetLayout.profileSheet, rows: rows, columnWidths: [26, 36, 22, 60], frozenRows: 1,
            isProtected: true,
            validations: validations)
    }

    private func answers() -> Worksheet {
        let columns = AnswerSheetLayout.answerColumns
        var rows: [[Cell]] = [columns.map { .text($0.heading, .header) }]
        // Answer cells grouped by the choices their drop-down offers, in order of first use.
        var choiceGroups: [(choices: [String], strict: Bool, prompt: String, cells: [String])] = []
        let answerColumn = CellReference.letters(
            ofColumn: columns.firstIndex { $0.key == AnswerSheetLayout.answer.key }! + 1)
        for (section, _) in framework.allSections where !section.items.isEmpty {
            let title = section.title + (section.reference.map { " (\($0))" } ?? "")
            rows.append(columns.indices.map { $0 == 1 ? .text(title, .section) : .empty(.section) })
            for item in section.items {
                rows.append(row(for: item))
                let scale = framework.scale(of: item)
                let (choices, strict, prompt) =
                    switch scale.kind {
                    case .levels(let levels):
                        (
                            levels.map(\.label) + [AnswerSheetLayout.notApplicable, AnswerSheetLayout.unknown], true,
                            "Choose a level, n/a or unknown"
                        )
                    case .range(let min, let max):
                        (
                            [AnswerSheetLayout.notApplicable, AnswerSheetLayout.unknown], false,
                            "Write a number from \(LevelText.format(min)) to \(LevelText.format(max)), or choose n/a or unknown"
                        )
                    }
                let cell = "\(answerColumn)\(rows.count)"
                if let group = choiceGroups.firstIndex(where: { $0.choices == choices && $0.strict == strict }) {
                    choiceGroups[group].cells.append(cell)
                } else {
                    choiceGroups.append((choices, strict, prompt, [cell]))
                }
            }
        }
        let validations = choiceGroups.map {
            ListValidation(cells: $0.cells, choices: $0.choices, isStrict: $0.strict, prompt: $0.prompt)
        }
        return Worksheet(
            name: AnswerSheetLayout.answersSheet, rows: rows, columnWidths: columns.map(\.width), frozenRows: 1,
            isProtected: true, validations: validations)
    }

    private func row(for item: Item) -> [Cell] {
        let scale = framework.scale(of: item)
        var levels: [String]
        switch scale.kind {
        case .levels(let scaleLevels):
            levels = scaleLevels.map { level in
                let meaning = item.rubric[level.value] ?? level.meaning
                return "\(LevelText.format(level.value)) \(level.label)" + (meaning.map { ": \($0)" } ?? "")
            }
        case .range(let min, let max):
            levels = ["A number from \(LevelText.format(min)) to \(LevelText.format(max))"]
        }
        if item.evidence == .required { levels.append("Evidence required.") }
        let applies: Cell = item.appliesIf.map { .text("Only if: \($0.text)", .remark) } ?? .text("Always")
        return [
            .text(item.id), .text(item.question), .text(item.guidance ?? ""), .text(levels.joined(separator: "\n")),
            .empty(.input), .empty(.input), .empty(.input), .empty(.input), .empty(.input), applies,
        ]
    }
}
