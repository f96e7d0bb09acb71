/// Which license a text is, as ``LicenseIdentifier`` found it: exact, close (with the differences) or none.
public struct Identification: Sendable, Hashable, Codable {
    /// How well the text matches the best fingerprint. Stable: also the JSON value.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The normalized words are those of the license (its title may be left out).
        case exact
        /// Not the same words, but most of them (see ``LicenseIdentifier/closeScore``): the differences say
        /// where; legal terms live in them.
        case close
        /// No license of the catalog is near enough.
        case none
    }

    /// A license text the file was compared with.
    public struct Candidate: Sendable, Hashable, Codable {
        /// The catalog id.
        public var license: String
        public var document: Fingerprint.Document
        /// The fingerprint's name (a license may have several texts, e.g. `gemma.2024-02-21`).
        public var fingerprint: String
        /// Sørensen–Dice similarity of the two texts' sets of word pairs, 0 to 1.
        public var score: Double
        /// The share of the license's word pairs that the file holds, 0 to 1.
        public var coverage: Double
    }

    /// One place where the file's words differ from the license's.
    public struct Difference: Sendable, Hashable, Codable {
        /// Stable: also the JSON value.
        public enum Kind: String, Sendable, Hashable, Codable {
            /// The file has other words where the license has some.
            case changed
            /// The file has words the license does not.
            case added
            /// The file leaves out words of the license.
            case removed
        }

        public var kind: Kind
        /// The first line of the file's words here; for `removed`, the line of the word before the gap (1
        /// when the gap is at the start).
        public var line: Int
        /// The last line of the file's words here (`line` for `removed`).
        public var lastLine: Int
        /// The file's words here (normalized; at most ``quotedWords``, then `…`).
        public var text: String
        /// How many words the file has here.
        public var words: Int
        /// How many words the license has here.
        public var licenseWords: Int
        /// The numbers among the file's words here.
        public var numbers: [String]
        /// The numbers among the license's words here (fingerprints keep numbers in clear).
        public var licenseNumbers: [String]
        /// The difference in a sentence, e.g. `line 52: '7' where llama3.1 has '700'`.
        public var message: String

        /// Whether a number changed, appeared or went: always worth a reader's eye.
        public var involvesNumber: Bool { !numbers.isEmpty || !licenseNumbers.isEmpty }

        /// How many of the file's words a difference quotes.
        public static let quotedWords = 12
    }

    public var kind: Kind
    /// The nearest license text, nil when the file has no words at all.
    public var best: Candidate?
    /// The nearest text of another license (or another document of it).
    public var runnerUp: Candidate?
    /// Where the file differs from `best`, in the file's order (empty when exact, and when none).
    public var differences: [Difference]
    /// How many normalized words the file has.
    public var words: Int
}
