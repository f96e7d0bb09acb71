import ClearanceKit
import ClearanceYAML
import Testing

/// One evaluation scenario: a policy, a component, and the verdict and rules it must give.
struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var policy: String
    var license: String?
    var multimodal: Bool? = nil
    var component = "org/model"
    /// The component's facts from a manifest, as a YAML flow mapping's contents (`monthly-active-users: 1`).
    var manifest: String? = nil
    /// Facts from `--set`, likewise.
    var set: String? = nil
    var verdict: Verdict
    var rules: [Rule]
    var testDescription: String { name }
}

let basePolicy = """
    schema: 1
    name: test
    categories: {permissive: allow, community: allow, responsible-ai: allow, copyleft: review, research-only: deny, non-commercial: deny}
    unknown: deny
    obligations:
      accept: [include-license, notice, state-changes, attribution-display, acceptable-use, flow-down, derivative-naming, registration, share-alike]

    """

func policy(_ usage: String, extra: String = "") -> String {
    basePolicy + "usage: {\(usage)}\n" + extra
}

let allFacts = "commercial: true, monthly-active-users: 1000, annual-revenue-usd: 1000, domicile: US, distribution: [internal], modifies: false, trains-on-outputs: false"

let scenarios: [Scenario] = [
    Scenario(name: "permissive passes", policy: policy(allFacts), license: "MIT", verdict: .pass, rules: [.categoryAllowed]),
    Scenario(name: "commercial use of CC-BY-NC fails", policy: policy(allFacts), license: "cc-by-nc-4.0", verdict: .fail, rules: [.commercialUse, .categoryDenied]),
    Scenario(name: "users over the Llama cap fail", policy: policy(allFacts.replacingOccurrences(of: "monthly-active-users: 1000", with: "monthly-active-users: 900_000_000")), license: "llama3.1", verdict: .fail, rules: [.userCap, .categoryAllowed]),
    Scenario(name: "revenue over Stability's cap fails", policy: policy(allFacts.replacingOccurrences(of: "annual-revenue-usd: 1000", with: "annual-revenue-usd: 2_000_000")), license: "stabilityai-ai-community", verdict: .fail, rules: [.revenueCap, .categoryAllowed]),
    Scenario(name: "EU domicile with a multimodal Llama 3.2 fails", policy: policy(allFacts.replacingOccurrences(of: "domicile: US", with: "domicile: DE")), license: "llama3.2", multimodal: true, verdict: .fail, rules: [.domicile, .categoryAllowed]),
    Scenario(name: "EU domicile with a text-only Llama 3.2 passes", policy: policy(allFacts.replacingOccurrences(of: "domicile: US", with: "domicile: FR")), license: "llama3.2", multimodal: false, verdict: .pass, rules: [.categoryAllowed]),
    Scenario(name: "EU domicile and undeclared modality is a review", policy: policy(allFacts.replacingOccurrences(of: "domicile: US", with: "domicile: FR")), license: "llama3.2", verdict: .review, rules: [.missingFact, .categoryAllowed]),
    Scenario(name: "Falcon 180B as a model API fails", policy: policy(allFacts.replacingOccurrences(of: "distribution: [internal]", with: "distribution: [model-api]")), license: "falcon-180b", verdict: .fail, rules: [.hosting, .categoryAllowed]),
    Scenario(name: "training on Llama 2 outputs is a review: the ban is scoped to other large language models", policy: policy(allFacts.replacingOccurrences(of: "trains-on-outputs: false", with: "trains-on-outputs: true")), license: "llama2", verdict: .review, rules: [.outputTraining, .categoryAllowed]),
    Scenario(name: "a missing user count is a review", policy: policy("commercial: true, annual-revenue-usd: 1, domicile: US, distribution: [internal], modifies: false, trains-on-outputs: false"), license: "llama3.1", verdict: .review, rules: [.missingFact, .categoryAllowed]),
    Scenario(name: "an explicit deny beats the category", policy: policy(allFacts, extra: "licenses: {deny: [MIT]}\n"), license: "MIT", verdict: .fail, rules: [.licenseDenied]),
    Scenario(name: "an explicit review beats the category", policy: policy(allFacts, extra: "licenses: {review: [Apache-2.0]}\n"), license: "Apache-2.0", verdict: .review, rules: [.licenseReview]),
    Scenario(name: "a category review", policy: policy(allFacts), license: "cc-by-sa-4.0", verdict: .review, rules: [.categoryReview]),
    Scenario(name: "an unlisted category follows unknown", policy: basePolicy.replacingOccurrences(of: "permissive: allow, ", with: "") + "usage: {\(allFacts)}\n", license: "MIT", verdict: .fail, rules: [.licenseUnlisted]),
    Scenario(name: "an unknown license fails closed", policy: policy(allFacts), license: "some-made-up-license", verdict: .fail, rules: [.unknownLicense]),
    Scenario(name: "no license fails closed", policy: policy(allFacts), license: nil, verdict: .fail, rules: [.unknownLicense]),
    Scenario(name: "unknown: review", policy: policy(allFacts).replacingOccurrences(of: "unknown: deny", with: "unknown: review"), license: "LicenseRef-mystery", verdict: .review, rules: [.unknownLicense]),
    Scenario(name: "OR takes the best alternative", policy: policy(allFacts), license: "cc-by-nc-4.0 OR MIT", verdict: .pass, rules: [.expressionChoice, .categoryAllowed]),
    Scenario(name: "AND takes the worst", policy: policy(allFacts), license: "MIT AND cc-by-nc-4.0", verdict: .fail, rules: [.categoryAllowed, .commercialUse, .categoryDenied]),
    Scenario(name: "an obligation not accepted is a review", policy: policy(allFacts.replacingOccurrences(of: "distribution: [internal]", with: "distribution: [hosted]")).replacingOccurrences(of: "attribution-display, ", with: ""), license: "llama3.1", verdict: .review, rules: [.categoryAllowed, .obligation]),
    Scenario(name: "exception applied", policy: policy(allFacts.replacingOccurrences(of: "monthly-active-users: 1000", with: "monthly-active-users: 900_000_000"), extra: "exceptions:\n  - {component: org/model, license: llama3.1, reason: Separate agreement, approved-by: legal@example.com, reference: LEGAL-1, expires: 2027-06-30}\n"), license: "llama3.1", verdict: .pass, rules: [.userCap, .categoryAllowed, .exceptionApplied]),
    Scenario(name: "OR ties on verdict: the fewest obligations wins, whatever the order", policy: policy(allFacts), license: "llama3.1 OR MIT", verdict: .pass, rules: [.expressionChoice, .categoryAllowed]),
    Scenario(name: "OR ties on verdict: the fewest open findings wins", policy: policy(allFacts.replacingOccurrences(of: "distribution: [internal]", with: "distribution: [weights]")).replacingOccurrences(of: "include-license, notice, ", with: ""), license: "llama3.1 OR MIT", verdict: .review, rules: [.expressionChoice, .categoryAllowed, .obligation]),
    Scenario(name: "a conditional permission is no finding by itself", policy: policy(allFacts), license: "llama3.1", verdict: .pass, rules: [.categoryAllowed]),
    Scenario(name: "a commercial-use term the catalog has not verified is a review", policy: policy(allFacts), license: "jamba-open-model-license", verdict: .review, rules: [.unverifiedTerm, .categoryAllowed]),
    Scenario(name: "a listed WITH exception keeps the license's terms", policy: policy(allFacts), license: "Apache-2.0 WITH LLVM-exception", verdict: .pass, rules: [.categoryAllowed]),
    Scenario(name: "an unlisted WITH exception is an unknown term", policy: policy(allFacts), license: "Apache-2.0 WITH Commons-Clause", verdict: .fail, rules: [.unknownLicense, .categoryAllowed]),
    Scenario(name: "an AdditionRef is an unknown term", policy: policy(allFacts).replacingOccurrences(of: "unknown: deny", with: "unknown: review"), license: "MIT WITH AdditionRef-no-ai", verdict: .review, rules: [.unknownLicense, .categoryAllowed]),
    Scenario(name: "a family under an allowed category is still a review", policy: policy(allFacts), license: "bsd", verdict: .review, rules: [.licenseVersionUnknown, .categoryAllowed]),
    Scenario(name: "a family allowed by name is still a review", policy: policy(allFacts, extra: "licenses: {allow: [gpl]}\n"), license: "gpl", verdict: .review, rules: [.licenseVersionUnknown, .licenseAllowed]),
    Scenario(name: "a family whose versions differ in category is a review, even where one category is denied", policy: policy(allFacts), license: "cc", verdict: .review, rules: [.licenseVersionUnknown]),
    Scenario(name: "a family whose versions all share a denied category fails", policy: policy(allFacts).replacingOccurrences(of: "permissive: allow", with: "permissive: deny"), license: "bsd", verdict: .fail, rules: [.licenseVersionUnknown, .categoryDenied]),
    Scenario(name: "a family checks no term and lists no obligation", policy: policy(allFacts.replacingOccurrences(of: "distribution: [internal]", with: "distribution: [weights]")).replacingOccurrences(of: "include-license, notice, ", with: ""), license: "openrail", verdict: .review, rules: [.licenseVersionUnknown, .categoryAllowed]),
    Scenario(name: "OR prefers a version to a family", policy: policy(allFacts), license: "gpl OR MIT", verdict: .pass, rules: [.expressionChoice, .categoryAllowed]),
    Scenario(name: "an exception waives a family's review", policy: policy(allFacts, extra: "exceptions:\n  - {license: lgpl, reason: LGPL-2.1-only per the LICENSE file, approved-by: legal@example.com, expires: 2027-06-30}\n"), license: "lgpl", verdict: .pass, rules: [.licenseVersionUnknown, .licenseUnlisted, .exceptionApplied]),
    Scenario(name: "exception expired", policy: policy(allFacts.replacingOccurrences(of: "monthly-active-users: 1000", with: "monthly-active-users: 900_000_000"), extra: "exceptions:\n  - {component: org/model, reason: Separate agreement, approved-by: legal@example.com, expires: 2026-01-31}\n"), license: "llama3.1", verdict: .fail, rules: [.userCap, .categoryAllowed, .exceptionExpired]),
    Scenario(name: "a manifest user count below the policy's is an override and the cap still fails", policy: policy(allFacts.replacingOccurrences(of: "monthly-active-users: 1000", with: "monthly-active-users: 850_000_000")), license: "llama3.1", manifest: "monthly-active-users: 1", verdict: .fail, rules: [.userCap, .categoryAllowed, .factOverride]),
    Scenario(name: "a manifest user count above the policy's tightens silently", policy: policy(allFacts), license: "llama3.1", manifest: "monthly-active-users: 900_000_000", verdict: .fail, rules: [.userCap, .categoryAllowed]),
    Scenario(name: "a manifest fact the policy does not declare counts", policy: policy("commercial: true, annual-revenue-usd: 1, domicile: US, distribution: [internal], modifies: false, trains-on-outputs: false"), license: "llama3.1", manifest: "monthly-active-users: 1", verdict: .pass, rules: [.categoryAllowed]),
    Scenario(name: "a manifest commercial false under a commercial policy is an override", policy: policy(allFacts), license: "cc-by-nc-4.0", manifest: "commercial: false", verdict: .fail, rules: [.commercialUse, .categoryDenied, .factOverride]),
    Scenario(name: "a manifest revenue below the policy's is an override", policy: policy(allFacts.replacingOccurrences(of: "annual-revenue-usd: 1000", with: "annual-revenue-usd: 2_000_000")), license: "stabilityai-ai-community", manifest: "annual-revenue-usd: 1", verdict: .fail, rules: [.revenueCap, .categoryAllowed, .factOverride]),
    Scenario(name: "a manifest domicile other than the policy's is an override", policy: policy(allFacts.replacingOccurrences(of: "domicile: US", with: "domicile: DE")), license: "llama3.2", manifest: "domicile: US, multimodal: true", verdict: .fail, rules: [.domicile, .categoryAllowed, .factOverride]),
    Scenario(name: "a manifest multimodal false under a multimodal policy is an override", policy: policy(allFacts.replacingOccurrences(of: "domicile: US", with: "domicile: DE") + ", multimodal: true"), license: "llama3.2", manifest: "multimodal: false", verdict: .fail, rules: [.domicile, .categoryAllowed, .factOverride]),
    Scenario(name: "EU as the domicile is excluded like a member state", policy: policy(allFacts.replacingOccurrences(of: "domicile: US", with: "domicile: EU")), license: "llama3.2", manifest: "multimodal: true", verdict: .fail, rules: [.domicile, .categoryAllowed]),
    Scenario(name: "a manifest internal distribution under a model-API policy is an override", policy: policy(allFacts.replacingOccurrences(of: "distribution: [internal]", with: "distribution: [model-api]")), license: "falcon-180b", manifest: "distribution: [internal]", verdict: .fail, rules: [.hosting, .categoryAllowed, .factOverride]),
    Scenario(name: "a manifest adding a distribution channel tightens silently", policy: policy(allFacts), license: "falcon-180b", manifest: "distribution: [internal, model-api]", verdict: .fail, rules: [.hosting, .categoryAllowed]),
    Scenario(name: "a manifest modifies false under a modifying policy is an override", policy: policy(allFacts.replacingOccurrences(of: "modifies: false", with: "modifies: true")), license: "cc-by-nd-4.0", manifest: "modifies: false", verdict: .fail, rules: [.derivatives, .categoryAllowed, .factOverride]),
    Scenario(name: "a manifest trains-on-outputs false is an override", policy: policy(allFacts.replacingOccurrences(of: "trains-on-outputs: false", with: "trains-on-outputs: true")), license: "llama2", manifest: "trains-on-outputs: false", verdict: .review, rules: [.outputTraining, .categoryAllowed, .factOverride]),
    Scenario(name: "a locked fact set by the manifest fails and the policy's value is used", policy: policy(allFacts, extra: "lock-facts: [monthly-active-users]\n"), license: "llama3.1", manifest: "monthly-active-users: 900_000_000", verdict: .fail, rules: [.categoryAllowed, .factLocked]),
    Scenario(name: "lock-facts true locks every fact", policy: policy(allFacts, extra: "lock-facts: true\n"), license: "cc-by-nc-4.0", manifest: "commercial: false", verdict: .fail, rules: [.commercialUse, .categoryDenied, .factLocked]),
    Scenario(name: "a fact the policy does not lock is compared as usual", policy: policy(allFacts, extra: "lock-facts: [commercial]\n"), license: "llama3.1", manifest: "monthly-active-users: 900_000_000", verdict: .fail, rules: [.userCap, .categoryAllowed]),
    Scenario(name: "--set loosening the policy is the operator's choice, not an override", policy: policy(allFacts.replacingOccurrences(of: "monthly-active-users: 1000", with: "monthly-active-users: 850_000_000")), license: "llama3.1", set: "monthly-active-users: 1", verdict: .pass, rules: [.categoryAllowed]),
    Scenario(name: "--set over a locked manifest fact wins without a finding", policy: policy(allFacts, extra: "lock-facts: true\n"), license: "llama3.1", manifest: "monthly-active-users: 1", set: "monthly-active-users: 900_000_000", verdict: .fail, rules: [.userCap, .categoryAllowed]),
]

