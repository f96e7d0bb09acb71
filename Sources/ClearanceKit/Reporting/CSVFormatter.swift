/// An RFC 4180 inventory, one record per component: `component,kind,license,verdict,rules,file`.
///
/// `rules` holds the rule ids of the component's findings, worst first, joined by `;`; `file` is where the
/// component is declared (empty when unknown). Records end with CRLF. A field that a spreadsheet would take
/// for a formula (it starts with `=`, `+`, `-`, `@`, a tab or CR) is prefixed with `'`.
struct CSVFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        var records = [["component", "kind", "license", "verdict", "rules", "file"]]
        for result in report.orderedResults {
            var rules: [String] = []
            for finding in result.orderedFindings where !rules.contains(finding.rule.rawValue) {
                rules.append(finding.rule.rawValue)
            }
            records.append([
                result.component, result.kind.rawValue, result.license, result.verdict.rawValue,
                rules.joined(separator: ";"), result.location?.file ?? "",
            ])
        }
        return records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, defused against formula injection, quoted when it holds `,`, `"`, CR or LF.
    private func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
