public import ClearanceYAML

/// Checks components' licenses against the license terms and the organization's policy and facts.
///
/// Order of reasoning, per component and per license leaf: the license's own terms against the facts first
/// (a policy `allow` cannot override them; only an exception can), then the policy's lists and categories,
/// then obligations. `AND` takes the worst of its operands; `OR` chooses one alternative by a stated rule
/// (see ``choose(_:)`` and the Evaluation rules in <doc:PolicyFormat>).
public struct Evaluator: Sendable {
    public var catalog: Catalog
    public var policy: Policy
    /// The day the check is made for: exceptions expire against it.
    public var asOf: CalendarDate
    /// Facts from the command line (`--set`), over every other source.
    public var overrides: Usage
    /// Turns a license text into a tree; a failure is reported as an unknown license (fail closed).
    public var parse: @Sendable (String) -> Result<(tree: LicenseTree, normalized: String), Diagnostic>

    /// With no `parse`, license texts are read as `clearance expression` reads them
    /// (``LicenseTree/parse(_:resolver:)``), so a whole-text name or URL the catalog knows is that license.
    public init(
        catalog: Catalog, policy: Policy, asOf: CalendarDate, overrides: Usage = Usage(),
        parse: (@Sendable (String) -> Result<(tree: LicenseTree, normalized: String), Diagnostic>)? = nil
    ) {
        self.catalog = catalog
        self.policy = policy
        self.asOf = asOf
        self.overrides = overrides
        let resolver = ExpressionResolver(lookup: catalog)
        self.parse = parse ?? { LicenseTree.parse($0, resolver: resolver) }
    }

    /// The report for `components`, in the order given.
    ///
    /// Components whose evaluation depends on the same things (see ``Case``) share one evaluation.
    public func evaluate(_ components: [Component]) -> Report {
        var outcomes: [Case: Outcome] = [:]
        var results: [Report.Result] = []
        results.reserveCapacity(components.count)
        var usedExceptions = Set<Int>()
        var licensesInUse = Set<String>()
        var factSets: [Usage] = []
        var factSetPositions: [FactSetKey: Int] = [:]
        // Room for a set per component (facts declared on each component's own lines are a set each), so that
        // the table is not rehashed as it grows; room never used takes no memory.
        factSetPositions.reserveCapacity(components.count)
        // The facts' values without their sources, numbered: what a case holds of them (see ``Case``).
        var valueSets: [Usage: Int] = [:]
        var lastFactSet = -1
        var lastValues = 0  // the number of the last fact set's values
        let runFacts = self.runFacts  // the facts of every component that declares none, made once
        for component in components {
            let (facts, factFindings) = resolvedFacts(for: component, runFacts: runFacts)
            // Most components have the facts of the one before (compared cheaply when their arrays are shared).
            let factSet: Int
            if let last = factSets.last, last == facts {
                factSet = factSets.count - 1
            } else {
                let next = factSets.count
                factSet = Self.value(&factSetPositions[FactSetKey(facts: facts), default: next])  // one lookup
                if factSet == next { factSets.append(facts) }
            }
            if factSet != lastFactSet {
                var values = facts
                values.sources = Usage.Sources()
                let count = valueSets.count
                lastValues = Self.value(&valueSets[values, default: count])
                lastFactSet = factSet
            }
            let c = caseOf(component, values: lastValues)
            var outcome: Outcome
            if let shared = outcomes[c], !shared.namesComponent {
                outcome = shared
            } else {
                outcome = evaluate(component, facts: facts)
                usedExceptions.formUnion(outcome.usedExceptions)
                licensesInUse.formUnion(outcome.licenses)
            }
            // Components whose cited facts come from the same lines share one array of findings, too.
            let findings: [Finding]
            if let cited = outcome.cited, outcome.citesSame(cited.sources, facts.sources) {
                findings = cited.findings
            } else {
                findings = outcome.drafts.map { $0.finding(citing: facts.sources) }
                outcome.cited = (facts.sources, findings)
                if outcomes[c] == nil || !outcome.namesComponent { outcomes[c] = outcome }
            }
            results.append(
                result(
                    for: component, outcome, facts: facts, findings: findings, factFindings: factFindings,
                    factSet: factSet))
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
            catalog.descriptor(for: id).map {
                Report.LicenseInfo(
                    id: $0.id, name: $0.name, verified: $0.verified.description, unverified: $0.unverified)
            }
        }
        return Report(
            verdict: results.map(\.verdict).max() ?? .pass, summary: summary,
            policy: .init(name: policy.name, file: policy.file, sha256: policy.sha256), asOf: asOf.description,
            results: results, policyFindings: unusedExceptions(usedExceptions), overrides: catalog.overrides,
            licenses: licenses, factSets: factSets)
    }

