/// A position in a YAML source.
///
/// Both numbers are 1-based. `column` counts Unicode scalar values (code points) from the start of the
/// line, as libyaml does: a tab counts as one, and so does `é` or `🦙`.
///
/// Both are stored in 32 bits, which makes every node of a tree 8 bytes smaller (values past 2³¹ − 1, far beyond
/// the input size limit, are kept as 2³¹ − 1).
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32

    /// The 1-based line.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    /// The 1-based column, in Unicode scalar values.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
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
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }
}
