/// Test input with position markers (1️⃣, 2️⃣, …) removed, so that tests mark positions in the input rather than
/// writing line and column numbers into assertions (as swift-syntax's `LocationMarkers` do).
///
/// Lines end at LF, CRLF or a bare CR; columns count Unicode scalars from 1, as libyaml's marks and Clearance's
/// locations do; offsets count UTF-8 bytes of the text without its markers.
public struct Marked: Sendable {
    /// The text without its markers.
    public var text: String
    private var positions: [String: Position] = [:]

    /// Where a marker stood.
    public struct Position: Hashable, Sendable {
        public var line: Int
        public var column: Int
        /// The UTF-8 offset in ``Marked/text``.
        public var offset: Int
    }

    public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

    public init(_ source: String) {
        var text = ""
        var line = 1
        var column = 1
        var rest = Substring(source)
        outer: while let c = rest.first {
            for marker in Self.markers where rest.hasPrefix(marker) {
                positions[marker] = Position(line: line, column: column, offset: text.utf8.count)
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            text.append(c)
            // Swift treats "\r\n" as one Character.
            if c == "\n" || c == "\r\n" || c == "\r" {
                line += 1
                column = 1
            } else {
                column += c.unicodeScalars.count
            }
            rest = rest.dropFirst()
        }
        self.text = text
    }

    /// The UTF-8 bytes of ``text``.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// Where `marker` stood; a test that asks for a marker its input lacks stops there.
    public func position(_ marker: String) -> Position {
        guard let position = positions[marker] else { preconditionFailure("no \(marker) in the test input") }
        return position
    }

    /// Where `marker` stood, or nil when the input has none.
    public func positionIfPresent(_ marker: String) -> Position? {
        positions[marker]
    }
}
