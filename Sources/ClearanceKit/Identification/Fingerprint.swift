/// The hashed normalized words of one license text, in order: what `clearance identify` compares a file with,
/// made by `Scripts/generate-fingerprints.py` from the licensor's text (the project stores no license text).
///
/// A fingerprint file (`Licenses/Fingerprints/<name>.fp`, compiled into the binary) is a header of `key: value`
/// lines, `---`, then the words: each the 8-hex-digit ``LicenseNormalizer/hash(_:)`` of the word, or, for a
/// word of ASCII digits, `=` and the digits (so that a changed number can be named). Lines starting with `#`
/// are comments. The header keys: `schema` (1), `license` (the catalog id), `document` (`license` or
/// `use-policy`), `source` (where the text was taken from), `corpus-file`, `source-sha256`, `source-lines`
/// (`all` or `FIRST-LAST`: the lines of the source that are the text), `title-words` (how many of the first
/// words are the title, which a copy may leave out), `words` (the count, checked).
public struct Fingerprint: Sendable, Hashable {
    /// Which document of a license the text is.
    public enum Document: String, Sendable, Hashable, Codable {
        /// The license agreement itself.
        case license
        /// An acceptable use policy the license incorporates by reference.
        case usePolicy = "use-policy"
    }

    /// The file's name without `.fp`, e.g. `llama3.1` or `llama3.1.use-policy`.
    public var name: String
    /// The catalog id of the license.
    public var license: String
    public var document: Document
    /// Where the text was taken from (a URL, with a note when it is a copy).
    public var source: String
    /// The file of the test corpus the fingerprint was made from, when it was.
    public var corpusFile: String?
    /// The lines of the source that hold the text, nil for all of them.
    public var sourceLines: ClosedRange<Int>?
    /// How many of the first words are the license's title.
    public var titleWords: Int
    /// The words' hashes, in order.
    public var hashes: [UInt32]
    /// The words that are numbers, by position, in clear.
    public var numbers: [Int: String]

    /// The schema this reader knows.
    static let schema = "1"

    /// A parse error in a fingerprint file: its message.
    public struct ParseError: Error, Hashable, Sendable {
        public var message: String

        public init(message: String) { self.message = message }
    }

    /// Reads a fingerprint file's text; `name` is its file name without `.fp`.
    public static func parse(_ text: String, name: String) throws(ParseError) -> Fingerprint {
        var header: [String: String] = [:]
        var hashes: [UInt32] = []
        var numbers: [Int: String] = [:]
        var inBody = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            if !inBody {
                if line == "---" {
                    inBody = true
                    continue
                }
                guard let colon = line.firstIndex(of: ":") else {
                    throw ParseError(message: "header line without ':': '\(line)'")
                }
                let value = line[line.index(after: colon)...].drop { $0 == " " }
                header[String(line[..<colon])] = String(value)
                continue
            }
            for token in line.split(separator: " ") {
                if token.hasPrefix("=") {
                    let digits = token.dropFirst()
                    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                        throw ParseError(message: "bad number '\(token)'")
                    }
                    numbers[hashes.count] = String(digits)
                    hashes.append(LicenseNormalizer.hash(String(digits)))
                } else {
                    guard token.count == 8, let hash = UInt32(token, radix: 16) else {
                        throw ParseError(message: "bad word hash '\(token)'")
                    }
                    hashes.append(hash)
                }
            }
        }
        guard header["schema"] == schema else {
            throw ParseError(message: "schema '\(header["schema"] ?? "")' is not \(schema)")
        }
        guard let license = header["license"], let documentText = header["document"],
            let document = Document(rawValue: documentText), let source = header["source"]
        else { throw ParseError(message: "license, document and source are required") }
        guard let count = header["words"].flatMap({ Int($0) }), count == hashes.count else {
            throw ParseError(message: "'words' does not match the \(hashes.count) words")
        }
        var lines: ClosedRange<Int>?
        if let span = header["source-lines"], span != "all" {
            let parts = span.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, parts[0] <= parts[1] else {
                throw ParseError(message: "source-lines is 'all' or FIRST-LAST, not '\(span)'")
            }
            lines = parts[0]...parts[1]
        }
        return Fingerprint(
            name: name, license: license, document: document, source: source, corpusFile: header["corpus-file"],
            sourceLines: lines, titleWords: header["title-words"].flatMap { Int($0) } ?? 0, hashes: hashes,
            numbers: numbers)
    }

    /// The fingerprints compiled into the binary from `Licenses/Fingerprints/`, sorted by name; a file that
    /// cannot be read is left out (its license is then never identified; the tests read every file).
    public static let shipped: [Fingerprint] = embeddedFiles.filter { $0.folder == "Fingerprints" }.compactMap {
        try? parse($0.contents, name: String($0.name.dropLast(".fp".count)))
    }
}
