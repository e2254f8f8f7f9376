extension ComparisonOutput {
    /// A comparison by crosswalk rendered in this format.
    ///
    /// - Parameter comparison: The comparison by crosswalk to render.
    /// - Returns: The rendered text.
    public func render(_ comparison: CrosswalkComparison) -> String {
        switch self {
        case .text: CrosswalkComparisonText.render(comparison)
        case .md: CrosswalkComparisonMarkdown.render(comparison)
        case .html: CrosswalkComparisonHTML.render(comparison)
        case .csv: CrosswalkComparisonCSV.render(comparison)
        case .json: CrosswalkComparisonJSON.render(comparison)
        }
    }
}
