import Foundation
import YAML

/// The formats a comparison renders to, and the file each is written to.
public enum ComparisonOutput: String, Sendable, CaseIterable {
    case text, md, html, csv, json

    /// The file name under `--output DIR`: `comparison.<ext>`.
    public var fileName: String {
        "comparison." + fileExtension
    }

    /// `txt` for text, else the format's name.
    public var fileExtension: String {
        self == .text ? "txt" : rawValue
    }

    /// The comparison rendered in this format. Text and Markdown, read in terminals, show control
    /// characters escaped (`\u001b`), as the terminal output does.
    ///
    /// - Parameter comparison: The comparison to render.
    /// - Returns: The text of the file, or of standard output.
    public func render(_ comparison: Comparison) -> String {
        switch self {
        case .text: ComparisonText.render(comparison).escapingControlCharacters
        case .md: ComparisonMarkdown.render(comparison).escapingControlCharacters
        case .html: ComparisonHTML.render(comparison)
        case .csv: ComparisonCSV.render(comparison)
        case .json: ComparisonJSON.render(comparison)
        }
    }

    /// The formats of a comma-separated list such as `md,html`, in the order given, each once; nil
    /// with the offending name when one is unknown.
    ///
    /// - Parameter list: The value of `--format`, such as `md,html`.
    /// - Returns: The formats, or ``UnknownFormat`` naming the first name that is not a format.
    public static func parseList(_ list: String) -> Result<[ComparisonOutput], UnknownFormat> {
        var formats: [ComparisonOutput] = []
        for name in list.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let format = ComparisonOutput(rawValue: trimmed == "markdown" ? "md" : trimmed) else {
                return .failure(UnknownFormat(name: trimmed))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return .success(formats)
    }

    /// A format name that is not one of `text`, `md`, `html`, `csv`, `json` (nor `xlsx`, which the
    /// command line writes beside them).
    public struct UnknownFormat: Error, Sendable, CustomStringConvertible {
        /// The name as the user wrote it.
        public var name: String
        public var description: String {
            "unknown format '\(name)': use a comma-separated list of \(ComparisonOutput.allCases.map(\.rawValue).joined(separator: ", ")), xlsx (with --output)"
        }
    }
}
