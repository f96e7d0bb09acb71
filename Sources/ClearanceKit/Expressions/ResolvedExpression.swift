/// A parsed expression whose every term is resolved against the catalog, with its normalized text.
public struct ResolvedExpression: Hashable, Sendable {
    /// The text as given.
    public var text: String
    public var expression: LicenseExpression
    /// One entry per term, in the order of ``LicenseExpression/terms``.
    public var terms: [ResolvedTerm]
    /// The canonical text: SPDX ids as the list spells them, catalog ids for licenses SPDX does not list.
    public var normalized: String
    /// The parser's warnings and the resolution's (unknown, deprecated, not in the catalog), in text order.
    public var warnings: [ExpressionDiagnostic]

    public init(
        text: String, expression: LicenseExpression, terms: [ResolvedTerm], normalized: String,
        warnings: [ExpressionDiagnostic]
    ) {
        self.text = text
        self.expression = expression
        self.terms = terms
        self.normalized = normalized
        self.warnings = warnings
    }

    /// The resolution of `term`, one of ``expression``'s terms.
    public func resolution(of term: LicenseTerm) -> ResolvedTerm? {
        terms.first { $0.term == term }
    }

    /// The 1-based line and column (counting Unicode scalars) of a UTF-8 offset in ``text``, e.g. of a
    /// term's ``LicenseTerm/licenseRange``.
    public func position(ofUTF8Offset offset: Int) -> (line: Int, column: Int) {
        ExpressionDiagnostic.position(of: offset, in: text.utf8)
    }

    /// Whether every license resolved to a catalog descriptor and every exception is a listed SPDX exception.
    public var isFullyResolved: Bool {
        terms.allSatisfy { resolved in
            guard case .catalog = resolved.license else { return false }
            if let exception = resolved.exception, case .listed = exception { return true }
            return resolved.exception == nil
        }
    }
}
