public import ClearanceYAML
import Foundation

/// Checks components' licenses against the license terms and the organization's policy and facts.
///
/// Order of reasoning, per component and per license leaf: the license's own terms against the facts first
/// (a policy `allow` cannot override them; only an exception can), then the policy's lists and categories,
/// then obligations. `OR` takes the best alternative, `AND` the worst. See the "Evaluation" article.
public struct Evaluator: Sendable {
    public var catalog: Catalog
    public var policy: Policy
    /// The day the check is made for: exceptions expire against it.
    public var asOf: CalendarDate
    /// Facts from the command line (`--set`), over every other source.
    public var overrides: Usage
    /// Turns a license text into a tree; a failure is reported as an unknown license (fail closed).
    public var parse: @Sendable (String) -> Result<(tree: LicenseTree, normalized: String), Diagnostic>
    /// What each license leaf of the run gives whatever the component, worked out once per run.
    private var leafTerms: [String: LeafTerms] = [:]

    public init(
        catalog: Catalog, policy: Policy, asOf: CalendarDate, overrides: Usage = Usage(),
        parse: @escaping @Sendable (String) -> Result<(tree: LicenseTree, normalized: String), Diagnostic>
    ) {
        self.catalog = catalog
        self.policy = policy
        self.asOf = asOf
        self.overrides = overrides
        self.parse = parse
    }

    /// The report for `components`, in the order given.
    ///
    /// Components are evaluated on all processor cores (the report is the same either way), each distinct
    /// license text is parsed once, and components that differ only in name, location and the lines their
    /// facts come from share one evaluation (see ``Case``).
    public func evaluate(_ components: [Component], concurrently: Bool = true) -> Report {
        // The distinct license texts, gathered on all cores (a run repeats a few texts many times), parsed once.
        let runs = 16
        let texts = components.withUnsafeBufferPointer { buffer in
            let components = LentElements(buffer: buffer)
            return concurrentMap(runs, concurrently: concurrently, minimumCount: 2) { run in
                var texts = Set<String>()
                for i in (components.buffer.count * run / runs)..<(components.buffer.count * (run + 1) / runs) {
                    if let text = components[i].license { texts.insert(text) }
                }
                return texts
            }
        }
        var parsed: [String: Result<(tree: LicenseTree, normalized: String), Diagnostic>] = [:]
        for run in texts {
            for text in run where parsed[text] == nil { parsed[text] = parse(text) }
        }
        var prepared = self
        for case .success(let license) in parsed.values {
            for leaf in license.tree.leaves where prepared.leafTerms[leaf] == nil { prepared.leafTerms[leaf] = terms(ofLeaf: leaf) }
        }
        // One pass on all cores: each component's case, evaluated by the first component that needs it (any
        // component of a case gives the same outcome), then the component's result with its own fact lines.
        // Each chunk of components keeps the outcomes it has met, and asks the shared ones only for a new case.
        let outcomes = CaseOutcomes()
        let results = components.withUnsafeBufferPointer { buffer in
            let components = LentElements(buffer: buffer)
            return concurrentMap(buffer.count, concurrently: concurrently, scratch: { [Case: CaseOutcome]() }) {
                [parsed, prepared] known, i in
                let c = prepared.caseOf(components[i])
                if let outcome = known[c] { return prepared.result(for: components[i], outcome) }
                let outcome = outcomes.outcome(for: c) {
                    prepared.evaluate(c, component: components[i], parsed: parsed)
                }.copy()
                known[c] = outcome
                return prepared.result(for: components[i], outcome)
            }
        }
        var usedExceptions = Set<Int>()
        var licensesInUse = Set<String>()
        for outcome in outcomes.all {
            usedExceptions.formUnion(outcome.usedExceptions)
            licensesInUse.formUnion(outcome.licenses)
        }
        var policyFindings: [Finding] = []
        for (index, exception) in policy.exceptions.enumerated() where !usedExceptions.contains(index) {
            let scope = [exception.component, exception.license].compactMap { $0 }.joined(separator: " / ")
            policyFindings.append(
                Finding(.exceptionUnused, .pass, "exception for \(scope) (\(exception.label)) matched no component; remove it or fix its scope",
                    license: exception.license, policy: exception.location))
        }
        var summary = Report.Summary()
        for result in results {
            switch result.verdict {
            case .pass: summary.pass += 1
            case .review: summary.review += 1
            case .fail: summary.fail += 1
            }
        }
        let licenses = licensesInUse.sorted().compactMap { id in
            catalog.descriptor(for: id).map { Report.LicenseInfo(id: $0.id, name: $0.name, verified: $0.verified.description) }
        }
        return Report(
            verdict: results.map(\.verdict).max() ?? .pass, summary: summary,
            policy: .init(name: policy.name, file: policy.file, sha256: policy.sha256), asOf: asOf.description,
            results: results, policyFindings: policyFindings, overrides: catalog.overrides, licenses: licenses)
    }

