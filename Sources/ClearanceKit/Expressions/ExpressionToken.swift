/// One token of a license expression: its kind and its UTF-8 byte range.
struct ExpressionToken: Hashable, Sendable {
    enum Kind: UInt8, Hashable, Sendable {
        /// A run of letters, digits, `-` and `.`: an id, a reference part, or an operator word.
        case word
        case open, close, plus, colon
        /// One Unicode scalar that no token may hold (`/`, `,`, `_`, a non-ASCII letter…).
        case invalid
        case end
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// Whether whitespace comes directly before the token.
    var spaceBefore: Bool

    var range: Range<Int> { start..<end }
}
