extension LicenseTree {
    /// The evaluation tree of a parsed SPDX expression. `NONE` and `NOASSERTION` become leaves that no
    /// catalog entry matches, so they fail closed as unknown licenses.
    public init(_ expression: LicenseExpression) {
        switch expression {
        case .term(let term): self = .leaf(term.license.text, exception: term.exception?.text)
        case .and(let operands): self = .all(operands.map(LicenseTree.init))
        case .or(let operands): self = .any(operands.map(LicenseTree.init))
        case .noLicense: self = .leaf("NONE", exception: nil)
        case .noAssertion: self = .leaf("NOASSERTION", exception: nil)
        }
    }

    /// Reads a declared license as `clearance expression` does: leniently, and a whole text that the catalog knows
    /// as a name or URL (`Apache License 2.0`, `openrail++`) as that license (see
    /// ``ExpressionResolver/resolve(_:strict:)``). The normalized text is the parser's, or the license's canonical
    /// name when the text was read as a name.
    public static func parse(_ text: String, resolver: ExpressionResolver) -> Result<
        (tree: LicenseTree, normalized: String), Diagnostic
    > {
        do {
            let resolved = try resolver.resolve(text)
            let asName = resolved.warnings.contains { $0.id == "expression.read-as-name" }
            return .success(
                (LicenseTree(resolved.expression), asName ? resolved.normalized : resolved.expression.normalized))
        } catch {
            return .failure(error.diagnostic())
        }
    }

    /// Parses a declared license leniently into a tree and its normalized text, without reading names.
    public static func parse(_ text: String) -> Result<(tree: LicenseTree, normalized: String), Diagnostic> {
        do {
            let parsed = try LicenseExpression.parse(text)
            return .success((LicenseTree(parsed.expression), parsed.normalized))
        } catch {
            return .failure(error.diagnostic())
        }
    }
}
