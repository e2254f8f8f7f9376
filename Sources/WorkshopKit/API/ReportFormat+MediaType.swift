import CoherenceKit

extension ReportFormat {
    /// The media type a gap report in this format is served with, by the API and the export links.
    var mediaType: String {
        switch self {
        case .markdown: "text/markdown"
        case .html: "text/html"
        case .json: "application/json"
        case .csv: "text/csv"
        }
    }
}