    // MARK: - Cases

    /// What a component's evaluation depends on, less what only changes what its findings cite: the license
    /// text, the facts' values and which of them are declared, whether the model is multimodal, and the
    /// component's name only where it matters (an exception scoped to components matches it, or a domicile
    /// term may have to name it).
    ///
    /// A case is evaluated with placeholder sources (see ``placeholder(for:)``): a finding that cites a fact
    /// cites its placeholder, which each component's result replaces with the line of its own declaration.
    /// Its hash is worked out with the case, on all cores, so that grouping components by case is cheap.
    struct Case: Hashable {
        var license: String?
        /// The facts' values, without sources.
        var facts: Usage
        /// Which facts are declared (``Usage/Sources/declared``).
        var declared: UInt8
        var multimodal: Bool?
        var name: String?
        private var hash = 0

        init(license: String?, facts: Usage, declared: UInt8, multimodal: Bool?, name: String?) {
            self.license = license
            self.facts = facts
            self.declared = declared
            self.multimodal = multimodal
            self.name = name
            var hasher = Hasher()
            hasher.combine(license)
            hasher.combine(facts)
            hasher.combine(declared)
            hasher.combine(multimodal)
            hasher.combine(name)
            hash = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        /// The facts with a placeholder source for each declared one.
        var templateFacts: Usage {
            var facts = facts
            for key in Usage.Key.allCases where declared & (1 << key.index) != 0 { facts.sources[key] = placeholder(for: key) }
            return facts
        }
    }

    /// A component's case.
    func caseOf(_ component: borrowing Component) -> Case {
        // The values alone: their sources are looked up only for the facts a case's findings cite.
        var values = policy.usage.overlaid(by: component.usage, sources: false).overlaid(by: overrides, sources: false)
        values.sources = Usage.Sources()
        let declared = policy.usage.sources.declared | component.usage.sources.declared | overrides.sources.declared
        // (A closure that captured the component would copy it.)
        let name = component.name
        let namesMatter = (component.multimodal == nil && values.domicile != nil)
            || policy.exceptions.contains { $0.component != nil && $0.matches(component: name, license: $0.license) }
        let c = Case(
            license: component.license, facts: values, declared: declared, multimodal: component.multimodal,
            name: namesMatter ? component.name : nil)
        return c
    }

    /// Where a component's fact `key` is declared, given where the component (or its manifest) declares its
    /// facts: by `--set`, else by the component, else by the policy; the source ``facts(for:)`` gives it,
    /// without folding every source.
    func source(of key: Usage.Key, declared: Usage.Sources) -> SourceLocation? {
        overrides.sources[key] ?? declared[key] ?? policy.usage.sources[key]
    }

    /// Where a case's findings cite fact `key`: a file name no real file has, with the key's slot as its line.
    static func placeholder(for key: Usage.Key) -> SourceLocation {
        SourceLocation(file: placeholderFile, line: key.index)
    }

    private static let placeholderFile = "\u{0}fact"

