/// JUnit XML for CI test tabs: one test case per component (`classname` its kind, `name` the component).
///
/// A component fails with a `<failure>` listing its findings when its verdict makes the gate fail (fail, and
/// review under ``RenderContext/failOn`` review); otherwise its findings go to `<system-out>`. Findings about
/// the policy itself form one more test case, `classname="policy"`, named for the policy file. No timings, so runs compare equal.
///
/// Text from inputs is on one line each (see ``Swift/String/xmlLineEscaped``): the body of a failure has one
/// line per finding, and no line break or control character from an input starts another.
struct JUnitFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        var cases: [Case] = report.orderedResults.map { result in
            var body: [String] = []
            if let location = result.location { body.append("declared at \(location.description)") }
            body.append("license: \(result.license)")
            body += result.orderedFindings.map(line)
            return Case(
                classname: result.kind.rawValue, name: result.component, failing: context.fails(result.verdict),
                verdict: result.verdict, message: summary(of: result.orderedFindings, verdict: result.verdict),
                body: body)
        }
        if !report.policyFindings.isEmpty {
            let findings = report.policyFindings.displayOrdered
            let verdict = findings.map(\.effectiveVerdict).max() ?? .pass
            cases.append(
                Case(
                    classname: "policy", name: report.policy.file, failing: context.fails(verdict), verdict: verdict,
                    message: summary(of: findings, verdict: verdict), body: findings.map(line)))
        }
        let failures = cases.filter(\.failing).count
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\""
        var xml = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        xml.append("<testsuites name=\"clearance\" \(counts)>")
        xml.append("  <testsuite name=\"\("clearance: \(report.policy.name)".xmlLineEscaped)\" \(counts)>")
        xml.append("    <properties>")
        let properties = [
            ("policy", report.policy.name), ("policy.file", report.policy.file),
            ("policy.sha256", report.policy.sha256),
            ("as-of", report.asOf), ("verdict", report.verdict.rawValue), ("fail-on", context.failOn.rawValue),
            ("baselined", String(context.baselined)),
        ]
        for (name, value) in properties {
            xml.append("      <property name=\"\(name)\" value=\"\(value.xmlLineEscaped)\"/>")
        }
        xml.append("    </properties>")
        for testCase in cases {
            let open =
                "    <testcase classname=\"\(testCase.classname.xmlLineEscaped)\" name=\"\(testCase.name.xmlLineEscaped)\""
            let text = testCase.body.map(\.xmlLineEscaped).joined(separator: "\n")
            if testCase.failing {
                xml.append("\(open)>")
                xml.append(
                    "      <failure type=\"\(testCase.verdict.rawValue)\" message=\"\(testCase.message.xmlLineEscaped)\">\(text)</failure>"
                )
                xml.append("    </testcase>")
            } else if !testCase.body.isEmpty {
                xml.append("\(open)>")
                xml.append("      <system-out>\(text)</system-out>")
                xml.append("    </testcase>")
            } else {
                xml.append("\(open)/>")
            }
        }
        xml.append("  </testsuite>")
        xml.append("</testsuites>")
        return xml.joined(separator: "\n") + "\n"
    }

    /// `fail user-cap: message [clause §2, policy.yaml:12]`, and the waiver as a sentence when there is one.
    private func line(_ finding: Finding) -> String {
        var text = "\(finding.effectiveVerdict.rawValue) \(finding.rule.rawValue): \(finding.message)"
        if let citation = finding.citation { text += " [\(citation)]" }
        if let waiver = finding.waiverSentence { text += " " + waiver }
        return text
    }

    /// The failure message: the one finding behind the verdict, or how many there are.
    private func summary(of findings: [Finding], verdict: Verdict) -> String {
        let worst = findings.filter { $0.effectiveVerdict == verdict }
        guard let first = worst.first else { return verdict.rawValue }
        let more = worst.count > 1 ? " (and \(worst.count - 1) more)" : ""
        return "\(first.rule.rawValue): \(first.message)\(more)"
    }

    private struct Case {
        var classname: String
        var name: String
        var failing: Bool
        var verdict: Verdict
        var message: String
        var body: [String]
    }
}