    /// One component's result: its findings, obligations and verdict under the run's facts (its ``Report/Result/factSet``
    /// is 0: alone, it has no report to name a set in).
    public func result(for component: Component) -> Report.Result {
        let (facts, factFindings) = resolvedFacts(for: component)
        let outcome = evaluate(component, facts: facts)
        let findings = outcome.drafts.map { $0.finding(citing: facts.sources) }
        return result(
            for: component, outcome, facts: facts, findings: findings, factFindings: factFindings, factSet: 0)
    }

    /// A `pass` finding for each exception of the policy that no component used.
    func unusedExceptions(_ used: Set<Int>) -> [Finding] {
        policy.exceptions.indices.filter { !used.contains($0) }.map { index in
            let exception = policy.exceptions[index]
            let scope = [exception.component, exception.license].compactMap { $0 }.joined(separator: " / ")
            return Finding(
                .exceptionUnused, .pass,
                "exception for \(scope) (\(exception.label)) matched no component; remove it or fix its scope",
                license: exception.license, policy: exception.location)
        }
    }

    /// The value of a dictionary's entry, inserted if it was not there (`&dictionary[key, default: value]`).
    private static func value(_ entry: inout Int) -> Int { entry }

    /// A set of facts as a key of the report's fact sets, hashed by where its facts are declared only: equal
    /// facts have the same sources, and each component that declares facts on its own lines has sources of its
    /// own (hashing every value and file name too was a third of evaluating 100 000 such components).
    struct FactSetKey: Hashable {
        var facts: Usage

        static func == (a: FactSetKey, b: FactSetKey) -> Bool { a.facts == b.facts }

        func hash(into hasher: inout Hasher) { facts.sources.combinePositions(into: &hasher) }
    }

    // MARK: - Cases

    /// What a component's evaluation depends on: the license text, the facts' values (whether the model is
    /// multimodal among them), what the index knows of the model, and the component's name where an exception
    /// scoped to components matches it (an outcome whose findings name the component, ``Outcome/namesComponent``,
    /// is not shared either). Where the facts are declared is not part of it: findings cite facts by
    /// ``Citation/fact(_:)``, and each component's result cites its own lines.
    struct Case: Hashable {
        var license: String?
        /// The facts' values (``Usage/multimodal`` included), without their sources, as the number the run gave
        /// them: hashing a number, not every fact, for each component.
        var values: Int
        var known: Component.KnownFacts?
        var name: String?
    }

    /// A component's case, given the number of its facts' values.
    func caseOf(_ component: Component, values: Int) -> Case {
        let namesMatter = policy.exceptions.contains {
            $0.component != nil && $0.matches(component: component.name, license: $0.license)
        }
        return Case(
            license: component.license, values: values, known: component.known,
            name: namesMatter ? component.name : nil)
    }

