/// Writes JSON text as it goes, formatted exactly as `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` formats it: two spaces of indentation, `"key" : value`, an empty container as its
/// brackets around an empty line, control characters as `\n`, `\t`, … or `\u00xx`.
///
/// Strings are also neutralized as ``Swift/String/jsonSafe`` neutralizes `JSONEncoder`'s output (invisible
/// controls and the `[` of `##[` as `\uXXXX`), string by string rather than over the whole text.
///
/// The caller writes an object's keys in sorted order (`ReportJSONTests` checks the output against
/// `JSONEncoder`'s for every type written this way). Used for the JSON and SARIF reports, where encoding a whole
/// report through `JSONEncoder` took most of a large check's time.
struct JSONWriter {
    /// The UTF-8 written so far.
    private(set) var bytes: [UInt8] = []
    /// Values written once and copied where they recur (see ``shared(_:_:)``), by what they were written from
    /// and how deep.
    private var fragments: [FragmentKey: [UInt8]] = [:]

    private struct FragmentKey: Hashable {
        var storage: StorageIdentity
        var depth: Int
    }

    /// A writer with room for about `capacity` bytes before it grows.
    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer that hands what it has written to `pieces` whenever ``flush()`` finds more than ``pieceSize``
    /// bytes, and the rest when the document is finished (``finishPieces()``).
    init(pieces: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.pieces = pieces
        bytes.reserveCapacity(2 * Self.pieceSize)
    }

    /// Where a writer made with ``init(pieces:)`` hands its bytes.
    private var pieces: ((UnsafeRawBufferPointer) -> Void)?

    /// About how many bytes a writer holds before ``flush()`` hands them on: a buffer that stays in the cache, and
    /// no page of a large document touched twice.
    static let pieceSize = 1 << 18

    /// Between two values of a long array: hands the bytes written so far on, when this writer writes in pieces
    /// and holds more than ``pieceSize``. (Never inside ``shared(_:_:)`` or a template, which keep their bytes.)
    mutating func flush() {
        guard let pieces, bytes.count >= Self.pieceSize else { return }
        bytes.withUnsafeBytes(pieces)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Finishes a document written in pieces: the final newline, and the last piece handed on.
    mutating func finishPieces() {
        bytes.append(0x0A)
        if let pieces { bytes.withUnsafeBytes(pieces) }
        bytes.removeAll(keepingCapacity: true)
    }

    private var depth = 0
    /// While a template is written: the pieces before its gaps so far.
    private var gaps: Template?
    /// Whether the innermost open container has no element yet.
    private var empty = true

    /// An object; `body` writes its fields, keys in sorted order.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(open: "{", close: "}", body)
    }

    /// An array of `items`, each written by `write`.
    mutating func array<C: Collection>(_ items: C, _ write: (inout JSONWriter, C.Element) -> Void) {
        array { writer in
            for item in items {
                writer.element()
                write(&writer, item)
            }
        }
    }

