/// Competition ranking ("1224"): the highest score ranks 1, equal scores share a rank, and the next
/// score's rank counts every assessment above it. Scores equal to 1e-9 are ties; null scores are unranked.
enum Ranking {
    /// The rank of each score, in input order.
    static func ranks(_ scores: [Double?]) -> [Int?] {
        let ranked = scores.indices.filter { scores[$0] != nil }.sorted { scores[$0]! > scores[$1]! }
        var result = [Int?](repeating: nil, count: scores.count)
        var previous: (score: Double, rank: Int)?
        for (position, index) in ranked.enumerated() {
            let score = scores[index]!
            let rank = previous.map { abs($0.score - score) <= 1e-9 ? $0.rank : position + 1 } ?? 1
            result[index] = rank
            previous = (score, rank)
        }
        return result
    }

    /// Sets the rank of every entry's overall, coherence, dimension and section scores.
    static func assign(to entries: inout [ComparisonEntry], dimensions: [String], sections: [String]) {
        for (index, rank) in ranks(entries.map(\.overall.score)).enumerated() { entries[index].overall.rank = rank }
        for (index, rank) in ranks(entries.map(\.coherence.score)).enumerated() { entries[index].coherence.rank = rank }
        for id in dimensions {
            for (index, rank) in ranks(entries.map { $0.dimensions[id]?.score }).enumerated() {
                entries[index].dimensions[id]?.rank = rank
            }
        }
        for id in sections {
            for (index, rank) in ranks(entries.map { $0.sections[id]?.score }).enumerated() {
                entries[index].sections[id]?.rank = rank
            }
        }
    }
}
