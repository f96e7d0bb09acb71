/// The YAML front matter of a Markdown file, found as the Hugging Face Hub and `huggingface_hub` find it.
///
/// Their pattern is `^\s*---[\r\n]+` (YAML, lazily) `[\r\n]+---` and then a line break or the end of the
/// file. So: blank lines before the opening `---` are fine; lines may end in LF, CRLF or a bare CR; the
/// closing `---` may be followed by spaces or tabs. A file that does not match has no front matter, which is
/// not an error (the card declares nothing).
///
/// `\s` is Python's: every character for which `str.isspace()` holds, not only ASCII blanks. So the opening
/// `---` may follow any mix of U+0009–U+000D, U+001C–U+001F, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A,
/// U+2028, U+2029, U+202F, U+205F and U+3000, and U+FEFF, which JavaScript's `\s` adds (a card the Hub
/// reads must not be one Clearance skips).
struct FrontMatter: Sendable {
    /// The bytes to give the YAML parser: the file up to the closing `---`, with everything before the YAML
    /// (blank lines, the opening `---`, a byte-order mark) turned into spaces and the line breaks kept, so that
    /// the parser's line and column numbers are those of the file.
    var yaml: [UInt8]
    /// The 1-based line of the opening `---`.
    var openingLine: Int
    /// The Markdown after the closing `---` line (the card's text), and the 1-based line it starts on.
    var body: ArraySlice<UInt8>
    var bodyLine: Int

    /// The front matter of `bytes`, or nil when it has none.
    init?(_ bytes: [UInt8]) {
        guard let (opening, end, line) = bytes.withUnsafeBufferPointer({ FrontMatter.find(in: $0) }) else {
            return nil
        }
        var yaml = Array(bytes[0..<end])
        for i in 0..<opening where yaml[i] != 0x0A && yaml[i] != 0x0D { yaml[i] = 0x20 }
        self.yaml = yaml
        self.openingLine = line
        // The body starts after the closing line's break; lines are counted as the YAML parser counts them.
        var start = end
        while start < bytes.count, !FrontMatter.isBreak(bytes[start]) { start += 1 }
        if start < bytes.count, bytes[start] == 0x0D, start + 1 < bytes.count, bytes[start + 1] == 0x0A { start += 1 }
        start = min(start + 1, bytes.count)
        var lines = 1
        var i = 0
        while i < start {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) { lines += 1 }
            i += 1
        }
        body = bytes[start...]
        bodyLine = lines
    }

    /// `(end of the opening "---", start of the closing line, line of the opening)`.
    private static func find(in b: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        var i = 0
        var line = 1
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        // `^\s*`, with Python's Unicode `\s`.
        scan: while i < b.count {
            switch b[i] {
            case 0x0A: line += 1
            case 0x0D: if i + 1 >= b.count || b[i + 1] != 0x0A { line += 1 }
            case 0x09, 0x0B, 0x0C, 0x1C...0x20: break
            default:
                let width = unicodeSpaceWidth(b, at: i)
                guard width > 0 else { break scan }
                i += width
                continue scan
            }
            i += 1
        }
        // `---[\r\n]+`
        guard i + 3 < b.count, b[i] == 0x2D, b[i + 1] == 0x2D, b[i + 2] == 0x2D, isBreak(b[i + 3]) else {
            return nil
        }
        let opening = i + 3
        // The closing line: `---`, optional spaces or tabs, then a line break or the end. At least two break
        // characters separate it from the opening `---` (one for each side of the pattern).
        var j = opening
        while j < b.count {
            if isBreak(b[j]) {
                let start = j + 1
                if start >= opening + 2, isClosing(b, at: start) { return (opening, start, line) }
            }
            j += 1
        }
        return nil
    }

    private static func isClosing(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + 2 < b.count, b[start] == 0x2D, b[start + 1] == 0x2D, b[start + 2] == 0x2D else { return false }
        var k = start + 3
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        return k == b.count || isBreak(b[k])
    }

    private static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// The length in bytes of the UTF-8 encoded non-ASCII white space character at `i` (Python's
    /// `str.isspace()`, or U+FEFF), or 0 when there is none there.
    private static func unicodeSpaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        switch b[i] {
        case 0xC2:
            // U+0085, U+00A0
            return i + 1 < b.count && (b[i + 1] == 0x85 || b[i + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            // U+1680
            return i + 2 < b.count && b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < b.count else { return 0 }
            switch (b[i + 1], b[i + 2]) {
            case (0x80, 0x80...0x8A), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF), (0x81, 0x9F): return 3
            default: return 0
            }
        case 0xE3:
            // U+3000
            return i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
        case 0xEF:
            // U+FEFF, which JavaScript's `\s` (the Hub's own reader) counts
            return i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF ? 3 : 0
        default:
            return 0
        }
    }
}
