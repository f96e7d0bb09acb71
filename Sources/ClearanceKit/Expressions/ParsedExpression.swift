/// The result of parsing: the expression, the text it came from, and the warnings for what was accepted
/// leniently.
public struct ParsedExpression: Hashable, Sendable {
    /// The text as given.
    public var text: String
    public var expression: LicenseExpression
    /// One warning for each leniency used (empty in strict mode, where each would have been an error).
    public var warnings: [ExpressionDiagnostic]
    /// Whether the text was read in strict mode.
    public var strict: Bool

    public init(text: String, expression: LicenseExpression, warnings: [ExpressionDiagnostic] = [], strict: Bool) {
        self.text = text
        self.expression = expression
        self.warnings = warnings
        self.strict = strict
    }

    /// The canonical text, with SPDX spellings and no catalog (see ``ExpressionResolver`` for catalog ids).
    public var normalized: String { expression.normalized }
}
