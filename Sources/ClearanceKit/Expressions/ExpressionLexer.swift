/// Splits the UTF-8 bytes of an expression into tokens, one at a time; never allocates.
///
/// Whitespace is space, tab, line feed and carriage return.
struct ExpressionLexer {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next token; `.end` (at the end of the bytes) from then on.
    mutating func next() -> ExpressionToken {
        let count = bytes.count
        var space = false
        while offset < count, Self.isSpace(bytes[offset]) {
            offset += 1
            space = true
        }
        let start = offset
        guard offset < count else { return ExpressionToken(kind: .end, start: count, end: count, spaceBefore: space) }
        let byte = bytes[offset]
        let kind: ExpressionToken.Kind
        switch byte {
        case UInt8(ascii: "("): kind = .open
        case UInt8(ascii: ")"): kind = .close
        case UInt8(ascii: "+"): kind = .plus
        case UInt8(ascii: ":"): kind = .colon
        default:
            if Self.isWord(byte) {
                offset += 1
                while offset < count, Self.isWord(bytes[offset]) { offset += 1 }
                return ExpressionToken(kind: .word, start: start, end: offset, spaceBefore: space)
            }
            offset += 1
            while offset < count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }  // the rest of one scalar
            return ExpressionToken(kind: .invalid, start: start, end: offset, spaceBefore: space)
        }
        offset += 1
        return ExpressionToken(kind: kind, start: start, end: offset, spaceBefore: space)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Letters, digits, `-` and `.`: the characters of an SPDX idstring.
    static func isWord(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "."): true
        default: false
        }
    }
}
