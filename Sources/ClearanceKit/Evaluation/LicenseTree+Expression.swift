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

    /// Parses a declared license leniently into a tree and its normalized text.
    public static func parse(_ text: String) -> Result<(tree: LicenseTree, normalized: String), Diagnostic> {
        do {
            let parsed = try LicenseExpression.parse(text)
            return .success((LicenseTree(parsed.expression), parsed.normalized))
        } catch {
            return .failure(error.diagnostic())
        }
    }
}
