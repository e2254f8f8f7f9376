public import Foundation
public import Spreadsheet
import YAML

/// A filled answer sheet read back into an assessment (DESIGN.md §11): the sheet is turned into the
/// assessment file it stands for, which the assessment loader validates like any other, and every
/// problem, the loader's and the sheet's own, is told by cell, all of them in one run.
public struct AnswerSheetImport: Sendable {
    /// The validated assessment.
    public var assessment: Assessment
    /// The framework the sheet answers.
    public var framework: Framework
    /// The assessment file: answers as level labels, evidence as lists, items in framework order.
    public var text: String

    /// Reads the answer sheet at `path`, refusing a file over the size limit before reading it.
    ///
    /// - Parameters:
    ///   - path: The `.xlsx` file.
    ///   - library: The frameworks folder, where the framework the sheet names is found (and cached).
    ///   - limits: The limits on the file and its contents (DESIGN.md §9).
    /// - Returns: The assessment, its framework, and the assessment file it stands for.
    /// - Throws: ``AnswerSheetError/input(_:)`` when the file is missing, a folder, unreadable or too large;
    ///   ``AnswerSheetError/invalid(_:)`` with every problem, cell by cell, otherwise.
    public static func read(
        _ path: String, library: inout FrameworkLibrary, limits: SpreadsheetLimits = .default
    ) throws(AnswerSheetError) -> AnswerSheetImport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .input(.missing(path: path))
        }
        guard !isDirectory.boolValue else { throw .input(.unreadable(path: path, reason: "it is a folder")) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= limits.maxBytes else {
            throw .invalid([
                CellDiagnostic(
                    SpreadsheetError.refused("the file is larger than \(limits.maxBytes >> 20) MiB").description,
                    file: path)
            ])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .input(.unreadable(path: path, reason: "permission denied or I/O error"))
        }
        return try read(data, file: path, library: &library, limits: limits)
    }

    /// Reads the answer sheet in `data`, against the framework `library` finds for it; `file` names it in messages.
    ///
    /// - Parameters:
    ///   - data: The bytes of an `.xlsx` file.
    ///   - file: The name messages give the file.
    ///   - library: The frameworks folder, where the framework the sheet names is found (and cached).
    ///   - limits: The limits on the file and its contents (DESIGN.md §9).
    /// - Returns: The assessment, its framework, and the assessment file it stands for.
    /// - Throws: ``AnswerSheetError/invalid(_:)`` with every problem, cell by cell.
    public static func read(
        _ data: Data, file: String, library: inout FrameworkLibrary, limits: SpreadsheetLimits = .default
    ) throws(AnswerSheetError) -> AnswerSheetImport {
        try read(data, file: file, limits: limits) { reference throws(Diagnostics) in
            try library.framework(for: reference)
        }
    }

    /// Reads the answer sheet in `data` against `framework`, which it must name.
    ///
    /// - Parameters:
    ///   - data: The bytes of an `.xlsx` file.
    ///   - file: The name messages give the file.
    ///   - framework: The framework the sheet must name, by id and version.
    ///   - limits: The limits on the file and its contents (DESIGN.md §9).
    /// - Returns: The assessment, its framework, and the assessment file it stands for.
    /// - Throws: ``AnswerSheetError/invalid(_:)`` with every problem, cell by cell, including a sheet that names
    ///   another framework.
    public static func read(
        _ data: Data, file: String, framework: Framework, limits: SpreadsheetLimits = .default
    ) throws(AnswerSheetError) -> AnswerSheetImport {
        try read(data, file: file, limits: limits) { reference throws(Diagnostics) in
            guard reference.id == framework.id, reference.version == framework.version else {
                throw Diagnostics([
                    .error(
                        "the sheet answers framework '\(reference.id)' version '\(reference.version)', not '\(framework.id)' version '\(framework.version)'",
                        at: reference.location ?? Location(file: file, line: 1, column: 1))
                ])
            }
            return framework
        }
    }

    private static func read(
        _ data: Data, file: String, limits: SpreadsheetLimits,
        framework: (FrameworkReference) throws(Diagnostics) -> Framework
    ) throws(AnswerSheetError) -> AnswerSheetImport {
        let workbook: ReadWorkbook
        do {
            workbook = try XLSXReader.read(data, limits: limits)
        } catch {
            throw .invalid([CellDiagnostic(error.description, file: file)])
        }
        var reader = AnswerSheetReader(file: file, workbook: workbook)
        let result = reader.read(framework: framework)
        let problems = reader.problems.sorted { reader.order(of: $0) < reader.order(of: $1) }
        guard let result, problems.isEmpty else { throw .invalid(problems) }
        return result
    }
}

extension AnswerSheetImport {
    /// The name of the assessment file in a folder: `<COUNTRY>-<period>-<framework>[-<respondent>].yaml`,
    /// as `coherence report` names reports.
    public var fileName: String {
        var parts = [assessment.country.code, assessment.period, framework.id].map(ReportFormat.safe)
        if let respondent = assessment.respondent { parts.append(ReportFormat.safe(respondent)) }
        return parts.joined(separator: "-") + ".yaml"
    }
}
