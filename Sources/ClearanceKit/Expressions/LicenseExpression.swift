/// A parsed SPDX license expression: terms joined by `AND` and `OR`, or one of the values `NONE` and
/// `NOASSERTION`.
///
/// `AND` and `OR` hold two or more operands, flattened: `A AND (B AND C)` is one `.and` of three terms.
/// Parentheses leave no trace beyond the grouping they give. Parse text with ``parse(_:strict:)``.
public indirect enum LicenseExpression: Hashable, Sendable {
    /// A license with optional `+` and `WITH` exception.
    case term(LicenseTerm)
    /// All operands apply (conjunctive licensing).
    case and([LicenseExpression])
    /// Any one operand may be chosen (disjunctive licensing).
    case or([LicenseExpression])
    /// `NONE`: the field states that there is no license.
    case noLicense
    /// `NOASSERTION`: the field makes no statement about the license.
    case noAssertion

    /// Parses `text` as an SPDX license expression; see <doc:LicenseExpressions> for what is accepted.
    ///
    /// With `strict`, SPDX is followed exactly (listed ids only, no mixed-case operators, no spaces in
    /// references) instead of accepting those with a warning. Throws the first error, with its position.
    public static func parse(_ text: String, strict: Bool = false) throws(ExpressionDiagnostic) -> ParsedExpression {
        try ExpressionParser.parse(text, strict: strict)
    }

    /// The terms, in the order they appear in the text.
    public var terms: [LicenseTerm] {
        var terms: [LicenseTerm] = []
        collectTerms(into: &terms)
        return terms
    }

    private func collectTerms(into terms: inout [LicenseTerm]) {
        switch self {
        case .term(let term): terms.append(term)
        case .and(let operands), .or(let operands): for operand in operands { operand.collectTerms(into: &terms) }
        case .noLicense, .noAssertion: break
        }
    }
}
