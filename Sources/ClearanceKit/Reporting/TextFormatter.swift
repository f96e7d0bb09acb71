/// Plain text for a terminal: components grouped by verdict (fail, review, pass), one line per finding with
/// its clause and policy line, and a one-line summary at the end.
///
/// Input text is made terminal-safe (no control characters); colour is ANSI and only when
/// ``RenderContext/colour`` is true.
struct TextFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        let paint = Paint(enabled: context.colour)
        var lines: [String] = []
        lines.append(
            "Clearance \(ClearanceVersion.string): policy \"\(report.policy.name.terminalSafe)\" "
                + "(\(report.policy.file.terminalSafe)), as of \(report.asOf.terminalSafe)")
        let order = report.orderedIndices
        if order.isEmpty {
            lines += ["", "No components were checked."]
        }
        for verdict in Verdict.allCases.reversed() {
            let group = order.filter { report.results[$0].verdict == verdict }
            guard !group.isEmpty else { continue }
            lines += ["", paint.bold(paint.verdict(verdict, verdict.heading))]
            // Each component's block is rendered on its own, on all cores; the order stays the same.
            lines += concurrentMap(group.count) { block(for: report.results[group[$0]], paint: paint) }
        }
        if !report.policyFindings.isEmpty {
            lines += ["", paint.bold("POLICY")]
            lines += report.policyFindings.displayOrdered.map { "    " + line(for: $0, paint: paint) }
        }
        lines += ["", "This report is not legal advice."]
        var summary = "\(report.countsLine) — verdict: \(paint.verdict(report.verdict, report.verdict.rawValue))"
        if context.baselined > 0 {
            summary += " (\(context.baselined) \(context.baselined == 1 ? "finding" : "findings") baselined)"
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A component's header line and its findings, one per line.
    private func block(for result: Report.Result, paint: Paint) -> String {
        var text = "  \(paint.bold(result.component.terminalSafe)) (\(result.kind.rawValue), \(result.license.terminalSafe))"
        if let location = result.location { text += " \(location.position.terminalSafe)" }
        for finding in result.orderedFindings { text += "\n    " + line(for: finding, paint: paint) }
        return text
    }

    /// `fail    user-cap: message [clause §2, policy.yaml:12]`, verdict padded to a column.
    private func line(for finding: Finding, paint: Paint) -> String {
        let verdict = finding.effectiveVerdict.rawValue
        let padding = String(repeating: " ", count: 8 - verdict.count)
        var text = "\(paint.verdict(finding.effectiveVerdict, verdict))\(padding)\(finding.rule.rawValue): \(finding.message.terminalSafe)"
        var notes: [String] = []
        if let citation = finding.citation { notes.append(citation.terminalSafe) }
        if let waiver = finding.waivedBy { notes.append("\(finding.verdict.rawValue), waived by \(waiver.terminalSafe)") }
        if !notes.isEmpty { text += " [\(notes.joined(separator: "; "))]" }
        return text
    }

    /// ANSI styling that does nothing when disabled.
    private struct Paint {
        var enabled: Bool

        func bold(_ text: String) -> String { style("1", text) }

        func verdict(_ verdict: Verdict, _ text: String) -> String {
            switch verdict {
            case .fail: style("31", text)
            case .review: style("33", text)
            case .pass: style("32", text)
            }
        }

        private func style(_ code: String, _ text: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
    }
}
