import ClearanceYAML

/// A problem in a license expression: a stable id, a severity, one message, and where in the text.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars from the start of the line (as
/// ``SourceLocation`` does), so an expression on one line has `line` 1. `utf8Range` is the 0-based range of
/// UTF-8 bytes the problem covers; it is empty when the problem is at a point, such as the end of the text.
public struct ExpressionDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier such as `expression.unbalanced-parenthesis`.
    public var id: String
    public var severity: Diagnostic.Severity
    public var message: String
    public var line: Int
    public var column: Int
    public var utf8Range: Range<Int>

    public init(
        id: String, severity: Diagnostic.Severity = .error, message: String, line: Int = 1, column: Int,
        utf8Range: Range<Int>
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.utf8Range = utf8Range
    }

    /// A diagnostic covering `range` of `bytes`, with its line and column worked out from the bytes.
    init(
        _ id: String, _ severity: Diagnostic.Severity = .error, _ message: String, range: Range<Int>,
        in bytes: UnsafeBufferPointer<UInt8>
    ) {
        let (line, column) = Self.position(of: range.lowerBound, in: bytes)
        self.init(id: id, severity: severity, message: message, line: line, column: column, utf8Range: range)
    }

    /// The 1-based line and column (in Unicode scalars) of the byte at `offset`.
    static func position(of offset: Int, in bytes: some Collection<UInt8>) -> (line: Int, column: Int) {
        let mark = Mark(ofByte: offset, in: bytes)
        return (mark.line, mark.column)
    }

    /// The same problem as a ``Diagnostic`` in `file`, for an expression that starts at `line`:`column` there.
    ///
    /// The default, `<expression>:1:1`, is for an expression given on its own (e.g. on the command line).
    public func diagnostic(file: String = "<expression>", line startLine: Int = 1, column startColumn: Int = 1)
        -> Diagnostic
    {
        let location =
            line == 1
            ? SourceLocation(file: file, line: startLine, column: startColumn + column - 1)
            : SourceLocation(file: file, line: startLine + line - 1, column: column)
        return Diagnostic(id: id, severity: severity, message: message, at: location)
    }

    /// One line: `line:column: error: message [id]`.
    public var description: String {
        "\(line):\(column): \(severity.rawValue): \(message) [\(id)]"
    }
}
