/// A text's normalized words in order, each with its hash and the 1-based line it stands on.
public struct NormalizedText: Sendable, Hashable {
    /// The words, lowercased and spelled as ``LicenseNormalizer/equivalents`` says.
    public private(set) var words: [String] = []
    /// ``LicenseNormalizer/hash(_:)`` of each word.
    public private(set) var hashes: [UInt32] = []
    /// The line of each word in the input (lines end at CRLF, CR or LF).
    public private(set) var lines: [Int] = []

    public init() {}

    mutating func append(_ word: String, hash: UInt32, line: Int) {
        words.append(word)
        hashes.append(hash)
        lines.append(line)
    }

    mutating func reserveCapacity(_ count: Int) {
        words.reserveCapacity(count)
        hashes.reserveCapacity(count)
        lines.reserveCapacity(count)
    }

    /// The words on lines `range` only (normalization is line by line, so this is the normalization of those lines).
    public func restricted(to range: ClosedRange<Int>) -> NormalizedText {
        var copy = NormalizedText()
        for i in words.indices where range.contains(lines[i]) {
            copy.words.append(words[i])
            copy.hashes.append(hashes[i])
            copy.lines.append(lines[i])
        }
        return copy
    }
}
