/// One self-contained HTML page for legal review: the verdict, summary, each component with its findings
/// and clause citations, an obligations checklist, the facts the verdicts used and where each was declared, the
/// policy and its SHA-256, the as-of date, the catalog's verified dates and what it could not verify, and a "not
/// legal advice" notice.
///
/// The page has inline CSS and no scripts or external assets; every piece of input text is escaped, and
/// only `http`/`https` license URLs become links.
struct HTMLFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        // Worst first, so that a reviewer meets the failures first; by name within a verdict.
        let ordered = report.orderedResults
        let results = Verdict.allCases.reversed().flatMap { verdict in ordered.filter { $0.verdict == verdict } }
        var html = head(report)
        html += header(report, context: context)
        html.append("<main>")
        html += summary(results)
        html += components(results)
        if !report.policyFindings.isEmpty {
            html.append("<section id=\"policy\">")
            html.append("<h2>Findings about the policy</h2>")
            html += findingsTable(report.policyFindings.displayOrdered)
            html.append("</section>")
        }
        html += obligations(report)
        html += factsUsed(report)
        html += licenses(report, context: context)
        html.append("</main>")
        html.append(
            "<footer>Clearance \(e(ClearanceVersion.string)) · policy \(e(report.policy.name)) · as of \(e(report.asOf))"
                + " · This report is not legal advice.</footer>")
        html.append("</body>")
        html.append("</html>")
        return html.joined(separator: "\n") + "\n"
    }

    /// The document's start, up to the opening of its body.
    private func head(_ report: Report) -> [String] {
        [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(e("License compliance report: \(report.policy.name), \(report.asOf)"))</title>",
            "<style>\n\(Self.css)</style>",
            "</head>",
            "<body>",
        ]
    }

    /// The verdict, the disclaimer, and what the check was made with.
    private func header(_ report: Report, context: RenderContext) -> [String] {
        var html = ["<header>", "<h1>License compliance report</h1>"]
        html.append(
            "<p class=\"overall \(report.verdict.rawValue)\">Verdict: <strong>\(report.verdict.heading)</strong> "
                + "<span>\(e(report.countsLine))</span></p>")
        html.append(
            "<p class=\"disclaimer\"><strong>This report is not legal advice.</strong> It compares declared "
                + "facts with a machine-readable summary of each license; read the cited clauses, and ask counsel "
                + "before relying on it.</p>")
        html.append("<dl class=\"facts\">")
        var facts: [(String, String)] = [
            ("Policy", e(report.policy.name)),
            ("Policy file", "<code>\(e(report.policy.file))</code>"),
            ("Policy SHA-256", "<code class=\"hash\">\(e(report.policy.sha256))</code>"),
            ("As of", e(report.asOf)),
            ("Gate fails on", e(context.failOn.rawValue)),
            ("Checked with", "Clearance \(e(ClearanceVersion.string))"),
        ]
        if context.baselined > 0 {
            facts.append(("Baselined findings", "\(context.baselined) (waived by a baseline file; they count as pass)"))
        }
        for (term, value) in facts { html.append("<dt>\(term)</dt><dd>\(value)</dd>") }
        html.append("</dl>")
        html.append("</header>")
        return html
    }

    /// A table of the components, each linking to its article.
    private func summary(_ results: [Report.Result]) -> [String] {
        var html = ["<section id=\"summary\">", "<h2>Summary</h2>"]
        if results.isEmpty {
            html.append("<p>No components were checked.</p>")
        } else {
            html.append("<table>")
            html.append(
                "<thead><tr><th>Verdict</th><th>Component</th><th>Kind</th><th>License</th><th>Open findings</th></tr></thead>"
            )
            html.append("<tbody>")
            for (index, result) in results.enumerated() {
                let open = result.findings.filter(\.isOpen).count
                html.append(
                    "<tr><td>\(badge(result.verdict))</td><td><a href=\"#component-\(index + 1)\">\(e(result.component))</a></td>"
                        + "<td>\(result.kind.rawValue)</td><td><code>\(e(result.license))</code></td><td class=\"number\">\(open)</td></tr>"
                )
            }
            html.append("</tbody>")
            html.append("</table>")
        }
        html.append("</section>")
        return html
    }

    /// One article per component, with its findings.
    private func components(_ results: [Report.Result]) -> [String] {
        guard !results.isEmpty else { return [] }
        var html = ["<section id=\"components\">", "<h2>Components</h2>"]
        for (index, result) in results.enumerated() {
            html.append("<article class=\"component \(result.verdict.rawValue)\" id=\"component-\(index + 1)\">")
            html.append("<h3>\(badge(result.verdict)) \(e(result.component))</h3>")
            var meta = ["\(result.kind.rawValue)", "license <code>\(e(result.license))</code>"]
            meta.append(
                result.location.map { "declared at <code>\(e($0.description))</code>" }
                    ?? "declaration line unknown")
            html.append("<p class=\"meta\">\(meta.joined(separator: " · "))</p>")
            html += findingsTable(result.orderedFindings)
            html.append("</article>")
        }
        html.append("</section>")
        return html
    }

    /// The obligations to fulfil, as a checklist.
    private func obligations(_ report: Report) -> [String] {
        var html = ["<section id=\"obligations\">", "<h2>Obligations checklist</h2>"]
        let obligations = report.obligationsToFulfil
        if obligations.isEmpty {
            html.append("<p>No obligations to fulfil.</p>")
        } else {
            html.append("<ul class=\"checklist\">")
            for obligation in obligations {
                let key = obligation.key
                html.append(
                    "<li><label><input type=\"checkbox\"> <strong>\(e(report.licenseName(key.license)))</strong>, "
                        + "\(e(key.id)) (clause \(e(key.clause))): \(e(key.text))</label>"
                        + "<div class=\"applies\">For: \(obligation.components.map(e).joined(separator: ", "))</div></li>"
                )
            }
            html.append("</ul>")
        }
        html.append("</section>")
        return html
    }

    /// The facts the verdicts used, with the lines that declared them: one table, or one per set of components
    /// that share their facts.
    private func factsUsed(_ report: Report) -> [String] {
        let groups = report.factGroups
        guard !groups.isEmpty else { return [] }
        var html = ["<section id=\"facts\">", "<h2>Facts the verdicts used</h2>"]
        for group in groups {
            if groups.count > 1 {
                html.append("<p class=\"applies\">For: \(group.components.map(e).joined(separator: ", "))</p>")
            }
            let declared = group.facts.declaredFacts
            if declared.isEmpty {
                html.append("<p>No facts were declared; a term that depends on one is a missing-fact review.</p>")
                continue
            }
            html.append("<table class=\"facts-used\">")
            html.append("<thead><tr><th>Fact</th><th>Value</th><th>Declared at</th></tr></thead>")
            html.append("<tbody>")
            for fact in declared {
                html.append(
                    "<tr><td><code>\(fact.key.rawValue)</code></td><td><code>\(e(fact.value))</code></td>"
                        + "<td>\(fact.source.map { "<code>\(e($0.shortDescription))</code>" } ?? "—")</td></tr>")
            }
            html.append("</tbody>")
            html.append("</table>")
        }
        html.append("</section>")
        return html
    }

    /// The licenses in use with the dates their terms were verified and what the catalog could not verify, and
    /// the descriptors the user replaced.
    private func licenses(_ report: Report, context: RenderContext) -> [String] {
        var html = ["<section id=\"licenses\">", "<h2>Licenses in use</h2>"]
        if report.licenses.isEmpty {
            html.append("<p>No license in use was found in the catalog.</p>")
        } else {
            html.append(
                "<p>Terms are taken from Clearance's license catalog; each was last checked against the "
                    + "license text on the date shown.</p>")
            html.append("<table>")
            html.append("<thead><tr><th>Id</th><th>License</th><th>Terms verified</th></tr></thead>")
            html.append("<tbody>")
            for license in report.licenses.sorted(by: { $0.id < $1.id }) {
                var name = e(license.name)
                if let url = context.catalog.descriptor(for: license.id)?.url,
                    url.hasPrefix("https://") || url.hasPrefix("http://")
                {
                    name = "<a href=\"\(e(url))\">\(name)</a>"
                }
                html.append(
                    "<tr><td><code>\(e(license.id))</code></td><td>\(name)</td><td>\(e(license.verified))</td></tr>")
            }
            html.append("</tbody>")
            html.append("</table>")
        }
        let caveats = report.licensesWithCaveats
        if !caveats.isEmpty {
            html.append("<h3>Not verified in the catalog</h3>")
            html.append("<p>These terms are not evaluated; check them against the license text.</p>")
            html.append("<dl class=\"caveats\">")
            for license in caveats {
                html.append("<dt>\(e(license.name)) (<code>\(e(license.id))</code>)</dt>")
                for note in license.unverified { html.append("<dd>\(e(note))</dd>") }
            }
            html.append("</dl>")
        }
        html += otherTerms(report, context: context)
        if !report.overrides.isEmpty {
            html.append("<p>Shipped descriptors replaced by the user's:</p>")
            html.append("<ul>")
            for override in report.overrides.sorted(by: { ($0.id, $0.file) < ($1.id, $1.file) }) {
                html.append("<li><code>\(e(override.id))</code> from <code>\(e(override.file))</code></li>")
            }
            html.append("</ul>")
        }
        html.append("</section>")
        return html
    }

    /// Terms of the licenses in use that are not evaluated but bind the user: termination (and what follows
    /// it), trademarks, indemnity, governing law, as `clearance explain` lists them under "Other terms".
    private func otherTerms(_ report: Report, context: RenderContext) -> [String] {
        let explained = report.licenses.sorted(by: { $0.id < $1.id }).compactMap { license in
            context.catalog.descriptor(for: license.id).map(Explanation.init)
        }.filter { !$0.other.isEmpty }
        guard !explained.isEmpty else { return [] }
        var html = [
            "<h3>Other terms that bind you</h3>",
            "<p>Not evaluated: termination, trademarks, indemnity and governing law, with their clauses.</p>",
            "<dl class=\"terms\">",
        ]
        for explanation in explained {
            html.append("<dt>\(e(explanation.name)) (<code>\(e(explanation.id))</code>)</dt>")
            for line in explanation.other {
                let note = line.note.map { " — \(e($0))" } ?? ""
                html.append("<dd>\(e(line.text)) (clause \(e(line.clause)))\(note)</dd>")
            }
        }
        html.append("</dl>")
        return html
    }

    private func findingsTable(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return ["<p class=\"none\">No findings.</p>"] }
        var html = ["<table class=\"findings\">"]
        html.append(
            "<thead><tr><th>Verdict</th><th>Rule</th><th>Finding</th><th>Clause</th><th>Policy line</th></tr></thead>")
        html.append("<tbody>")
        for finding in findings {
            var message = e(finding.message)
            if let waiver = finding.waiverSentence {
                message += "<div class=\"waiver\">\(e(waiver))</div>"
            }
            if finding.isOpen {
                message += "<div class=\"remedy\">What to do: \(e(finding.rule.remedy))</div>"
            }
            let verdict =
                finding.waivedBy == nil ? badge(finding.effectiveVerdict) : "<span class=\"badge waived\">waived</span>"
            html.append(
                "<tr><td>\(verdict)</td><td class=\"nowrap\"><code>\(finding.rule.rawValue)</code></td><td>\(message)</td>"
                    + "<td>\(finding.clause.map { e($0) } ?? "—")</td>"
                    + "<td class=\"nowrap\">\(finding.policy.map { "<code>\(e($0.shortDescription))</code>" } ?? "—")</td></tr>"
            )
        }
        html.append("</tbody>")
        html.append("</table>")
        return html
    }

    private func badge(_ verdict: Verdict) -> String {
        "<span class=\"badge \(verdict.rawValue)\">\(verdict.rawValue)</span>"
    }

    private func e(_ text: String) -> String { text.htmlEscaped }

    private static let css = """
        :root { --fail: #b42318; --review: #a15c07; --pass: #067647; --line: #d0d5dd; --muted: #475467; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #101828;
          max-width: 1100px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 26px; margin: 0 0 8px; }
        h2 { font-size: 20px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
        h3 { font-size: 16px; margin: 0 0 4px; word-break: break-word; }
        code { font: 13px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; word-break: break-all; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; }
        th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
        th { background: #f2f4f7; font-weight: 600; }
        td.number { text-align: right; }
        .overall { font-size: 18px; padding: 10px 14px; border-radius: 6px; border-left: 6px solid; background: #f9fafb; }
        .overall span { color: var(--muted); margin-left: 12px; font-size: 15px; }
        .overall.fail { border-color: var(--fail); } .overall.fail strong { color: var(--fail); }
        .overall.review { border-color: var(--review); } .overall.review strong { color: var(--review); }
        .overall.pass { border-color: var(--pass); } .overall.pass strong { color: var(--pass); }
        .disclaimer { background: #fffaeb; border: 1px solid #fedf89; border-radius: 6px; padding: 8px 12px; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0 0; }
        .facts dt { font-weight: 600; color: var(--muted); }
        .facts dd { margin: 0; }
        .badge { display: inline-block; min-width: 56px; text-align: center; padding: 1px 8px; border-radius: 10px;
          color: #fff; font-size: 12px; font-weight: 600; text-transform: uppercase; }
        .badge.fail { background: var(--fail); } .badge.review { background: var(--review); } .badge.pass { background: var(--pass); }
        .badge.waived { background: #667085; }
        td.nowrap code { white-space: nowrap; word-break: normal; }
        .component { border: 1px solid var(--line); border-left: 6px solid; border-radius: 6px; padding: 12px 14px; margin: 14px 0; }
        .component.fail { border-left-color: var(--fail); } .component.review { border-left-color: var(--review); }
        .component.pass { border-left-color: var(--pass); }
        .meta { color: var(--muted); margin: 0 0 6px; }
        .remedy, .waiver, .applies { color: var(--muted); font-size: 13px; margin-top: 4px; }
        .checklist { list-style: none; padding-left: 0; }
        .checklist li { border-bottom: 1px solid var(--line); padding: 6px 0; }
        .caveats dt { font-weight: 600; margin-top: 8px; } .caveats dd { margin: 2px 0 2px 20px; }
        footer { margin-top: 32px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
        @media print { body { padding: 0; } .component { break-inside: avoid; } }
        @media (max-width: 640px) { body { padding: 12px; } table { display: block; overflow-x: auto; } }

        """
}