    /// A component's result from its outcome: `findings` (the outcome's, citing the lines of the component's
    /// own facts), then `factFindings` (manifest facts the policy did not let count), the naming duty of a
    /// derivative the user makes available, lineage findings last; with the position of the facts it was
    /// evaluated with in the report's ``Report/factSets``.
    func result(
        for component: Component, _ outcome: Outcome, facts: Usage, findings: [Finding], factFindings: [Finding],
        factSet: Int
    ) -> Report.Result {
        var findings = findings
        // (Appending nothing to an array shared with other results would still copy it.)
        if !factFindings.isEmpty { findings += factFindings }
        let naming = namingFindings(component, outcome, facts: facts)
        if !naming.isEmpty { findings += naming }
        if let stated = statedRestrictionFinding(component, facts: facts) { findings.append(stated) }
        if !component.findings.isEmpty { findings += component.findings }
        return Report.Result(
            component: component.name, kind: component.kind, license: outcome.normalized,
            verdict: findings.lazy.map(\.effectiveVerdict).max() ?? .pass, location: component.location,
            findings: findings, obligations: outcome.obligations, factSet: factSet)
    }

    // MARK: - Outcomes

    /// What a component's license gives under its facts: findings waiting for their citations, obligations, the
    /// normalized license, and the exceptions and licenses it used.
    struct Outcome {
        var drafts: [Draft] = []
        var obligations: [Report.ObligationItem] = []
        var normalized = "NONE"
        var usedExceptions = Set<Int>()
        var licenses = Set<String>()
        /// Whether a finding names the component, so that the outcome is its alone.
        var namesComponent = false
        /// The findings cited for the last facts' sources they were made for, to be shared.
        var cited: (sources: Usage.Sources, findings: [Finding])?

        var verdict: Verdict { drafts.map(\.finding.effectiveVerdict).max() ?? .pass }
        /// Whether the findings cite the same lines under `a` as under `b`: only the facts they cite count.
        func citesSame(_ a: Usage.Sources, _ b: Usage.Sources) -> Bool {
            drafts.allSatisfy { draft in
                guard case .fact(let key) = draft.citation else { return true }
                return a[key] == b[key]
            }
        }
        /// Findings that could fail a gate: review or fail, not waived.
        var openCount: Int { drafts.count { $0.finding.effectiveVerdict != .pass } }
    }

    /// Evaluates `component`'s license under its `facts` (see ``resolvedFacts(for:)``).
    func evaluate(_ component: Component, facts: Usage) -> Outcome {
        let context = LeafContext(component: component, facts: facts)
        guard let text = component.license else {
            var outcome = Outcome()
            let unknown = policy.unknown
            outcome.drafts = applyExceptions(
                [
                    Draft(
                        .unknownLicense, unknown.action.verdict,
                        "no license is declared; an undeclared license is never a pass", citation: unknown.citation)
                ], license: nil, component: component, used: &outcome.usedExceptions)
            return outcome
        }
        switch parse(text) {
        case .success(let parsed):
            var outcome = evaluate(parsed.tree, context)
            outcome.normalized = parsed.normalized
            outcome.obligations = Self.unique(outcome.obligations)
            return outcome
        case .failure(let diagnostic):
            let unknown = policy.unknown
            var outcome = Outcome()
            outcome.normalized = text
            outcome.drafts = [
                Draft(
                    .unknownLicense, unknown.action.verdict,
                    "license '\(text)' is not a valid license expression (\(diagnostic.message)); its terms are unknown",
                    citation: unknown.citation)
            ]
            return outcome
        }
    }

    /// What every leaf of one component's tree is checked with.
    struct LeafContext {
        var component: Component
        var facts: Usage
    }

    func evaluate(_ tree: LicenseTree, _ context: LeafContext) -> Outcome {
        switch tree {
        case .leaf(let name, let exception):
            return evaluateLeaf(name, exception: exception, context)
        case .all(let items):
            var outcome = Outcome()
            for item in items {
                let part = evaluate(item, context)
                outcome.drafts += part.drafts
                outcome.obligations += part.obligations
                outcome.usedExceptions.formUnion(part.usedExceptions)
                outcome.licenses.formUnion(part.licenses)
                outcome.namesComponent = outcome.namesComponent || part.namesComponent
            }
            return outcome
        case .any(let items):
            let alternatives = items.map { evaluate($0, context) }
            guard let chosen = Self.choose(alternatives) else { return Outcome() }
            var outcome = alternatives[chosen]
            // An exception that matched any alternative was used, chosen or not.
            for alternative in alternatives {
                outcome.usedExceptions.formUnion(alternative.usedExceptions)
                outcome.namesComponent = outcome.namesComponent || alternative.namesComponent
            }
            let names = items.map(Self.describe).joined(separator: " OR ")
            outcome.drafts.insert(
                Draft(
                    .expressionChoice, .pass,
                    "chose \(Self.describe(items[chosen])) of the alternatives \(names) (\(Self.reason(chosen, alternatives)))"
                ),
                at: 0)
            return outcome
        }
    }