    /// An array whose elements `body` writes, each after ``element()``.
    mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(open: "[", close: "]", body)
    }

    /// Starts an element of the open array.
    mutating func element() {
        separate()
    }

    /// A key of the open object; its value follows.
    mutating func key(_ name: String) {
        separate()
        string(name)
        write(" : ")
    }

    /// `"name" : "value"`, or nothing when `value` is nil (as `encodeIfPresent` leaves it out).
    mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// `"name" : 12`, or nothing when `value` is nil.
    mutating func field(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number.
    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// `"name" : true`, or nothing when `value` is nil.
    mutating func field(_ name: String, _ value: Bool?) {
        guard let value else { return }
        key(name)
        write(value ? "true" : "false")
    }

    /// A value that many places share, such as the findings array of every component with the same outcome:
    /// `write` writes it the first time at this depth, and its bytes are copied every later time. `storage`
    /// must identify what `write` writes.
    mutating func shared(_ storage: StorageIdentity, _ write: (inout JSONWriter) -> Void) {
        let key = FragmentKey(storage: storage, depth: depth)
        if let fragment = fragments[key] {
            bytes.append(contentsOf: fragment)
            return
        }
        let start = bytes.count
        write(&self)
        fragments[key] = Array(bytes[start...])  // a copy: a slice would share, and so copy, `bytes` as it grows
    }

    /// A value written once with gaps, and then many times with the gaps filled: the bytes between the gaps, and
    /// the depth at each gap.
    struct Template {
        fileprivate var pieces: [[UInt8]] = []
        fileprivate var depths: [Int] = []
    }

    /// A template of the value `body` writes at this place (depth and container state), each ``gap()`` it makes a
    /// gap; nothing is written here.
    func template(_ body: (inout JSONWriter) -> Void) -> Template {
        var scratch = JSONWriter()
        scratch.depth = depth
        scratch.empty = empty
        scratch.gaps = Template()
        body(&scratch)
        var template = scratch.gaps ?? Template()
        template.pieces.append(scratch.bytes)
        return template
    }

    /// The template `templates` keeps for `key`: made by `body` (see ``template(_:)``) and kept the first time.
    func template<Key: Hashable>(
        for key: Key, in templates: inout [Key: Template], _ body: (inout JSONWriter) -> Void
    ) -> Template {
        if let known = templates[key] { return known }
        let made = template(body)
        templates[key] = made
        return made
    }

    /// Inside ``template(_:)``'s body: a gap, which ``write(_:filling:)`` fills. A gap in a string is followed by
    /// text that does not start with `[` (an escape that looks at the bytes before it sees the template's).
    mutating func gap() {
        gaps?.pieces.append(bytes)
        gaps?.depths.append(depth)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The template's bytes, gap `i` filled by `fill(&self, i)` as if it had been written in the template's place.
    mutating func write(_ template: Template, filling fill: (inout JSONWriter, Int) -> Void) {
        let (outerDepth, outerEmpty) = (depth, empty)
        for (index, piece) in template.pieces.enumerated() {
            bytes.append(contentsOf: piece)
            if index < template.depths.count {
                depth = template.depths[index]
                fill(&self, index)
            }
        }
        (depth, empty) = (outerDepth, outerEmpty)
    }

    /// Inside ``template(_:)``'s body: `"name" : "…"`, the string's content a gap.
    mutating func stringGap(_ name: String) {
        key(name)
        openString()
        gap()
        closeString()
    }

    /// A JSON string's opening quote; ``stringContent(_:)`` and ``closeString()`` follow.
    mutating func openString() {
        bytes.append(UInt8(ascii: "\""))
    }

    /// A JSON string's closing quote.
    mutating func closeString() {
        bytes.append(UInt8(ascii: "\""))
    }

    /// A JSON string.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        stringContent(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// One JSON string made of `parts` one after the other, without joining them first.
    mutating func string(joining parts: String...) {
        bytes.append(UInt8(ascii: "\""))
        for part in parts { stringContent(part) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"name" : "…"`, the string made of `parts`.
    mutating func field(_ name: String, joining parts: String...) {
        key(name)
        bytes.append(UInt8(ascii: "\""))
        for part in parts { stringContent(part) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `value` escaped, inside a string already opened. The `[` of a `##[` is escaped also when the hashes end
    /// the part before (what is written before a part is its bytes, or an escape that does not end in `#`).
    mutating func stringContent(_ value: String) {
        var value = value
        let count = bytes.count
        let before = (count >= 2 ? bytes[count - 2] : 0, count >= 1 ? bytes[count - 1] : 0)
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole.
            var start = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                // Printable ASCII but `"`, `\` and `[` is written as it is; the rest is looked at closer.
                if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"),
                    byte != UInt8(ascii: "[")
                {
                    i += 1
                    continue
                }
                let (length, escape) = Self.escape(utf8, at: i, after: before)
                if case .none = escape {
                    i += length
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                write(escape)
                i += length
                start = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    /// How a character of a string is written.
    private enum Escape {
        /// As it is.
        case none
        /// As this escape.
        case text(StaticString)
        /// As `\u` and this code point in four lower-case hex digits.
        case code(UInt32)
    }

    /// The character at `i` in a string's UTF-8: how many bytes it takes, and how it is written: JSON's escapes,
    /// and ``Swift/String/jsonSafe``'s (DEL, a C1 control, a bidi control, U+2028, U+2029, the `[` of `##[`).
    /// `before` is the two bytes written before the string's first byte.
    private static func escape(
        _ utf8: UnsafeBufferPointer<UInt8>, at i: Int, after before: (UInt8, UInt8)
    ) -> (length: Int, escape: Escape) {
        let byte = utf8[i]
        let next = i + 1 < utf8.count ? utf8[i + 1] : 0
        let third = i + 2 < utf8.count ? UInt32(utf8[i + 2]) : 0
        switch byte {
        case UInt8(ascii: "\""): return (1, .text(#"\""#))
        case UInt8(ascii: "\\"): return (1, .text(#"\\"#))
        case UInt8(ascii: "["):
            let hash = UInt8(ascii: "#")
            let previous = i >= 1 ? utf8[i - 1] : before.1
            let secondPrevious = i >= 2 ? utf8[i - 2] : i == 1 ? before.1 : before.0
            let afterHashes = previous == hash && secondPrevious == hash
            return (1, afterHashes ? .code(0x5B) : .none)
        case 0x0A: return (1, .text(#"\n"#))
        case 0x0D: return (1, .text(#"\r"#))
        case 0x09: return (1, .text(#"\t"#))
        case 0x08: return (1, .text(#"\b"#))
        case 0x0C: return (1, .text(#"\f"#))
        case 0..<0x20, 0x7F: return (1, .code(UInt32(byte)))
        case 0xC2 where (0x80...0x9F).contains(next): return (2, .code(UInt32(next)))  // C1
        case 0xD8 where next == 0x9C: return (2, .code(0x61C))
        case 0xE2 where next == 0x80 && (third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third)):
            return (3, .code(0x2000 + third - 0x80))  // U+200E, U+200F, U+2028–U+202E
        case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third):
            return (3, .code(0x2040 + third - 0x80))  // U+2066–U+2069
        default: return (1, .none)
        }
    }

    private mutating func write(_ escape: Escape) {
        switch escape {
        case .none: break
        case .text(let text): write(text)
        case .code(let code):
            let hex = Array("0123456789abcdef".utf8)
            write(#"\u"#)
            for shift in [12, 8, 4, 0] { bytes.append(hex[Int((code >> UInt32(shift)) & 0xF)]) }
        }
    }

    /// Appends ASCII punctuation.
    private mutating func write(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The UTF-8 written, with a final newline. (Mutating, not consuming: consuming it copied the whole text, as a
    /// copy of the writer shared its bytes when the newline was appended.)
    mutating func document() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    private mutating func container(open: StaticString, close: StaticString, _ body: (inout JSONWriter) -> Void) {
        write(open)
        let outer = empty
        empty = true
        depth += 1
        body(&self)
        depth -= 1
        write(empty ? "\n\n" : "\n")
        indent()
        write(close)
        empty = outer
    }

    /// What goes before an element or key: a comma after an earlier one, a line break and the indentation.
    private mutating func separate() {
        write(empty ? "\n" : ",\n")
        empty = false
        indent()
    }

    private mutating func indent() {
        var spaces = 2 * depth
        while spaces > 0 {
            let run = min(spaces, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[..<run])
            spaces -= run
        }
    }

    /// Spaces for the indentation, appended as one run rather than two at a time.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)
}
