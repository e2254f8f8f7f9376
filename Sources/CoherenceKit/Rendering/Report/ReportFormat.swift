import Foundation
import YAML

/// The formats `coherence report` writes, and the file each report goes to.
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    case json
    case csv

    /// The file extension, which is also the name users give on the command line.
    public var fileExtension: String { rawValue }

    /// Parses a comma-separated list such as "md,html" ("markdown" is also accepted), without repeats.
    ///
    /// - Parameter text: The value of `--format`, such as `md,html`.
    /// - Returns: The formats in the order given, or the ``UnknownFormat`` naming the first name that is not one.
    public static func list(_ text: String) -> Result<[ReportFormat], UnknownFormat> {
        var formats: [ReportFormat] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            let format = name == "markdown" ? .markdown : ReportFormat(rawValue: name)
            guard let format else { return .failure(UnknownFormat(name: name)) }
            if !formats.contains(format) { formats.append(format) }
        }
        return .success(formats)
    }

    /// A format name that is not one of `md`, `html`, `json`, `csv`.
    public struct UnknownFormat: Error, Sendable {
        /// The name as the user wrote it.
        public var name: String
    }

    /// `report` rendered in this format. Markdown, plain text often read in a terminal, shows
    /// control characters escaped (`\u001b`) as the terminal output does; HTML, JSON and CSV keep
    /// them within their own syntax (DESIGN.md §9, README "Limits").
    ///
    /// - Parameter report: The report to render.
    /// - Returns: The text of the report's file in this format.
    public func render(_ report: GapReport) -> String {
        switch self {
        case .markdown: ReportMarkdown.render(report).escapingControlCharacters
        case .html: ReportHTML.render(report)
        case .json: ReportJSON.render(report)
        case .csv: ReportCSV.render(report)
        }
    }

    /// The file name of a report: `<COUNTRY>-<period>-<framework>[-<respondent>].<ext>`, such as
    /// `VLR-2026-iamm.html` (a single ministry's response adds its respondent id); the period and respondent keep only letters, digits, `.`, `_` and `-`.
    ///
    /// - Parameter report: The report the file holds.
    /// - Returns: The file name, such as `VLR-2026-iamm.html`.
    public func fileName(for report: GapReport) -> String {
        fileName(
            country: report.country.code, period: report.scorecard.period,
            framework: report.scorecard.framework.id, respondent: report.respondentID)
    }

    /// The file name the report of `assessment`, scored against `framework`, will have: the same
    /// name as `fileName(for:)` gives, known before scoring (the scorecard copies these fields).
    ///
    /// - Parameters:
    ///   - assessment: The assessment the report will be of.
    ///   - framework: The framework it answers.
    /// - Returns: The file name, such as `VLR-2026-iamm.html`.
    public func fileName(for assessment: Assessment, framework: Framework) -> String {
        fileName(
            country: assessment.country.code, period: assessment.period,
            framework: framework.id, respondent: assessment.respondent)
    }

    private func fileName(country: String, period: String, framework: String, respondent: String?) -> String {
        var parts = [Self.safe(country), Self.safe(period), Self.safe(framework)]
        if let respondent { parts.append(Self.safe(respondent)) }
        return parts.joined(separator: "-") + "." + fileExtension
    }

    /// `text` with every character outside `[A-Za-z0-9._-]` replaced by `-`, runs of `-` collapsed, and no
    /// leading dot or dash; "x" when nothing is left.
    static func safe(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let keep =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "._-".unicodeScalars.contains(scalar))
            let c = keep ? Character(scalar) : "-"
            if c == "-" && result.hasSuffix("-") { continue }
            result.append(c)
        }
        while let first = result.first, first == "." || first == "-" { result.removeFirst() }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "x" : result
    }
}

extension GapReport {
    /// The report's files in `formats`: each file's name and text, in the order of `formats`.
    ///
    /// - Parameter formats: The formats to write.
    /// - Returns: One file per format, named as `fileName(for:)` names it.
    public func files(in formats: [ReportFormat]) -> [(name: String, text: String)] {
        formats.map { ($0.fileName(for: self), $0.render(self)) }
    }
}
