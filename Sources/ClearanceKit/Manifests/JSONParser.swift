/// A strict JSON reader (RFC 8259) that keeps each value's byte offset and the file's line starts.
///
/// Foundation's `JSONSerialization` says neither where a value is nor where the first error is, and manifests
/// need both: a component cites its line, and a trailing comma must be reported at its line and column.
/// Strict means: no trailing commas, no comments, no single quotes, no control characters in strings, valid
/// UTF-8, valid `\u` escapes, one value per file (a UTF-8 byte-order mark before it is allowed), nesting up
/// to ``depthLimit`` levels.
struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    static let depthLimit = 512

    /// A syntax error: a stable id, a message, and the byte offset of the offending byte.
    struct Failure: Error, Sendable {
        var id: String
        var message: String
        var offset: Int
    }

    /// The parsed value and the line index of the bytes it came from.
    struct Document: Sendable {
        var root: JSONValue
        var lines: LineIndex
    }

    /// Parses `bytes` as one JSON document.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> Document {
        try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
            var state = State(buffer)
            let root = try state.document()
            return Document(root: root, lines: LineIndex(lineStarts: state.lineStarts))
        }
    }

    /// Parses `bytes` and turns a failure into a diagnostic at its line and column.
    static func parse(_ bytes: [UInt8], file: String) -> Result<Document, Diagnostic> {
        do {
            return .success(try parse(bytes))
        } catch {
            let lines = LineIndex(bytes: bytes)
            var cursor = LineIndex.Cursor()
            let location = lines.location(of: min(error.offset, bytes.count), in: bytes, file: file, cursor: &cursor)
            return .failure(Diagnostic(id: error.id, message: error.message, at: location))
        }
    }

    private struct State {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var depth = 0
        var lineStarts: [Int] = [0]

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func document() throws(Failure) -> JSONValue {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
            skipWhitespace()
            guard position < bytes.count else {
                throw Failure(id: "json.syntax", message: "the file holds no JSON value", offset: position)
            }
            let root = try value()
            skipWhitespace()
            if position < bytes.count {
                throw Failure(
                    id: "json.syntax", message: "unexpected \(found()) after the JSON value", offset: position)
            }
            return root
        }

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09:
                    position += 1
                case 0x0A:
                    position += 1
                    lineStarts.append(position)
                case 0x0D:
                    position += 1
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                    lineStarts.append(position)
                default:
                    return
                }
            }
        }

        /// A description of the byte at `position`, for messages.
        func found() -> String {
            guard position < bytes.count else { return "end of input" }
            let b = bytes[position]
            if b >= 0x21, b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
            if b >= 0x80 {
                // Show the whole character when it is valid UTF-8.
                var end = position + 1
                while end < bytes.count, end < position + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
                if let s = String(validating: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self),
                    let c = s.first
                {
                    return "'\(c)'"
                }
            }
            return "byte 0x" + String(b, radix: 16, uppercase: true)
        }

        mutating func value() throws(Failure) -> JSONValue {
            guard position < bytes.count else {
                throw Failure(id: "json.syntax", message: "expected a value, found end of input", offset: position)
            }
            let start = position
            switch bytes[position] {
            case UInt8(ascii: "{"): return JSONValue(kind: try object(), offset: start)
            case UInt8(ascii: "["): return JSONValue(kind: try array(), offset: start)
            case UInt8(ascii: "\""): return JSONValue(kind: .string(try string()), offset: start)
            case UInt8(ascii: "t"):
                try literal("true")
                return JSONValue(kind: .bool(true), offset: start)
            case UInt8(ascii: "f"):
                try literal("false")
                return JSONValue(kind: .bool(false), offset: start)
            case UInt8(ascii: "n"):
                try literal("null")
                return JSONValue(kind: .null, offset: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return JSONValue(kind: .number(try number()), offset: start)
            default:
                throw Failure(id: "json.syntax", message: "expected a value, found \(found())", offset: position)
            }
        }

        mutating func literal(_ word: StaticString) throws(Failure) {
            let start = position
            let count = word.utf8CodeUnitCount
            let text = word.utf8Start
            var i = 0
            while i < count {
                guard position + i < bytes.count, bytes[position + i] == text[i] else {
                    position = start
                    throw Failure(id: "json.syntax", message: "expected a value, found \(found())", offset: start)
                }
                i += 1
            }
            position += count
        }

        mutating func enter() throws(Failure) {
            depth += 1
            if depth > JSONParser.depthLimit {
                throw Failure(
                    id: "json.too-deep", message: "nesting is deeper than \(JSONParser.depthLimit) levels",
                    offset: position)
            }
        }

        mutating func object() throws(Failure) -> JSONValue.Kind {
            try enter()
            defer { depth -= 1 }
            position += 1  // {
            var members: [JSONValue.Member] = []
            // Keys seen, kept in a set once the object is too large to scan.
            var keys: Set<String>?
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    throw Failure(
                        id: "json.syntax", message: "expected a string key in quotes, found \(found())",
                        offset: position)
                }
                let keyOffset = position
                let key = try string()
                if keys == nil, members.count >= 16 { keys = Set(members.map(\.key)) }
                let repeated: Bool
                if keys != nil {
                    repeated = keys?.insert(key).inserted == false
                } else {
                    repeated = members.contains { $0.key == key }
                }
                if repeated {
                    // Readers disagree on which of two equal keys counts: a BOM could hide a license that way.
                    throw Failure(
                        id: "json.duplicate-key",
                        message: "duplicate key \"\(key)\": JSON readers disagree on which one counts",
                        offset: keyOffset)
                }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw Failure(
                        id: "json.syntax", message: "expected ':' after the key \"\(key)\", found \(found())",
                        offset: position)
                }
                position += 1
                skipWhitespace()
                let value = try value()
                members.append(JSONValue.Member(key: key, keyOffset: keyOffset, value: value))
                if try !continues(.object) { return .object(members) }
            }
        }

        mutating func array() throws(Failure) -> JSONValue.Kind {
            try enter()
            defer { depth -= 1 }
            position += 1  // [
            var items: [JSONValue] = []
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            }
            while true {
                skipWhitespace()
                items.append(try value())
                if try !continues(.array) { return .array(items) }
            }
        }

        /// What a container is called in messages and how it closes.
        enum Container {
            case object, array
            var closing: UInt8 { self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }
            var closingText: String { self == .object ? "}" : "]" }
            var name: String { self == .object ? "an object" : "an array" }
            var element: String { self == .object ? "member" : "item" }
        }

        /// After a member or item: true at a comma (another one follows), false at the closing bracket (both
        /// consumed). A comma right before the closing bracket is an error at the comma.
        mutating func continues(_ container: Container) throws(Failure) -> Bool {
            skipWhitespace()
            guard position < bytes.count else {
                throw Failure(
                    id: "json.syntax",
                    message: "expected ',' or '\(container.closingText)' in \(container.name), found end of input",
                    offset: position)
            }
            switch bytes[position] {
            case UInt8(ascii: ","):
                let comma = position
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == container.closing {
                    throw Failure(
                        id: "json.trailing-comma",
                        message:
                            "trailing comma before '\(container.closingText)': JSON allows no comma after the last \(container.element)",
                        offset: comma)
                }
                return true
            case container.closing:
                position += 1
                return false
            default:
                throw Failure(
                    id: "json.syntax",
                    message: "expected ',' or '\(container.closingText)' in \(container.name), found \(found())",
                    offset: position)
            }
        }

        mutating func number() throws(Failure) -> String {
            let start = position
            func digits(_ state: inout State) -> Int {
                let from = state.position
                while state.position < state.bytes.count,
                    state.bytes[state.position] >= UInt8(ascii: "0"), state.bytes[state.position] <= UInt8(ascii: "9")
                {
                    state.position += 1
                }
                return state.position - from
            }
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9")
            else {
                throw Failure(
                    id: "json.syntax", message: "invalid number: expected a digit, found \(found())", offset: position)
            }
            if bytes[position] == UInt8(ascii: "0") {
                position += 1
                if position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
                    throw Failure(
                        id: "json.syntax", message: "invalid number: a leading zero must stand alone",
                        offset: start)
                }
            } else {
                _ = digits(&self)
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                position += 1
                guard digits(&self) > 0 else {
                    throw Failure(
                        id: "json.syntax", message: "invalid number: expected a digit after '.', found \(found())",
                        offset: position)
                }
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
                {
                    position += 1
                }
                guard digits(&self) > 0 else {
                    throw Failure(
                        id: "json.syntax",
                        message: "invalid number: expected a digit in the exponent, found \(found())",
                        offset: position)
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }

        /// A string starting at the opening quote at `position`.
        mutating func string() throws(Failure) -> String {
            let open = position
            position += 1
            let start = position
            // Fast path: no escapes.
            while position < bytes.count {
                let b = bytes[position]
                if b == UInt8(ascii: "\"") {
                    let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
                    position += 1
                    return try decode(raw, at: start)
                }
                if b == UInt8(ascii: "\\") { break }
                if b < 0x20 { throw controlCharacter(b) }
                position += 1
            }
            guard position < bytes.count else {
                throw Failure(id: "json.syntax", message: "unterminated string", offset: open)
            }
            // Slow path: escapes.
            var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
            while position < bytes.count {
                let b = bytes[position]
                if b == UInt8(ascii: "\"") {
                    position += 1
                    return try out.withUnsafeBufferPointer { buffer throws(Failure) in try decode(buffer, at: start) }
                }
                if b < 0x20 { throw controlCharacter(b) }
                if b != UInt8(ascii: "\\") {
                    out.append(b)
                    position += 1
                    continue
                }
                let escape = position
                position += 1
                guard position < bytes.count else { break }
                switch bytes[position] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    position += 1
                    var code = try hex4(escape: escape)
                    if code >= 0xD800, code <= 0xDBFF {
                        // A high surrogate must be followed by an escaped low surrogate.
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                            bytes[position + 1] == UInt8(ascii: "u")
                        else {
                            throw Failure(
                                id: "json.syntax", message: "invalid \\u escape: a lone high surrogate",
                                offset: escape)
                        }
                        position += 2
                        let low = try hex4(escape: escape)
                        guard low >= 0xDC00, low <= 0xDFFF else {
                            throw Failure(
                                id: "json.syntax", message: "invalid \\u escape: a high surrogate without a low one",
                                offset: escape)
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if code >= 0xDC00, code <= 0xDFFF {
                        throw Failure(
                            id: "json.syntax", message: "invalid \\u escape: a lone low surrogate", offset: escape)
                    }
                    out.append(contentsOf: String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8)
                    continue
                default:
                    throw Failure(id: "json.syntax", message: "invalid escape in a string", offset: escape)
                }
                position += 1
            }
            throw Failure(id: "json.syntax", message: "unterminated string", offset: open)
        }

        mutating func hex4(escape: Int) throws(Failure) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard position < bytes.count else {
                    throw Failure(
                        id: "json.syntax", message: "invalid \\u escape: expected 4 hex digits", offset: escape)
                }
                let b = bytes[position]
                let digit: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
                default:
                    throw Failure(
                        id: "json.syntax", message: "invalid \\u escape: expected 4 hex digits", offset: escape)
                }
                value = value << 4 | digit
                position += 1
            }
            return value
        }

        func controlCharacter(_ b: UInt8) -> Failure {
            let code = String(b, radix: 16, uppercase: true)
            return Failure(
                id: "json.syntax",
                message:
                    "control character U+\(String(repeating: "0", count: 4 - code.count))\(code) in a string must be escaped",
                offset: position)
        }

        func decode(_ raw: UnsafeBufferPointer<UInt8>, at start: Int) throws(Failure) -> String {
            // ASCII needs no validation.
            var ascii = true
            for b in raw where b >= 0x80 {
                ascii = false
                break
            }
            if ascii { return String(decoding: raw, as: UTF8.self) }
            guard let s = String(validating: raw, as: UTF8.self) else {
                throw Failure(id: "json.invalid-utf8", message: "invalid UTF-8 in a string", offset: start)
            }
            return s
        }
    }
}
