/// Writes JSON text as it goes, formatted exactly as `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` formats it: two spaces of indentation, `"key" : value`, an empty container as its
/// brackets around an empty line, control characters as `\n`, `\t`, … or `\u00xx`.
///
/// The caller writes an object's keys in sorted order (`ReportJSONTests` checks the output against
/// `JSONEncoder`'s for every type written this way). Used for the JSON and SARIF reports, where encoding a whole
/// report through `JSONEncoder` took most of a large check's time.
struct JSONWriter {
    /// The UTF-8 written so far.
    private(set) var bytes: [UInt8] = []

    /// A writer with room for about `capacity` bytes before it grows.
    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    private var depth = 0
    /// Whether the innermost open container has no element yet.
    private var empty = true

    /// An object; `body` writes its fields, keys in sorted order.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(open: "{", close: "}", body)
    }

    /// An array of `items`, each written by `write`.
    mutating func array<C: Collection>(_ items: C, _ write: (inout JSONWriter, C.Element) -> Void) {
        container(open: "[", close: "]") { writer in
            for item in items {
                writer.separate()
                write(&writer, item)
            }
        }
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

    /// `"name" : true`, or nothing when `value` is nil.
    mutating func field(_ name: String, _ value: Bool?) {
        guard let value else { return }
        key(name)
        write(value ? "true" : "false")
    }

    /// A JSON string.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole.
            var start = 0
            for i in utf8.indices {
                let byte = utf8[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                escape(byte)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): write(#"\""#)
        case UInt8(ascii: "\\"): write(#"\\"#)
        case 0x0A: write(#"\n"#)
        case 0x0D: write(#"\r"#)
        case 0x09: write(#"\t"#)
        case 0x08: write(#"\b"#)
        case 0x0C: write(#"\f"#)
        default:
            let hex = Array("0123456789abcdef".utf8)
            write(#"\u00"#)
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0xF)])
        }
    }

    /// Appends ASCII punctuation.
    private mutating func write(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The text written, with a final newline. Invisible controls (C1, bidi, line separators) and `##[` are
    /// escaped over the whole text, as ``JSONFormatter/encode(_:)`` escapes `JSONEncoder`'s output (see
    /// ``Swift/String/jsonSafe``).
    mutating func document() -> String {
        // The newline goes in before the text is made, not after: a report can be a hundred megabytes.
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self).jsonSafe
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
        for _ in 0..<depth { write("  ") }
    }
}
