/// Finds the nearest candidates to a misspelt word, for "did you mean" messages.
public enum Suggestion {
    /// The closest candidate by edit distance (case-insensitive), if it is close enough to be a likely typo.
    public static func nearest(to word: String, in candidates: some Collection<String>) -> String? {
        nearest(to: word, in: candidates, limit: 1).first
    }

    /// Up to `limit` candidates close to `word`, nearest first, ties in the candidates' order.
    public static func nearest(to word: String, in candidates: some Collection<String>, limit: Int) -> [String] {
        let target = Array(word.lowercased().unicodeScalars)
        let threshold = max(2, target.count / 3)
        var scored: [(distance: Int, index: Int, candidate: String)] = []
        for (index, candidate) in candidates.enumerated() {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), bound: threshold)
            if distance <= threshold { scored.append((distance, index, candidate)) }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        var seen = Set<String>()
        var result: [String] = []
        for entry in scored where result.count < limit && seen.insert(entry.candidate).inserted {
            result.append(entry.candidate)
        }
        return result
    }

    /// Damerau–Levenshtein (optimal string alignment) distance; stops early past `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int {
        if abs(a.count - b.count) > bound { return bound + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > bound { return bound + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