    /// The alternative of an `OR` to take: the best verdict; on a tie, the fewest open findings, then the fewest
    /// obligations, then the first written. The order of the operands never decides but on a full tie.
    static func choose(_ alternatives: [Outcome]) -> Int? {
        alternatives.indices.min { a, b in
            let (x, y) = (alternatives[a], alternatives[b])
            return (x.verdict, x.openCount, x.obligations.count, a) < (y.verdict, y.openCount, y.obligations.count, b)
        }
    }

    /// Why alternative `chosen` was taken, in words.
    static func reason(_ chosen: Int, _ alternatives: [Outcome]) -> String {
        let best = alternatives[chosen]
        let tied = alternatives.filter { $0.verdict == best.verdict }
        if tied.count == 1 { return "the best verdict: \(best.verdict.rawValue)" }
        if tied.filter({ $0.openCount == best.openCount }).count == 1 {
            return "verdict \(best.verdict.rawValue), the fewest open findings"
        }
        let fewest = tied.filter { $0.openCount == best.openCount && $0.obligations.count == best.obligations.count }
        if fewest.count == 1 { return "verdict \(best.verdict.rawValue), the fewest obligations" }
        return "verdict \(best.verdict.rawValue); a tie, so the first written"
    }

    static func describe(_ tree: LicenseTree) -> String {
        switch tree {
        case .leaf(let name, let exception): exception.map { "\(name) WITH \($0)" } ?? name
        case .all(let items): "(" + items.map(describe).joined(separator: " AND ") + ")"
        case .any(let items): "(" + items.map(describe).joined(separator: " OR ") + ")"
        }
    }

    func evaluateLeaf(_ name: String, exception: String?, _ context: LeafContext) -> Outcome {
        var outcome = Outcome()
        let unknown = policy.unknown
        let resolution = catalog.resolution(of: name)
        if case .notInCatalog(let id) = resolution { return evaluateUncatalogued(id, exception: exception, context) }
        guard case .catalog(let id) = resolution, let descriptor = catalog.descriptor(for: id) else {
            let finding = Draft(
                .unknownLicense, unknown.action.verdict, unknownMessage(name), citation: unknown.citation)
            outcome.drafts = applyExceptions(
                [finding], license: nil, component: context.component, used: &outcome.usedExceptions)
            return outcome
        }
        outcome.licenses.insert(descriptor.id)
        // The domicile term asks for `multimodal` by the component's name.
        let check = TermCheck(descriptor: descriptor, component: context.component, facts: context.facts)
        outcome.namesComponent =
            check.multimodal.value == nil && context.facts.domicile != nil
            && descriptor.restrictions.domicile.contains { $0.appliesTo == .multimodal }
        // A family entry has no terms: which apply depends on the version, which the name does not say.
        var drafts =
            descriptor.isFamily
            ? [versionUnknown(descriptor, written: name)]
            : check.findings()
        drafts += unlistedAddition(exception, license: descriptor.id)
        if descriptor.isFamily {
            // The policy's list decides a family named there; its category only when every version has it.
            if policy.licenses[descriptor.id] != nil || sharedCategory(of: descriptor) != nil {
                drafts += policyFindings(descriptor.id, category: sharedCategory(of: descriptor))
            }
        } else {
            drafts += policyFindings(descriptor.id, category: descriptor.category)
        }
        for obligation in Self.allObligations(descriptor) where obligation.when.applies(to: context.facts) {
            let text = Explanation.obligation(obligation)
            outcome.obligations.append(
                Report.ObligationItem(
                    id: obligation.id.rawValue, license: descriptor.id, text: text, clause: obligation.clause))
            if !policy.acceptedObligations.contains(obligation.id) {
                drafts.append(
                    Draft(
                        .obligation, .review,
                        "\(descriptor.id) requires: \(text) (obligation '\(obligation.id.rawValue)' is not in obligations.accept)",
                        license: descriptor.id, clause: obligation.clause,
                        citation: policy.acceptedObligationsLocation.map(Citation.line)))
            }
        }
        outcome.drafts = applyExceptions(
            drafts, license: descriptor.id, component: context.component, used: &outcome.usedExceptions)
        return outcome
    }

