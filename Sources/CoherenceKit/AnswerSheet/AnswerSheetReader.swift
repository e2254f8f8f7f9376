import Spreadsheet
import YAML

/// Turns the sheets of one answer sheet into an assessment file, checking what only a sheet can get
/// wrong (a renamed sheet, a deleted or duplicated row, an n/a without a reason) along the way.
struct AnswerSheetReader {
    let file: String
    let workbook: ReadWorkbook
    var problems: [CellDiagnostic] = []
    var yaml = SheetYAML()

    init(file: String, workbook: ReadWorkbook) {
        self.file = file
        self.workbook = workbook
    }

    /// The assessment, or nil with `problems` saying why.
    mutating func read(framework find: (FrameworkReference) throws(Diagnostics) -> Framework) -> AnswerSheetImport? {
        guard let profile = sheet(AnswerSheetLayout.profileSheet), let answers = sheet(AnswerSheetLayout.answersSheet)
        else {
            return nil
        }
        let profileRows = ProfileRows(profile, file: file)
        problems += profileRows.problems
        guard let framework = header(profileRows, find: find) else { return nil }
        respondentsAndProfile(profileRows, framework: framework)
        readAnswers(answers, framework: framework)
        let root: Node
        do {
            root = try YAMLParser().parse(yaml.text, file: file)
        } catch {
            problems += error.all.map { yaml.cellDiagnostic($0, file: file) }
            return nil
        }
        do {
            let assessment = try AssessmentLoader.load(root, against: framework)
            guard problems.isEmpty else { return nil }
            let text = ConsolidatedYAML.render(
                assessment, framework: framework, comment: ["Imported by `coherence import` from \(file)."],
                levelsAsLabels: true)
            return AnswerSheetImport(assessment: assessment, framework: framework, text: text)
        } catch {
            problems += error.all.map { yaml.cellDiagnostic($0, file: file) }
            return nil
        }
    }

    /// The sheet named `name`, or nil with a problem naming the sheets the file has.
    private mutating func sheet(_ name: String) -> ReadSheet? {
        if let sheet = workbook.sheet(named: name) { return sheet }
        let names = workbook.sheets.map(\.name)
        problems.append(
            CellDiagnostic(
                "no sheet named '\(name)'\(Suggestion.hint(for: name, in: names)): the file has \(list(names)); "
                    + "give the sheet its name '\(name)' back (sheets of an answer sheet must keep their names)",
                file: file))
        return nil
    }

    /// Writes the assessment header and finds the framework the sheet names.
    private mutating func header(
        _ rows: ProfileRows, find: (FrameworkReference) throws(Diagnostics) -> Framework
    ) -> Framework? {
        typealias Key = AnswerSheetLayout.HeaderKey
        guard let idCell = rows.required(Key.framework.rawValue, into: &problems),
            let versionCell = rows.required(Key.frameworkVersion.rawValue, into: &problems)
        else { return nil }
        yaml.append("assessment:")
        yaml.append("  framework: \(SheetYAML.quoted(idCell.text))", from: idCell.place)
        let versionLine = yaml.nextLine
        yaml.append("  framework_version: \(SheetYAML.quoted(versionCell.text))", from: versionCell.place)
        yaml.append("  country:")
        for (key, field) in [(Key.country, "code"), (Key.countryName, "name")] {
            let cell = rows.required(key.rawValue, into: &problems)
            yaml.append("    \(field): \(SheetYAML.quoted(cell?.text ?? ""))", from: cell?.place)
        }
        for key in [Key.period, Key.status] {
            if let cell = rows.value(key.rawValue) {
                yaml.append("  \(key.rawValue): \(SheetYAML.quoted(cell.text))", from: cell.place)
            }
        }
        if let cell = rows.value(Key.date.rawValue) {
            yaml.append("  date: \(SheetYAML.quoted(SheetDate.text(cell.content)))", from: cell.place)
        }
        let respondents = rows.respondents
        if respondents.count == 1, let only = respondents.first {
            yaml.append("  respondent: \(SheetYAML.quoted(only.id))", from: only.place)
        }
        do {
            return try find(
                .init(
                    id: idCell.text, version: versionCell.text,
                    location: Location(file: file, line: versionLine, column: 22)))
        } catch {
            problems += error.all.map { yaml.cellDiagnostic($0, file: file) }
            return nil
        }
    }

    /// Writes the respondents and the profile fields.
    private mutating func respondentsAndProfile(_ rows: ProfileRows, framework: Framework) {
        if !rows.respondents.isEmpty {
            yaml.append("respondents:")
            for respondent in rows.respondents {
                yaml.append("  - id: \(SheetYAML.quoted(respondent.id))", from: respondent.place)
                yaml.append("    name: \(SheetYAML.quoted(respondent.name))", from: respondent.place)
            }
        }
        let fields = framework.profile.compactMap { field in
            rows.value(AnswerSheetLayout.profileKey(field.id)).map { (field, $0) }
        }
        guard !fields.isEmpty else { return }
        yaml.append("profile:")
        for (field, cell) in fields {
            let value: String =
                switch field.type {
                case .list:
                    "[" + SheetText.lines(cell.text, commas: true).map(SheetYAML.quoted).joined(separator: ", ") + "]"
                case .bool where ["true", "false"].contains(cell.text.lowercased()):
                    cell.text.lowercased()
                case .bool, .number:
                    SheetYAML.scalar(cell.content)
                case .string:
                    SheetYAML.quoted(cell.text)
                }
            yaml.append("  \(SheetYAML.quoted(field.id)): \(value)", from: cell.place)
        }
    }

    /// The order problems are listed in: the profile, then the answers, each by row and column.
    func order(of problem: CellDiagnostic) -> (Int, Int, Int) {
        let sheet = problem.sheet.map { name in workbook.sheets.firstIndex { $0.name == name } ?? Int.max - 1 } ?? -1
        return (sheet, problem.cell?.row ?? 0, problem.cell?.column ?? 0)
    }
}
