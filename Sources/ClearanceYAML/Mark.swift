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

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
