/// A position in a YAML source.
///
/// Both numbers are 1-based. `column` counts Unicode scalar values (code points) from the start of the
/// line, as libyaml does: a tab counts as one, and so does `é` or `🦙`.
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalar values.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The mark of the byte at `offset` in UTF-8 `bytes`: lines end at LF, and the column counts Unicode
    /// scalars, as libyaml's marks do.
    public init(ofByte offset: Int, in bytes: some Collection<UInt8>) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(line: line, column: column)
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
