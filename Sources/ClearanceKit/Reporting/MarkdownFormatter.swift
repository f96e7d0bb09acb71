/// GitHub-flavoured Markdown for a pull-request comment or a job summary: the overall verdict, a table of
/// verdict, component, license, why and what to do, findings about the policy, obligations to fulfil, the facts
/// the verdicts used and what the catalog could not verify about the licenses in use.
///
/// Every piece of input text is escaped (Markdown punctuation, `|`, HTML); names and licenses are code spans.
struct MarkdownFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        var lines = ["## Clearance: \(badge(report.verdict))", ""]
        var facts = [
            "**\(report.countsLine)**",
            "policy \(report.policy.name.markdownEscaped) (\(report.policy.file.markdownCode))",
            "as of \(report.asOf.markdownEscaped)",
        ]
        if context.baselined > 0 {
            facts.append("\(context.baselined) \(context.baselined == 1 ? "finding" : "findings") baselined")
        }
        lines.append(facts.joined(separator: " · "))
        let ordered = report.orderedResults
        let results = Verdict.allCases.reversed().flatMap { verdict in ordered.filter { $0.verdict == verdict } }
        if results.isEmpty {
            lines += ["", "No components were checked."]
        } else {
            lines += ["", "| Verdict | Component | License | Why | What to do |", "| --- | --- | --- | --- | --- |"]
            for result in results {
                let component = "\(result.component.markdownCode) (\(result.kind.rawValue))"
                let license = result.license.markdownCode
                let open = result.orderedFindings.filter(\.isOpen)
                if open.isEmpty {
                    let why = result.orderedFindings.map(reason).joined(separator: "<br>")
                    lines.append(
                        row(badge(.pass), component, license, why.isEmpty ? "No findings." : why, "Nothing to do."))
                } else {
                    for finding in open {
                        lines.append(
                            row(
                                badge(finding.effectiveVerdict), component, license, reason(finding),
                                finding.rule.remedy))
                    }
                }
            }
        }
        if !report.policyFindings.isEmpty {
            lines += ["", "### The policy", "", "| Verdict | Why | What to do |", "| --- | --- | --- |"]
            for finding in report.policyFindings.displayOrdered {
                lines.append(
                    row(
                        badge(finding.effectiveVerdict), reason(finding),
                        finding.isOpen ? finding.rule.remedy : "Nothing to do."))
            }
        }
        let obligations = report.obligationsToFulfil
        if !obligations.isEmpty {
            lines += ["", "### Obligations to fulfil", ""]
            for obligation in obligations {
                let key = obligation.key
                lines.append(
                    "- [ ] **\(report.licenseName(key.license).markdownEscaped)**, \(key.id.markdownEscaped) "
                        + "(clause \(key.clause.markdownEscaped)): \(key.text.markdownEscaped) "
                        + "— \(obligation.components.map(\.markdownCode).joined(separator: ", "))")
            }
        }
        lines += factsUsed(report)
        lines += caveats(report)
        lines += ["", "_This report is not legal advice._"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The facts the verdicts used: one list, or one per set of components that share their facts.
    private func factsUsed(_ report: Report) -> [String] {
        let groups = report.factGroups
        guard !groups.isEmpty else { return [] }
        var lines = ["", "### Facts the verdicts used", ""]
        for (index, group) in groups.enumerated() {
            if groups.count > 1 {
                if index > 0 { lines.append("") }
                lines += ["For \(group.components.map(\.markdownCode).joined(separator: ", ")):", ""]
            }
            let declared = group.facts.declaredFacts
            if declared.isEmpty {
                lines.append("- No facts were declared; a term that depends on one is a missing-fact review.")
            }
            for fact in declared {
                let source = fact.source.map { " (\($0.shortDescription.markdownEscaped))" } ?? ""
                lines.append("- \(fact.key.rawValue.markdownEscaped): \(fact.value.markdownCode)\(source)")
            }
        }
        return lines
    }

    /// What the catalog could not verify about each license in use: terms not evaluated, to check by hand.
    private func caveats(_ report: Report) -> [String] {
        let licenses = report.licensesWithCaveats
        guard !licenses.isEmpty else { return [] }
        var lines = [
            "", "### Not verified in the catalog", "",
            "These terms are not evaluated; check them against the license text.", "",
        ]
        for license in licenses {
            lines.append("- **\(license.name.markdownEscaped)** (\(license.id.markdownCode))")
            for note in license.unverified { lines.append("  - \(note.markdownEscaped)") }
        }
        return lines
    }

    private func row(_ cells: String...) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// `**user-cap**: message (clause §2, policy.yaml:12)`, and the waiver as a sentence when there is one.
    private func reason(_ finding: Finding) -> String {
        var text = "**\(finding.rule.rawValue)**: \(finding.message.markdownEscaped)"
        if let citation = finding.citation { text += " (\(citation.markdownEscaped))" }
        if let waiver = finding.waiverSentence { text += ". " + waiver.markdownEscaped }
        return text
    }

    private func badge(_ verdict: Verdict) -> String {
        switch verdict {
        case .fail: "❌ fail"
        case .review: "⚠️ review"
        case .pass: "✅ pass"
        }
    }
}
