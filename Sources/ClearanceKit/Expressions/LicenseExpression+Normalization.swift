extension LicenseExpression {
    /// The canonical text: list spellings for SPDX ids, uppercase operators, single spaces, and only the
    /// parentheses the precedence needs (an `OR` inside an `AND`).
    ///
    /// `mit or (apache-2.0 WITH llvm-exception)` → `MIT OR Apache-2.0 WITH LLVM-exception`.
    public var normalized: String {
        normalized { $0.text }
    }

    /// The canonical text with each term written by `termText`.
    public func normalized(termText: (LicenseTerm) -> String) -> String {
        var output = ""
        write(to: &output, insideAnd: false, termText: termText)
        return output
    }

    private func write(to output: inout String, insideAnd: Bool, termText: (LicenseTerm) -> String) {
        switch self {
        case .term(let term):
            output += termText(term)
        case .and(let operands):
            for (index, operand) in operands.enumerated() {
                if index > 0 { output += " AND " }
                operand.write(to: &output, insideAnd: true, termText: termText)
            }
        case .or(let operands):
            if insideAnd { output += "(" }
            for (index, operand) in operands.enumerated() {
                if index > 0 { output += " OR " }
                operand.write(to: &output, insideAnd: false, termText: termText)
            }
            if insideAnd { output += ")" }
        case .noLicense:
            output += "NONE"
        case .noAssertion:
            output += "NOASSERTION"
        }
    }
}
