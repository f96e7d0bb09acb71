/// Finds the nearest candidates to a misspelt word, for "did you mean" messages.
public enum Suggestion {
    /// The closest candidate by edit distance (case-insensitive), if it is close enough to be a likely typo.
    public static func nearest(to word: String, in candidates: some Collection<String>) -> String? {
        nearest(to: word, in: candidates, limit: 1).first
    }

    /// Up to `limit` candidates close to `word`, nearest first, ties in the candidates' order.
    ///
    /// Four kinds of match, in this order:
    /// 1. a likely typo: edit distance 1 (`licences` → `licenses`);
    /// 2. an abbreviation: `word` is the initials of a candidate of two or more words separated by `-`, `_` or
    ///    `.` (`mau` → `monthly-active-users`);
    /// 3. a prefix: a candidate that starts with `word` (three characters or more) where a new word or a number
    ///    begins (`cc-by-nc` → `cc-by-nc-4.0`, `llama` → `llama3.1`), the shortest rest first, then the highest
    ///    (so the latest version);
    /// 4. the words of a name: `word`'s words (four characters or more in all) are words of a candidate
    ///    that has more, in the same order (`revenue` → `annual-revenue-usd`, `monthly-users` →
    ///    `monthly-active-users`);
    /// 5. an edit distance up to a third of the word's length (at least 2).
    ///
    /// Case is ignored throughout.
    public static func nearest(to word: String, in candidates: some Collection<String>, limit: Int) -> [String] {
        let lowered = word.lowercased()
        let target = Array(lowered.unicodeScalars)
        let threshold = max(2, target.count / 3)
        var typos: [(distance: Int, index: Int, candidate: String)] = []
        var abbreviations: [String] = []
        var prefixed: [(rest: Int, lowered: String, candidate: String)] = []
        var worded: [String] = []
        for (index, candidate) in candidates.enumerated() {
            let other = candidate.lowercased()
            let distance = editDistance(target, Array(other.unicodeScalars), bound: threshold)
            if distance <= threshold { typos.append((distance, index, candidate)) }
            if distance > 1, isAbbreviation(lowered, of: other) { abbreviations.append(candidate) }
            if distance > 1, isWordPrefix(lowered, of: other) {
                prefixed.append((other.count - lowered.count, other, candidate))
            }
            if distance > 1, lowered.count >= 4, isWordSubsequence(lowered, of: other) { worded.append(candidate) }
        }
        typos.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        prefixed.sort { ($0.rest, $1.lowered) < ($1.rest, $0.lowered) }
        let ordered =
            typos.prefix { $0.distance <= 1 }.map(\.candidate) + abbreviations + prefixed.map(\.candidate) + worded
            + typos.drop { $0.distance <= 1 }.map(\.candidate)
        var seen = Set<String>()
        var result: [String] = []
        for candidate in ordered where result.count < limit && seen.insert(candidate).inserted {
            result.append(candidate)
        }
        return result
    }

    /// Whether `word` is the initials of `candidate`'s words (two or more), both lower case.
    static func isAbbreviation(_ word: String, of candidate: String) -> Bool {
        let words = candidate.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." })
        guard words.count >= 2, words.count == word.count else { return false }
        return zip(words, word).allSatisfy { $0.first == $1 }
    }

    /// Whether `word`'s words are words of `candidate`, which has more of them, in order. Both lower case.
    static func isWordSubsequence(_ word: String, of candidate: String) -> Bool {
        let separators: (Character) -> Bool = { $0 == "-" || $0 == "_" || $0 == "." || $0 == " " }
        let words = word.split(whereSeparator: separators)
        let others = candidate.split(whereSeparator: separators)
        guard !words.isEmpty, words.count < others.count else { return false }
        var remaining = others[...]
        for w in words {
            guard let index = remaining.firstIndex(of: w) else { return false }
            remaining = remaining[(index + 1)...]
        }
        return true
    }

    /// Whether `candidate` starts with `word` (three characters or more) and goes on with a new word or a
    /// number: a separator or a digit after a letter. Both lower case.
    static func isWordPrefix(_ word: String, of candidate: String) -> Bool {
        guard word.count >= 3, candidate.count > word.count, candidate.hasPrefix(word),
            let last = word.last, let next = candidate.dropFirst(word.count).first
        else { return false }
        return next == "-" || next == "_" || next == "." || (next.isNumber && !last.isNumber)
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
