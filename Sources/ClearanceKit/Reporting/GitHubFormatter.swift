/// GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=RULE::message` for each finding
/// whose effective verdict is fail, `::warning …` for review, then a `::notice` with the summary.
///
/// Properties are escaped as GitHub requires (`%`, CR, LF, `:` and `,`), messages for `%`, CR and LF.
/// `file`, `line` and `col` appear only when known; a finding about the policy points at the policy line.
struct GitHubFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        var lines: [String] = []
        for result in report.orderedResults {
            for finding in result.orderedFindings where finding.isOpen {
                lines.append(command(for: finding, at: result.location ?? finding.policy, component: result.component))
            }
        }
        for finding in report.policyFindings.displayOrdered where finding.isOpen {
            lines.append(command(for: finding, at: finding.policy, component: nil))
        }
        var summary = "\(report.countsLine) — verdict: \(report.verdict.rawValue)"
        if context.baselined > 0 {
            summary += " (\(context.baselined) \(context.baselined == 1 ? "finding" : "findings") baselined)"
        }
        summary += ". This report is not legal advice."
        lines.append("::notice title=\("Clearance".githubPropertyEscaped)::\(summary.githubDataEscaped)")
        return lines.joined(separator: "\n") + "\n"
    }

    private func command(for finding: Finding, at location: SourceLocation?, component: String?) -> String {
        var properties: [String] = []
        if let location {
            properties.append("file=\(location.file.githubPropertyEscaped)")
            if let line = location.line {
                properties.append("line=\(line)")
                if let column = location.column { properties.append("col=\(column)") }
            }
        }
        properties.append("title=\(finding.rule.rawValue.githubPropertyEscaped)")
        var message = component.map { "\($0): \(finding.message)" } ?? finding.message
        if let citation = finding.citation { message += " [\(citation)]" }
        let name = finding.effectiveVerdict == .fail ? "error" : "warning"
        return "::\(name) \(properties.joined(separator: ","))::\(message.githubDataEscaped)"
    }
}
