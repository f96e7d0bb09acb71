/// Tells which license of the catalog a text is, from the fingerprints of the licensors' texts.
///
/// The algorithm, in the order it runs:
/// 1. the text is normalized (``LicenseNormalizer``) into words;
/// 2. every fingerprint is scored at once through an index of word pairs: the Sørensen–Dice similarity of the
///    two sets of word pairs (as licensee does with words), and the share of the fingerprint's pairs the text
///    holds (its coverage);
/// 3. the best-scoring fingerprint is diffed word by word with the text (``WordDiff``); no difference (or only
///    a left-out title) is `exact`; else a score of at least ``closeScore``, or a coverage of at least
///    ``closeCoverage`` (the whole license with other text around it), is `close`, with each difference named;
///    else `none`. A text scoring below ``floorScore`` with a coverage below ``closeCoverage`` is not diffed;
/// 4. the runner-up is the best fingerprint of another license (or another document of the same license).
///
/// Identification never reads the catalog: the ids are the fingerprints' own; callers resolve them.
public struct LicenseIdentifier: Sendable {
    /// The fingerprints, in the order of ``Fingerprint/shipped`` (by name).
    public let fingerprints: [Fingerprint]
    /// Word pair → the fingerprints (by position) that have it.
    private let index: [UInt64: [UInt16]]
    /// The number of distinct word pairs of each fingerprint.
    private let pairCounts: [Int]

    /// The lowest score of a close match (without full coverage).
    public static let closeScore = 0.85
    /// The lowest coverage of a close match whatever the score: the file holds nearly all of the license.
    public static let closeCoverage = 0.95
    /// Below this score (and without full coverage) a text is not diffed: no match.
    public static let floorScore = 0.5

    public init(fingerprints: [Fingerprint]) {
        self.fingerprints = fingerprints
        var index: [UInt64: [UInt16]] = [:]
        var counts: [Int] = []
        for (position, fingerprint) in fingerprints.enumerated() {
            let pairs = Self.pairs(fingerprint.hashes)
            counts.append(pairs.count)
            for pair in pairs { index[pair, default: []].append(UInt16(position)) }
        }
        self.index = index
        self.pairCounts = counts
    }

    /// The identifier over the shipped fingerprints.
    public static let shipped = LicenseIdentifier(fingerprints: Fingerprint.shipped)

    /// The distinct word pairs of a sequence, each as one 64-bit value.
    static func pairs(_ hashes: [UInt32]) -> Set<UInt64> {
        var set = Set<UInt64>(minimumCapacity: hashes.count)
        for i in hashes.indices.dropLast() { set.insert(UInt64(hashes[i]) << 32 | UInt64(hashes[i + 1])) }
        return set
    }

    /// Identifies a text given as bytes.
    public func identify(_ bytes: [UInt8]) -> Identification {
        identify(LicenseNormalizer.normalize(bytes))
    }