    /// A leaf whose license is on the SPDX list but has no descriptor: the policy decides by the id's list, then
    /// by the category of ``SPDXLicenseList/classification(for:)``, and `terms-unchecked` says the terms were not
    /// read. That finding passes only when the policy names the license by id (a deliberate decision of the
    /// organization); a category match alone, or no decision at all, makes it a review.
    func evaluateUncatalogued(_ id: String, exception: String?, _ context: LeafContext) -> Outcome {
        var outcome = Outcome()
        let named = policy.licenses[id]
        let classification = SPDXLicenseList.classification(for: id)
        let terms =
            "'\(id)' is on the SPDX license list but Clearance's catalog has no descriptor for it, so its terms (commercial use, caps, hosting, obligations) were not checked"
        var drafts: [Draft] = []
        if let named {
            drafts.append(
                Draft(
                    .termsUnchecked, .pass,
                    terms + "; the policy \(named.action.rawValue)s it by id, and that decision stands",
                    license: id, citation: named.citation))
        } else {
            let category = classification?.category.map {
                "; its category (\($0.rawValue), from the \(classification?.basis.rawValue ?? "")) is not a decision about this license: read its terms, then name it in the policy's licenses"
            }
            drafts.append(
                Draft(
                    .termsUnchecked, .review,
                    terms + (category ?? "; name it in the policy's licenses once its terms are read"), license: id))
        }
        drafts += unlistedAddition(exception, license: id)
        drafts += policyFindings(id, category: classification?.category)
        outcome.drafts = applyExceptions(
            drafts, license: id, component: context.component, used: &outcome.usedExceptions)
        return outcome
    }

    /// `unknown-license` for a `WITH` operand that is not an exception of the SPDX list; none otherwise.
    func unlistedAddition(_ exception: String?, license id: String) -> [Draft] {
        guard let exception, !Self.isListedException(exception) else { return [] }
        let unknown = policy.unknown
        return [
            Draft(
                .unknownLicense, unknown.action.verdict,
                "\(id) WITH \(exception): the exception or addition '\(exception)' is not on the SPDX exception list, so its terms are unknown",
                license: id, citation: unknown.citation)
        ]
    }

    /// Whether a `WITH` operand is an exception of the SPDX list, whose terms only add permissions to the
    /// license's: anything else (an `AdditionRef-`, an unlisted name) has terms nobody checked.
    static func isListedException(_ name: String) -> Bool {
        SPDXLicenseList.entry(for: name)?.kind == .exception
    }

    /// The category every version of a family has, when they all have one and the same (all of `bsd` is
    /// permissive); nil when they differ (`cc`: permissive, copyleft, non-commercial) or one is unknown.
    func sharedCategory(of family: LicenseDescriptor) -> LicenseDescriptor.Category? {
        let categories = catalog.versions(of: family).map { version -> LicenseDescriptor.Category? in
            switch version {
            case .catalog(let d): d.category
            case .spdx(let id): SPDXLicenseList.classification(for: id)?.category
            }
        }
        guard let first = categories.first, let category = first, categories.allSatisfy({ $0 == category })
        else { return nil }
        return category
    }

