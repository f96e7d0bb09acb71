/// Plain text for a terminal: components grouped by verdict (fail, review, pass), one line per finding with
/// its clause and policy line, and a one-line summary at the end.
///
/// Input text is made terminal-safe (no control characters); colour is ANSI and only when
/// ``RenderContext/colour`` is true.
struct TextFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        let paint = Paint(enabled: context.colour)
        if context.quiet { return quiet(report, paint: paint) }
        var out = "Clearance \(ClearanceVersion.string): policy \"\(report.policy.name.terminalSafe)\" "
        out += "(\(report.policy.file.terminalSafe)), as of \(report.asOf.terminalSafe)\n"
        let ordered = report.orderedIndices
        if ordered.isEmpty { out += "\nNo components were checked.\n" }
        for verdict in Verdict.allCases.reversed() {
            let group = ordered.filter { report.results[$0].verdict == verdict }
            guard !group.isEmpty else { continue }
            out += "\n" + paint.bold(paint.verdict(verdict, verdict.heading)) + "\n"
            for index in group { block(for: report.results[index], paint: paint, into: &out) }
        }
        if !report.policyFindings.isEmpty {
            out += "\n" + paint.bold("POLICY") + "\n"
            for finding in report.policyFindings.displayOrdered {
                out += "    " + line(for: finding, paint: paint) + "\n"
            }
        }
        out += "\nThis report is not legal advice.\n"
        out += report.countsLine + " — verdict: " + paint.verdict(report.verdict, report.verdict.rawValue)
        if context.baselined > 0 {
            out += " (\(context.baselined) \(context.baselined == 1 ? "finding" : "findings") baselined)"
        }
        return out + "\n"
    }

    /// `--quiet`: the failing and reviewed components with their findings, and the policy's findings; nothing
    /// when everything passes.
    private func quiet(_ report: Report, paint: Paint) -> String {
        var out = ""
        let ordered = report.orderedIndices
        for verdict in [Verdict.fail, .review] {
            for index in ordered where report.results[index].verdict == verdict {
                block(for: report.results[index], paint: paint, into: &out)
            }
        }
        for finding in report.policyFindings.displayOrdered where finding.effectiveVerdict != .pass {
            out += "  " + line(for: finding, paint: paint) + "\n"
        }
        return out
    }

    /// A component's header line and its findings, one per line.
    private func block(for result: Report.Result, paint: Paint, into out: inout String) {
        out += "  "
        out += paint.bold(result.component.terminalSafe)
        out += " ("
        out += result.kind.rawValue
        out += ", "
        out += result.license.terminalSafe
        out += ")"
        if let location = result.location {
            out += " "
            out += location.description.terminalSafe
        }
        out += "\n"
        for finding in result.orderedFindings {
            out += "    "
            line(for: finding, paint: paint, into: &out)
            out += "\n"
        }
    }

    /// `fail    user-cap: message [clause §2, policy.yaml:12]`, verdict padded to a column, and the waiver as a
    /// sentence when there is one.
    private func line(for finding: Finding, paint: Paint) -> String {
        var out = ""
        line(for: finding, paint: paint, into: &out)
        return out
    }

    private func line(for finding: Finding, paint: Paint, into out: inout String) {
        let verdict = finding.effectiveVerdict
        out += paint.verdict(verdict, verdict.rawValue)
        out += Self.padding[verdict.rawValue.utf8.count]
        out += finding.rule.rawValue
        out += ": "
        out += finding.message.terminalSafe
        if let citation = finding.citation { out += " [\(citation)]".terminalSafe }
        if let waiver = finding.waiverSentence { out += " " + waiver.terminalSafe }
    }

    /// Spaces that pad a verdict of each length to eight columns.
    private static let padding = (0...8).map { String(repeating: " ", count: 8 - $0) }

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