    /// The fact a placeholder stands for; nil for any other location.
    static func placeholderKey(_ location: SourceLocation?) -> Usage.Key? {
        guard let location, location.file == placeholderFile else { return nil }
        return Usage.Key.allCases.first { $0.index == location.line }
    }

    /// The outcome of each case met so far, shared by the threads of one evaluation.
    final class CaseOutcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Case: CaseOutcome] = [:]

        /// The outcome of `c`, from `evaluate` the first time. Two threads may both evaluate a new case; the first
        /// outcome stored is kept (both are the same).
        func outcome(for c: Case, _ evaluate: () -> CaseOutcome) -> CaseOutcome {
            if let known = lock.withLock({ outcomes[c] }) { return known }
            let outcome = evaluate()
            return lock.withLock {
                if let known = outcomes[c] { return known }
                outcomes[c] = outcome
                return outcome
            }
        }

        /// Every outcome, in no particular order.
        var all: [CaseOutcome] { lock.withLock { Array(outcomes.values) } }
    }

    /// A case's findings, obligations, normalized license, and the exceptions and licenses it used.
    ///
    /// A class, so that handing it to each component of the case costs one reference, not one per field.
    final class CaseOutcome: Sendable {
        /// With placeholders where a fact is cited.
        let findings: [Finding]
        let obligations: [Report.ObligationItem]
        let normalized: String
        let verdict: Verdict
        /// The facts the findings cite, and where the first component of the case declares them.
        let cited: [(key: Usage.Key, source: SourceLocation?)]
        /// The findings citing the first component's facts: shared by every component that declares the cited
        /// facts on the same lines (facts from the policy or the manifest's `usage`), so that one array, and
        /// one rendering of it, serves them all.
        let citing: [Finding]
        let usedExceptions: Set<Int>
        let licenses: Set<String>

        init(
            findings: [Finding], obligations: [Report.ObligationItem], normalized: String, verdict: Verdict,
            cited: [(key: Usage.Key, source: SourceLocation?)], citing: [Finding], usedExceptions: Set<Int>,
            licenses: Set<String>
        ) {
            self.findings = findings
            self.obligations = obligations
            self.normalized = normalized
            self.verdict = verdict
            self.cited = cited
            self.citing = citing
            self.usedExceptions = usedExceptions
            self.licenses = licenses
        }

        /// The same outcome in storage of its own, for one chunk of components: results take a reference to the
        /// arrays and strings they share with the other components of the case, and a reference to one object
        /// from every core at once costs far more than one from a single core.
        func copy() -> CaseOutcome {
            CaseOutcome(
                findings: findings.map { $0 }, obligations: obligations.map { $0 },
                normalized: String(decoding: Array(normalized.utf8), as: UTF8.self), verdict: verdict, cited: cited,
                citing: citing.map { $0 }, usedExceptions: usedExceptions, licenses: licenses)
        }
    }

    /// Evaluates a case, for `component` (one of the components of the case).
    func evaluate(
        _ c: Case, component: borrowing Component, parsed: [String: Result<(tree: LicenseTree, normalized: String), Diagnostic>]
    ) -> CaseOutcome {
        let sources = facts(for: component).sources
        let (state, normalized) = evaluate(component, facts: c.templateFacts, parsed: parsed)
        let cited = Usage.Key.allCases.filter { key in state.findings.contains { Self.placeholderKey($0.policy) == key } }
        return CaseOutcome(
            findings: state.findings, obligations: Self.unique(state.obligations), normalized: normalized,
            verdict: state.findings.map(\.effectiveVerdict).max() ?? .pass,
            cited: cited.map { ($0, sources[$0]) }, citing: Self.citing(state.findings, sources),
            usedExceptions: state.usedExceptions, licenses: state.licenses)
    }

    /// `findings` with each placeholder replaced by where `sources` declare that fact.
    static func citing(_ findings: [Finding], _ sources: Usage.Sources) -> [Finding] {
        var findings = findings
        for i in findings.indices {
            if let key = placeholderKey(findings[i].policy) { findings[i].policy = sources[key] }
        }
        return findings
    }

    /// A component's result from its case: the facts it cites are its own, and lineage findings come last.
    func result(for component: borrowing Component, _ outcome: CaseOutcome) -> Report.Result {
        var findings = outcome.findings
        if !outcome.cited.isEmpty {
            let declared = component.usage.sources
            let same = outcome.cited.allSatisfy { source(of: $0.key, declared: declared) == $0.source }
            findings = same ? outcome.citing : Self.citing(outcome.findings, facts(for: component).sources)
        }
        var verdict = outcome.verdict
        if !component.findings.isEmpty {
            let lineage = lineageFindings(component)
            findings += lineage
            verdict = max(verdict, lineage.map(\.effectiveVerdict).max() ?? .pass)
        }
        return Report.Result(
            component: component.name, kind: component.kind, license: outcome.normalized, verdict: verdict,
            location: component.location, findings: findings, obligations: outcome.obligations)
    }

    /// One component's findings (without lineage), obligations and normalized license, from its license text
    /// parsed beforehand, under `facts`.
    func evaluate(
        _ component: Component, facts: Usage, parsed: [String: Result<(tree: LicenseTree, normalized: String), Diagnostic>]
    ) -> (state: ComponentState, normalized: String) {
        var state = ComponentState(component: component, facts: facts)
        let normalized: String
        if let text = component.license, let result = parsed[text] {
            switch result {
            case .success(let parsed):
                normalized = parsed.normalized
                let outcome = evaluate(parsed.tree, &state)
                state.findings += outcome.findings
                state.obligations += outcome.obligations
            case .failure(let diagnostic):
                normalized = text
                let action = policy.unknown
                state.findings.append(
                    Finding(.unknownLicense, action.action.verdict,
                        "license '\(text)' is not a valid license expression (\(diagnostic.message)); its terms are unknown",
                        policy: action.location))
            }
        } else {
            normalized = "NONE"
            let outcome = applyExceptions(
                [Finding(.unknownLicense, policy.unknown.action.verdict,
                    "no license is declared; an undeclared license is never a pass", policy: policy.unknown.location)],
                license: nil, &state)
            state.findings += outcome
        }
        return (state, normalized)
    }

    /// The facts for a component: policy, then manifest and component (already folded), then `--set`.
    func facts(for component: borrowing Component) -> Usage {
        policy.usage.overlaid(by: component.usage).overlaid(by: overrides)
    }

    // MARK: - Trees

    struct ComponentState {
        var component: Component
        var facts: Usage
        var findings: [Finding] = []
        var obligations: [Report.ObligationItem] = []
        var usedExceptions = Set<Int>()
        var licenses = Set<String>()
    }

    struct Outcome {
        var findings: [Finding] = []
        var obligations: [Report.ObligationItem] = []
        var verdict: Verdict { findings.map(\.effectiveVerdict).max() ?? .pass }
    }

    func evaluate(_ tree: LicenseTree, _ state: inout ComponentState) -> Outcome {
        switch tree {
        case .leaf(let name, _):
            return evaluateLeaf(name, &state)
        case .all(let items):
            var outcome = Outcome()
            for item in items {
                let part = evaluate(item, &state)
                outcome.findings += part.findings
                outcome.obligations += part.obligations
            }
            return outcome
        case .any(let items):
            var best: (outcome: Outcome, item: LicenseTree, state: ComponentState)?
            for item in items {
                var trial = state
                let outcome = evaluate(item, &trial)
                if best == nil || outcome.verdict < best!.outcome.verdict { best = (outcome, item, trial) }
            }
            guard var chosen = best else { return Outcome() }
            state = chosen.state
            let names = items.map { Self.describe($0) }
            chosen.outcome.findings.insert(
                Finding(.expressionChoice, .pass,
                    "chose \(Self.describe(chosen.item)) of the alternatives \(names.joined(separator: " OR ")) (the best verdict: \(chosen.outcome.verdict.rawValue))"),
                at: 0)
            return chosen.outcome
        }
    }

    static func describe(_ tree: LicenseTree) -> String {
        switch tree {
        case .leaf(let name, let exception): exception.map { "\(name) WITH \($0)" } ?? name
        case .all(let items): "(" + items.map(describe).joined(separator: " AND ") + ")"
        case .any(let items): "(" + items.map(describe).joined(separator: " OR ") + ")"
        }
    }

    func evaluateLeaf(_ name: String, _ state: inout ComponentState) -> Outcome {
        let terms = leafTerms[name] ?? terms(ofLeaf: name)
        guard let descriptor = terms.descriptor else {
            let findings = [Finding(.unknownLicense, policy.unknown.action.verdict, terms.unknownMessage, policy: policy.unknown.location)]
            return Outcome(findings: applyExceptions(findings, license: nil, &state))
        }
        state.licenses.insert(descriptor.id)
        var findings = TermCheck(descriptor: descriptor, component: state.component, facts: state.facts).findings()
        findings += terms.policyFindings
        var obligations: [Report.ObligationItem] = []
        for obligation in terms.obligations where Self.applies(obligation.when, state.facts) {
            obligations.append(obligation.item)
            if let finding = obligation.finding { findings.append(finding) }
        }
        return Outcome(findings: applyExceptions(findings, license: descriptor.id, &state), obligations: obligations)
    }

    /// What a license leaf gives whatever the component and its facts: its descriptor, the policy's findings
    /// on it, and its obligations with the review each gets when the policy has not accepted it; for a leaf
    /// the catalog does not know, the message saying so.
    struct LeafTerms: Sendable {
        var descriptor: LicenseDescriptor?
        var unknownMessage = ""
        var policyFindings: [Finding] = []
        var obligations: [(when: LicenseDescriptor.Obligation.When, item: Report.ObligationItem, finding: Finding?)] = []
    }

    func terms(ofLeaf name: String) -> LeafTerms {
        guard let descriptor = catalog.descriptor(for: name) else {
            var message = "license '\(name)' is not in the catalog; its terms are unknown"
            if SPDXLicenseList.entry(for: name) != nil {
                message = "license '\(name)' is on the SPDX list but not in Clearance's catalog; its terms are unknown"
            }
            let near = catalog.suggestions(for: name)
            if !near.isEmpty { message += " (did you mean " + near.map { "'\($0)'" }.joined(separator: ", ") + "?)" }
            return LeafTerms(unknownMessage: message)
        }
        return LeafTerms(
            descriptor: descriptor, policyFindings: policyFindings(descriptor), obligations: obligations(descriptor))
    }

    // MARK: - Policy

    func policyFindings(_ d: LicenseDescriptor) -> [Finding] {
        if let rule = policy.licenses[d.id] {
            let (ruleID, text): (Rule, String) = switch rule.action {
            case .allow: (.licenseAllowed, "the policy allows \(d.id)")
            case .review: (.licenseReview, "the policy requires review of \(d.id)")
            case .deny: (.licenseDenied, "the policy denies \(d.id)")
            }
            return [Finding(ruleID, rule.action.verdict, text, license: d.id, policy: rule.location)]
        }
        if let rule = policy.categories[d.category] {
            let category = d.category.rawValue
            let (ruleID, text): (Rule, String) = switch rule.action {
            case .allow: (.categoryAllowed, "the policy allows \(category) licenses")
            case .review: (.categoryReview, "the policy requires review of \(category) licenses such as \(d.id)")
            case .deny: (.categoryDenied, "the policy denies \(category) licenses such as \(d.id)")
            }
            return [Finding(ruleID, rule.action.verdict, text, license: d.id, policy: rule.location)]
        }
        return [
            Finding(.licenseUnlisted, policy.unknown.action.verdict,
                "\(d.id) (\(d.category.rawValue)) is neither allowed by name nor by category; 'unknown: \(policy.unknown.action.rawValue)' applies",
                license: d.id, policy: policy.unknown.location)
        ]
    }

    /// Every obligation of a license, each with the text to comply with and a review when the policy has not
    /// accepted it; which of them apply depends on the facts (see ``applies(_:_:)``).
    func obligations(
        _ d: LicenseDescriptor
    ) -> [(when: LicenseDescriptor.Obligation.When, item: Report.ObligationItem, finding: Finding?)] {
        Self.allObligations(d).map { o in
            let text = Explanation.obligation(o)
            let item = Report.ObligationItem(id: o.id.rawValue, license: d.id, text: text, clause: o.clause)
            let finding = policy.acceptedObligations.contains(o.id)
                ? nil
                : Finding(.obligation, .review, "\(d.id) requires: \(text) (obligation '\(o.id.rawValue)' is not in obligations.accept)",
                    license: d.id, clause: o.clause, policy: policy.acceptedObligationsLocation)
            return (o.when, item, finding)
        }
    }

    /// The descriptor's obligations plus those implied by its acceptable-use policy and flow-down duty.
    static func allObligations(_ d: LicenseDescriptor) -> [LicenseDescriptor.Obligation] {
        var list = d.obligations
        if let aup = d.restrictions.acceptableUsePolicy, !list.contains(where: { $0.id == .acceptableUse }) {
            list.append(.init(id: .acceptableUse, when: .always, clause: aup.clause, text: aup.url))
        }
        if let u = d.restrictions.useRestrictions, u.flowDown, !list.contains(where: { $0.id == .flowDown }) {
            list.append(.init(id: .flowDown, when: .distribution, clause: u.clause))
        }
        return list
    }

    /// Whether an obligation's `when` applies to the facts; an undeclared fact counts as applying.
    static func applies(_ when: LicenseDescriptor.Obligation.When, _ f: Usage) -> Bool {
        switch when {
        case .always: return true
        case .distribution: return f.distribution.map { $0.contains(.weights) || $0.contains(.onDevice) } ?? true
        case .hosting: return f.distribution?.contains(.hosted) ?? true
        case .product: return f.distribution.map { $0.contains { $0 != .internal } } ?? true
        case .derivative: return (f.modifies ?? true) || (f.trainsOnOutputs ?? false)
        }
    }

    // MARK: - Exceptions and lineage

    func applyExceptions(_ findings: [Finding], license: String?, _ state: inout ComponentState) -> [Finding] {
        var result = findings
        for (index, exception) in policy.exceptions.enumerated()
        where exception.matches(component: state.component.name, license: license) {
            state.usedExceptions.insert(index)
            if exception.expires < asOf {
                result.append(
                    Finding(.exceptionExpired, .fail,
                        "exception \(exception.label) expired on \(exception.expires); it no longer applies (approved by \(exception.approvedBy))",
                        license: license, policy: exception.location))
                continue
            }
            for i in result.indices where result[i].verdict != .pass && result[i].waivedBy == nil {
                if exception.verdict == .allow {
                    result[i].waivedBy = exception.label
                } else if result[i].verdict == .fail {
                    result[i].verdict = .review
                }
            }
            result.append(
                Finding(.exceptionApplied, exception.verdict.verdict,
                    "exception \(exception.label) applied (\(exception.verdict.rawValue)) until \(exception.expires): \(exception.reason); approved by \(exception.approvedBy)",
                    license: license, policy: exception.location))
        }
        return result
    }

    /// Lineage findings from the readers, with the policy's verdict for derivative naming.
    func lineageFindings(_ component: Component) -> [Finding] {
        component.findings.map { finding in
            guard finding.rule == .derivativeNaming else { return finding }
            var f = finding
            f.verdict = policy.derivativeNaming.action.verdict
            f.policy = policy.derivativeNaming.location
            return f
        }
    }

    static func unique(_ items: [Report.ObligationItem]) -> [Report.ObligationItem] {
        // A component has a handful of obligations: comparing them costs less than hashing their texts.
        if items.count <= 16 {
            var result: [Report.ObligationItem] = []
            for item in items where !result.contains(item) { result.append(item) }
            return result
        }
        var seen = Set<Report.ObligationItem>()
        return items.filter { seen.insert($0).inserted }
    }
}