    /// Identifies a normalized text.
    public func identify(_ text: NormalizedText) -> Identification {
        var result = Identification(kind: .none, best: nil, runnerUp: nil, differences: [], words: text.words.count)
        let pairs = Self.pairs(text.hashes)
        guard !pairs.isEmpty, !fingerprints.isEmpty else { return result }
        var common = [Int](repeating: 0, count: fingerprints.count)
        for pair in pairs {
            guard let holders = index[pair] else { continue }
            for holder in holders { common[Int(holder)] += 1 }
        }
        let candidates = fingerprints.indices.map { k in
            let fingerprint = fingerprints[k]
            return Identification.Candidate(
                license: fingerprint.license, document: fingerprint.document, fingerprint: fingerprint.name,
                score: Self.rounded(2 * Double(common[k]) / Double(pairs.count + pairCounts[k])),
                coverage: Self.rounded(pairCounts[k] == 0 ? 0 : Double(common[k]) / Double(pairCounts[k])))
        }
        // Best score first; ties by fingerprint name, so that the result does not depend on the order of files.
        let order = candidates.indices.sorted {
            (candidates[$0].score, candidates[$1].fingerprint) > (candidates[$1].score, candidates[$0].fingerprint)
        }
        guard let first = order.first else { return result }
        let best = candidates[first]
        result.best = best
        result.runnerUp = order.dropFirst().map { candidates[$0] }.first {
            $0.license != best.license || $0.document != best.document
        }
        if best.score < Self.floorScore, best.coverage < Self.closeCoverage { return result }
        let fingerprint = fingerprints[first]
        let hunks = WordDiff.hunks(text.hashes, fingerprint.hashes)
        if hunks.isEmpty || isUntitled(text, fingerprint) {
            result.kind = .exact
            return result
        }
        guard best.score >= Self.closeScore || best.coverage >= Self.closeCoverage else { return result }
        result.kind = .close
        result.differences = hunks.prefix(Self.differenceLimit).map { difference($0, text, fingerprint) }
        return result
    }

    /// A ratio to three decimals, as it is compared and shown.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// The most differences a result lists.
    public static let differenceLimit = 100

    /// Whether the text is the license without its title (its first ``Fingerprint/titleWords`` words).
    private func isUntitled(_ text: NormalizedText, _ fingerprint: Fingerprint) -> Bool {
        fingerprint.titleWords > 0 && text.hashes.count == fingerprint.hashes.count - fingerprint.titleWords
            && fingerprint.hashes.dropFirst(fingerprint.titleWords).elementsEqual(text.hashes)
    }

    private func difference(_ hunk: WordDiff.Hunk, _ text: NormalizedText, _ fingerprint: Fingerprint)
        -> Identification.Difference
    {
        let words = hunk.a.map { text.words[$0] }
        let numbers = words.filter { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        let licenseNumbers = hunk.b.compactMap { fingerprint.numbers[$0] }
        var quoted = words.prefix(Identification.Difference.quotedWords).joined(separator: " ")
        if words.count > Identification.Difference.quotedWords { quoted += " …" }
        let kind: Identification.Difference.Kind = hunk.a.isEmpty ? .removed : hunk.b.isEmpty ? .added : .changed
        let line: Int
        let lastLine: Int
        if let first = hunk.a.first, let last = hunk.a.last {
            (line, lastLine) = (text.lines[first], text.lines[last])
        } else {
            line = hunk.a.lowerBound > 0 ? text.lines[hunk.a.lowerBound - 1] : 1
            lastLine = line
        }
        let id = fingerprint.license
        let place = line == lastLine ? "line \(line)" : "lines \(line)-\(lastLine)"
        func count(_ n: Int) -> String { n == 1 ? "1 word" : "\(n) words" }
        func withNumbers(_ list: [String]) -> String {
            list.isEmpty ? "" : " (with the number\(list.count == 1 ? "" : "s") \(list.joined(separator: ", ")))"
        }
        let message: String
        switch kind {
        case .changed:
            let theirs =
                licenseNumbers.count == hunk.b.count
                ? "'\(licenseNumbers.joined(separator: " "))'"
                : (hunk.b.count == 1 ? "another word" : "\(hunk.b.count) other words") + withNumbers(licenseNumbers)
            message = "\(place): '\(quoted)' where \(id) has \(theirs)"
        case .added:
            message = "\(place): \(count(words.count)) added: '\(quoted)'"
        case .removed:
            let at = hunk.a.lowerBound == 0 ? "at the start" : "after line \(line)"
            message = "\(at): \(count(hunk.b.count)) of \(id) left out\(withNumbers(licenseNumbers))"
        }
        return Identification.Difference(
            kind: kind, line: line, lastLine: lastLine, text: quoted, words: words.count, licenseWords: hunk.b.count,
            numbers: numbers, licenseNumbers: licenseNumbers, message: message)
    }
}
