/// An RFC 4180 inventory, one record per component: `component,kind,license,verdict,rules,file`.
///
/// `rules` holds the rule ids of the component's findings, worst first, joined by `;`; `file` is where the
/// component is declared (empty when unknown). Records end with CRLF. Every field is on one line (see
/// ``Swift/String/csvField``): a line break or control character from an input never starts a record, and a
/// field that a spreadsheet would take for a formula (it starts with `=`, `+`, `-` or `@`) is prefixed with `'`.
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
        return records.map { $0.map(\.csvField).joined(separator: ",") + "\r\n" }.joined()
    }
}