    /// The review for a family entry (`gpl`, `cc`): the versions it could be, so the reviewer can find out which.
    func versionUnknown(_ family: LicenseDescriptor, written name: String) -> Draft {
        let versions = catalog.versions(of: family).map(\.description)
        let list =
            versions.count > 1
            ? versions.dropLast().joined(separator: ", ") + " or " + versions[versions.count - 1]
            : versions.joined()
        let named = Catalog.key(name) == family.id ? "'\(family.id)'" : "'\(name)' (\(family.id))"
        return Draft(
            .licenseVersionUnknown, .review,
            "license \(named) names a family of licenses (\(family.name)), not one version, so its terms are unknown: it could be \(list); declare the version",
            license: family.id)
    }

    /// Why a leaf the catalog does not know has unknown terms, with the nearest ids.
    func unknownMessage(_ name: String) -> String {
        var message = "license '\(name)' is not in the catalog; its terms are unknown"
        let near = catalog.suggestions(for: name)
        if !near.isEmpty { message += " (did you mean " + near.map { "'\($0)'" }.joined(separator: ", ") + "?)" }
        return message
    }

    // MARK: - Policy

    /// The policy's word on license `id` of `category` (nil: none known): its list, else its category, else
    /// `unknown`.
    func policyFindings(_ id: String, category: LicenseDescriptor.Category?) -> [Draft] {
        if let decision = policy.licenses[id] {
            let (rule, text): (Rule, String) =
                switch decision.action {
                case .allow: (.licenseAllowed, "the policy allows \(id)")
                case .review: (.licenseReview, "the policy requires review of \(id)")
                case .deny: (.licenseDenied, "the policy denies \(id)")
                }
            return [Draft(rule, decision.action.verdict, text, license: id, citation: decision.citation)]
        }
        if let category, let decision = policy.categories[category] {
            let name = category.rawValue
            let (rule, text): (Rule, String) =
                switch decision.action {
                case .allow: (.categoryAllowed, "the policy allows \(name) licenses")
                case .review: (.categoryReview, "the policy requires review of \(name) licenses such as \(id)")
                case .deny: (.categoryDenied, "the policy denies \(name) licenses such as \(id)")
                }
            return [Draft(rule, decision.action.verdict, text, license: id, citation: decision.citation)]
        }
        let unknown = policy.unknown
        return [
            Draft(
                .licenseUnlisted, unknown.action.verdict,
                "\(id) (\(category?.rawValue ?? "no category")) is neither allowed by name nor by category; 'unknown: \(unknown.action.rawValue)' applies",
                license: id, citation: unknown.citation)
        ]
    }

    /// The descriptor's obligations plus those implied by its acceptable-use policy and flow-down duty.
    static func allObligations(_ d: LicenseDescriptor) -> [LicenseDescriptor.Obligation] {
        var list = d.obligations
        if let aup = d.restrictions.acceptableUsePolicy, !list.contains(where: { $0.id == .acceptableUse }) {
            list.append(.init(id: .acceptableUse, when: Trigger(.always), clause: aup.clause, text: aup.url))
        }
        if let u = d.restrictions.useRestrictions, u.flowDown, !list.contains(where: { $0.id == .flowDown }) {
            let when = Trigger(.distribution, distribution: d.definitions.distribution?.means)
            list.append(.init(id: .flowDown, when: when, clause: u.clause))
        }
        return list
    }

    // MARK: - Exceptions and lineage