@Suite struct EvaluatorTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 23)!

    func evaluate(_ policyText: String, _ components: [Component], set: Usage = Usage()) throws -> Report {
        let (policy, diagnostics) = Policy.load(bytes: Array(policyText.utf8), file: "policy.yaml", catalog: .shipped)
        #expect(diagnostics == [])
        let evaluator = Evaluator(
            catalog: .shipped, policy: try #require(policy), asOf: Self.asOf, overrides: set)
        return evaluator.evaluate(components)
    }

    /// Components that share an evaluation get the result each gets evaluated alone, in its own place.
    @Test func sharedEvaluationMatchesOneByOne() throws {
        let licenses: [String?] = ["MIT", "cc-by-nc-4.0", "llama3.1", nil, "MIT OR cc-by-nc-4.0", "no-such-license"]
        let components = (0..<200).map { i in
            Component(name: "org/model-\(i)", kind: .model, license: licenses[i % licenses.count], multimodal: i % 2 == 0)
        }
        let (policy, _) = Policy.load(bytes: Array(policy(allFacts).utf8), file: "policy.yaml", catalog: .shipped)
        let evaluator = Evaluator(
            catalog: .shipped, policy: try #require(policy), asOf: Self.asOf)
        let concurrent = evaluator.evaluate(components)
        // A result made alone names fact set 0; in the report, multimodal true and false are two sets.
        #expect(concurrent.factSets.map(\.multimodal) == [true, false])
        #expect(concurrent.results.map(\.factSet) == components.indices.map { $0 % 2 })
        let alone = components.map { evaluator.result(for: $0) }
        #expect(concurrent.results.map { result in with(result) { $0.factSet = 0 } } == alone)
        #expect(concurrent.results.map(\.component) == components.map(\.name))
        #expect(concurrent.results.map(\.verdict).prefix(6) == [.pass, .fail, .pass, .fail, .pass, .fail])
        #expect([concurrent.summary.pass, concurrent.summary.review, concurrent.summary.fail] == [100, 0, 100])
    }

    /// Components that differ only in name, location and where their facts are declared share one evaluation:
    /// each result must be the one the component gets evaluated alone, citing its own lines, with exceptions
    /// scoped to a component, undeclared modality under an excluded domicile, and lineage findings kept apart.
    @Test func sharedEvaluationsCiteEachComponentsOwnFacts() throws {
        let text = policy("commercial: true, annual-revenue-usd: 1000, domicile: DE, modifies: false") + """
            exceptions:
              - {component: org/model-6, license: llama3.1, reason: Separate agreement, approved-by: legal@example.com, expires: 2027-06-30}

            """
        let licenses: [String?] = ["llama3.1", "llama3.2", "cc-by-nc-4.0", "MIT OR llama2", nil, "falcon-180b"]
        let components = (0..<60).map { i in
            var usage = Usage()
            usage.monthlyActiveUsers = i % 4 == 0 ? 900_000_000 : 5_000
            usage.sources[.monthlyActiveUsers] = SourceLocation(file: "clearance.yaml", line: 10 + i, column: 5)
            if i % 3 != 0 {
                usage.distribution = i % 2 == 0 ? [.hosted] : [.weights]
                usage.sources[.distribution] = SourceLocation(file: "clearance.yaml", line: 10 + i, column: 30)
            }
            var component = Component(
                name: "org/model-\(i % 10)", kind: .model, license: licenses[i % licenses.count],
                location: SourceLocation(file: "clearance.yaml", line: 10 + i, column: 3),
                multimodal: [true, false, nil][i % 3], usage: usage)
            if i % 11 == 0 {
                component.findings = [Finding(.derivativeNaming, .review, "name it after Llama", license: "llama3.1")]
            }
            return component
        }
        let together = try evaluate(text, components)
        for (i, component) in components.enumerated() {
            let alone = try evaluate(text, [component])
            // The same facts, named by their position in each report's fact sets.
            var expected = alone.results[0]
            expected.factSet = together.results[i].factSet
            #expect(together.results[i] == expected, "component \(i)")
            #expect(together.factSets[together.results[i].factSet] == alone.factSets[0], "component \(i)")
        }
        let userCap = try #require(together.results[12].findings.first { $0.rule == .userCap })
        #expect(userCap.policy == SourceLocation(file: "clearance.yaml", line: 22, column: 5))
        #expect(together.results[36].findings.contains { $0.rule == .exceptionApplied })
        #expect(!together.results[0].findings.contains { $0.rule == .exceptionApplied })
        #expect(together.policyFindings.isEmpty)
    }

    /// Facts read from `{text}` as a `usage:` mapping of `file`.
    static func usage(_ text: String?, file: String) throws -> Usage {
        guard let text else { return Usage() }
        let context = DecodeContext(file: file)
        let usage = Usage.decode(try #require(try YAMLParser().parse("{\(text)}")), context: context)
        #expect(context.diagnostics == [])
        return usage
    }

    @Test(arguments: scenarios)
    func scenario(_ s: Scenario) throws {
        var component = Component(name: s.component, kind: .model, license: s.license, multimodal: s.multimodal)
        component.usage = try Self.usage(s.manifest, file: "clearance.yaml")
        let report = try evaluate(s.policy, [component], set: try Self.usage(s.set, file: "--set"))
        let result = try #require(report.results.first)
        #expect(result.verdict == s.verdict)
        #expect(result.findings.map(\.rule) == s.rules)
        #expect(report.verdict == s.verdict)
    }

    /// `A OR B` and `B OR A` choose the same alternative and give the same findings, under any policy.
    @Test(arguments: [
        policy(allFacts),
        policy(allFacts.replacingOccurrences(of: "distribution: [internal]", with: "distribution: [weights]")),
        policy(allFacts.replacingOccurrences(of: "monthly-active-users: 1000", with: "monthly-active-users: 900_000_000")),
        policy("commercial: true"),
        policy(allFacts, extra: "licenses: {review: [MIT]}\n"),
        policy(allFacts, extra: "exceptions:\n  - {license: llama3.1, reason: r, approved-by: a, expires: 2027-06-30}\n"),
    ])
    func orChoiceDoesNotDependOnOperandOrder(_ text: String) throws {
        for (a, b) in [("MIT", "llama3.1"), ("cc-by-nc-4.0", "gemma"), ("MIT", "cc-by-nc-4.0"), ("Apache-2.0", "llama3.1")] {
            let forward = try evaluate(text, [Component(name: "m", kind: .model, license: "\(a) OR \(b)")])
            let backward = try evaluate(text, [Component(name: "m", kind: .model, license: "\(b) OR \(a)")])
            let (f, r) = (forward.results[0], backward.results[0])
            #expect(f.verdict == r.verdict)
            #expect(Array(f.findings.dropFirst()) == Array(r.findings.dropFirst()), "\(a) OR \(b)")
            #expect(f.obligations == r.obligations)
            let chosen = { (finding: Finding?) in finding?.message.split(separator: " ").dropFirst().first }
            #expect(chosen(f.findings.first) == chosen(r.findings.first), "\(a) OR \(b)")
            #expect(forward.policyFindings == backward.policyFindings)
        }
    }

    /// An exception that matches an alternative not chosen still counts as used: no `exception-unused`.
    @Test func exceptionOnAnUnchosenAlternativeIsUsed() throws {
        let text = policy(
            allFacts,
            extra: "exceptions:\n  - {license: cc-by-nc-4.0, verdict: review, reason: r, approved-by: a, expires: 2027-06-30}\n")
        let report = try evaluate(text, [Component(name: "m", kind: .model, license: "cc-by-nc-4.0 OR MIT")])
        let choice = try #require(report.results[0].findings.first)
        #expect(choice.message == "chose MIT of the alternatives CC-BY-NC-4.0 OR MIT (the best verdict: pass)")
        #expect(report.results[0].verdict == .pass)
        #expect(report.policyFindings == [])
    }

    /// `derivatives: no` and `distribution: no` against the facts, with a descriptor made for the test.
    @Test(arguments: [
        ("modifies: true, distribution: [internal]", Verdict.fail, [Rule.derivatives, .categoryAllowed]),
        ("modifies: false, distribution: [weights]", .fail, [.distribution, .categoryAllowed]),
        ("modifies: false, distribution: [on-device, hosted]", .fail, [.distribution, .categoryAllowed]),
        ("modifies: false, distribution: [hosted]", .pass, [.categoryAllowed]),
        ("distribution: [internal]", .review, [.missingFact, .categoryAllowed]),
        ("modifies: false", .review, [.missingFact, .categoryAllowed]),
    ])
    func termsThatSayNo(usage: String, verdict: Verdict, rules: [Rule]) throws {
        let descriptor = """
            schema: 1
            id: no-copies
            spdx: LicenseRef-no-copies
            name: No Copies
            family: test
            url: https://example.com/no-copies
            category: permissive
            osi-approved: false
            verified: 2026-12-01
            sources: [{url: "https://example.com", confidence: C}]
            permissions:
              derivatives: {value: no, clause: "§2"}
              distribution: {value: no, clause: "§3"}

            """
        let catalog = Catalog.load([(file: "no-copies.yaml", bytes: Array(descriptor.utf8))])
        #expect(catalog.diagnostics == [])
        let (loaded, diagnostics) = Policy.load(bytes: Array(policy(usage).utf8), file: "policy.yaml", catalog: catalog)
        #expect(diagnostics == [])
        let evaluator = Evaluator(catalog: catalog, policy: try #require(loaded), asOf: Self.asOf)
        let result = evaluator.result(for: Component(name: "m", kind: .model, license: "no-copies"))
        #expect(result.verdict == verdict)
        #expect(result.findings.map(\.rule) == rules)
    }

    @Test func userCapFindingCitesTheClauseAndThePolicyLine() throws {
        let text = policy(allFacts.replacingOccurrences(of: "monthly-active-users: 1000", with: "monthly-active-users: 900_000_000"))
        let report = try evaluate(text, [Component(name: "m", kind: .model, license: "llama3.1")])
        let finding = try #require(report.results[0].findings.first)
        #expect(finding == Finding(
            .userCap, .fail,
            "900,000,000 monthly active users exceed llama3.1's cap of 700,000,000 (affiliates count), measured on the version release date (2024-07-23); a separate license from the licensor is needed",
            license: "llama3.1", clause: "§2", policy: SourceLocation(file: "policy.yaml", line: 7, column: 49)))
    }

    @Test func commandLineFactsWinOverThePolicy() throws {
        var set = Usage()
        set.monthlyActiveUsers = 900_000_000
        let report = try evaluate(policy(allFacts), [Component(name: "m", kind: .model, license: "llama3.1")], set: set)
        #expect(report.results[0].findings.map(\.rule) == [.userCap, .categoryAllowed])
    }

    @Test func componentFactsWinOverThePolicy() throws {
        var usage = Usage()
        usage.trainsOnOutputs = true
        let component = Component(name: "m", kind: .model, license: "llama2", usage: usage)
        let report = try evaluate(policy(allFacts), [component])
        #expect(report.results[0].verdict == .review)
        #expect(report.results[0].findings.first?.rule == .outputTraining)
    }

    @Test func unusedExceptionIsAWarning() throws {
        let text = policy(allFacts, extra: "exceptions:\n  - {component: other/model, reason: r, approved-by: a, expires: 2027-01-01}\n")
        let report = try evaluate(text, [Component(name: "m", kind: .model, license: "MIT")])
        #expect(report.verdict == .pass)
        #expect(report.policyFindings.map(\.rule) == [.exceptionUnused])
    }

    @Test func obligationsToFulfilAreListed() throws {
        let report = try evaluate(policy(allFacts), [Component(name: "m", kind: .model, license: "llama3.1")])
        let ids = report.results[0].obligations.map(\.id)
        #expect(ids.contains("acceptable-use"))
        #expect(report.licenses.map(\.id) == ["llama3.1"])
    }

    @Test(arguments: [
        ("unknown: allow\n", "policy.yaml:7:10: error: 'unknown' must be deny or review: an unresolved license is never a pass [policy.unknown-allow]"),
        ("licenses: {allow: [llama3.9]}\n", "policy.yaml:7:20: error: unknown license 'llama3.9'; did you mean 'llama3.1'? [policy.unknown-license]"),
        ("exceptions:\n  - {component: x, reason: r, expires: 2027-01-01}\n", "policy.yaml:8:5: error: missing required key 'approved-by' [schema.missing-key]"),
        ("exeptions: []\n", "policy.yaml:7:1: error: unknown key 'exeptions'; did you mean 'exceptions'? [yaml.unknown-key]"),
    ])
    func policyErrorsAtTheirLineAndColumn(extra: String, message: String) {
        let text = basePolicy.replacingOccurrences(of: "unknown: deny\n", with: "") + "usage: {commercial: true}\n" + extra
        let (_, diagnostics) = Policy.load(bytes: Array(text.utf8), file: "policy.yaml", catalog: .shipped)
        #expect(diagnostics.map(\.description) == [message])
    }
}

/// `value`, changed by `change`.
private func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var value = value
    change(&value)
    return value
}