    /// `drafts` after the policy's exceptions that cover the component and license; records which were used.
    func applyExceptions(_ drafts: [Draft], license: String?, component: Component, used: inout Set<Int>) -> [Draft] {
        var result = drafts
        for (index, exception) in policy.exceptions.enumerated()
        where exception.matches(component: component.name, license: license) {
            used.insert(index)
            if exception.expires < asOf {
                result.append(
                    Draft(
                        .exceptionExpired, .fail,
                        "exception \(exception.label) expired on \(exception.expires); it no longer applies (approved by \(exception.approvedBy))",
                        license: license, citation: .line(exception.location)))
                continue
            }
            for i in result.indices where result[i].finding.verdict != .pass && result[i].finding.waivedBy == nil {
                if exception.action == .allow {
                    result[i].finding.waivedBy = exception.label
                } else if result[i].finding.verdict == .fail {
                    result[i].finding.verdict = .review
                }
            }
            result.append(
                Draft(
                    .exceptionApplied, exception.action.verdict,
                    "exception \(exception.label) applied (\(exception.action.rawValue)) until \(exception.expires): \(exception.reason); approved by \(exception.approvedBy)",
                    license: license, citation: .line(exception.location)))
        }
        return result
    }

    /// `derivative-naming` findings for a derivative the user makes available under a license with a naming
    /// duty, whose name's last path segment does not begin with the license's prefix (compared ignoring case,
    /// spaces and punctuation, so `llama-3-8b-sft` begins with "Llama 3"); the policy's `derivative-naming`
    /// decides the verdict.
    ///
    /// The duty binds the user's own derivative, so the name is checked only when `modifies: true` is declared
    /// for the component itself (its manifest entry, or `--set`) and the model is declared made available (any
    /// channel but `internal`): a policy-wide `modifies` says the organization fine-tunes models, not that every
    /// upstream model it lists is its derivative. Otherwise the duty is listed with the obligations only.
    func namingFindings(_ component: Component, _ outcome: Outcome, facts: Usage) -> [Finding] {
        guard facts.modifies == true, component.usage.declares(.modifies) || overrides.declares(.modifies),
            facts.distribution?.contains(where: { $0 != .internal }) == true
        else { return [] }
        let segment = component.name.split(separator: "/").last.map(String.init) ?? component.name
        var findings: [Finding] = []
        for item in outcome.obligations where item.id == LicenseDescriptor.Obligation.ID.derivativeNaming.rawValue {
            guard let descriptor = catalog.descriptor(for: item.license),
                let duty = descriptor.obligations.first(where: { $0.id == .derivativeNaming }),
                let prefix = duty.prefix, !Self.squashed(segment).hasPrefix(Self.squashed(prefix))
            else { continue }
            findings.append(
                Finding(
                    .derivativeNaming, policy.derivativeNaming.action.verdict,
                    "'\(component.name)' is declared a derivative you make available (modifies: true) under \(descriptor.id), whose \(duty.clause) requires its name to begin with \"\(prefix)\"; '\(segment)' does not",
                    license: descriptor.id, clause: duty.clause, policy: policy.derivativeNaming.location))
        }
        return findings
    }

    /// `card-statement` for a card that declares no license the catalog knows and whose words restrict the
    /// model's use (``Component/statedRestriction``): fail for a commercial use, review when the use is not
    /// declared, pass for a non-commercial one.
    func statedRestrictionFinding(_ component: Component, facts: Usage) -> Finding? {
        guard let stated = component.statedRestriction else { return nil }
        let said =
            "'\(component.name)' declares no license the catalog knows, and its card says \"\(stated.quote)\" (line \(stated.location.line ?? 0), column \(stated.location.column ?? 0))"
        let (verdict, tail): (Verdict, String)
        switch facts.commercial {
        case true?: (verdict, tail) = (.fail, "; the use is declared commercial")
        case false?: (verdict, tail) = (.pass, "; the use is declared non-commercial")
        case nil: (verdict, tail) = (.review, "; 'commercial' is not declared, so confirm the use is not commercial")
        }
        return Finding(.cardStatement, verdict, said + tail, policy: stated.location)
    }

    /// Lowercased letters and digits only.
    static func squashed(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(
                Character.init))
    }

    static func unique(_ items: [Report.ObligationItem]) -> [Report.ObligationItem] {
        var seen = Set<Report.ObligationItem>()
        return items.filter { seen.insert($0).inserted }
    }
}

extension Policy.Decision {
    /// What a finding made by this decision cites: its policy line, if it has one.
    var citation: Citation? { location.map(Citation.line) }
}
