import ClearanceKit
import ClearanceYAML
import Testing

/// Descriptors made for these tests, one per mechanism: a license whose Distribution includes hosting, with
/// a use-restriction list and a release that is all multimodal; one that restricts only a model API; one with
/// duties on commercial use and on derivatives made available; one with an acceptable-use policy only.
private let descriptors: [(String, String)] = [
    (
        "hosted-dist",
        """
        permissions:
          commercial-use: {value: yes, clause: "§2"}
        definitions:
          distribution: {means: [weights, on-device, hosted, model-api], clause: "§1(b)"}
        restrictions:
          domicile:
            - {excluded: [EU], applies-to: multimodal, clause: "AUP ¶2"}
          use-restrictions:
            flow-down: true
            clause: "§3"
            categories:
              - {id: military, text: "For military use", clause: "Att. A(1)"}
              - {id: medical-advice, text: "For medical advice without a licensed professional", clause: "Att. A(2)", verdict: review}
        model-facts:
          multimodal: {value: all, source: "MODEL_CARD.md"}
        obligations:
          - {id: include-license, when: distribution, clause: "§3.1"}
          - {id: notice, when: [weights, on-device], clause: "§3.4", text: "Provided under Hosted-Dist"}
        """
    ),
    (
        "api-only",
        """
        permissions:
          commercial-use: {value: yes, clause: "§2"}
        restrictions:
          hosting-use: {value: restricted, when: model-api, clause: "§9.1"}
        """
    ),
    (
        "duties",
        """
        permissions:
          commercial-use: {value: yes, clause: "§2"}
        obligations:
          - {id: registration, when: commercial, clause: "§III"}
          - {id: derivative-naming, when: derivative-distribution, clause: "§1.b.i", prefix: "Acme"}
        """
    ),
    (
        "no-outputs",
        """
        permissions:
          commercial-use: {value: yes, clause: "§2"}
        restrictions:
          output-training: {value: forbidden, clause: "§5"}
        """
    ),
    (
        "some-outputs",
        """
        permissions:
          commercial-use: {value: yes, clause: "§2"}
        restrictions:
          output-training: {value: restricted, clause: "§1.b.v"}
        """
    ),
    (
        "aup-only",
        """
        permissions:
          commercial-use: {value: yes, clause: "§2"}
        restrictions:
          acceptable-use-policy: {url: "https://example.com/aup", licensor-may-change: true, clause: "§4"}
        """
    ),
]

private func descriptorText(_ id: String, _ terms: String) -> String {
    """
    schema: 1
    id: \(id)
    spdx: LicenseRef-\(id)
    name: \(id)
    family: test
    url: https://example.com/\(id)
    category: community
    osi-approved: false
    verified: 2026-12-03
    sources: [{url: "https://example.com", confidence: C}]

    """ + terms + "\n"
}

private let catalog = Catalog.load(descriptors.map { (file: "\($0.0).yaml", bytes: Array(descriptorText($0.0, $0.1).utf8)) })

/// One row: the license, the policy's facts, the component's own facts, and what must come out.
struct TriggerCase: CustomTestStringConvertible, Sendable {
    var name: String
    var license: String
    var usage: String
    var component: String? = nil
    var known: Bool? = nil
    var verdict: Verdict
    var rules: [Rule]
    var obligations: [String]
    var testDescription: String { name }
}

private let facts = "commercial: true, domicile: US, modifies: false, trains-on-outputs: false"

let triggerCases: [TriggerCase] = [
    TriggerCase(
        name: "a hosted service triggers duties the license's Distribution covers", license: "hosted-dist",
        usage: facts + ", distribution: [hosted]", verdict: .pass, rules: [.categoryAllowed],
        obligations: ["include-license", "flow-down"]),
    TriggerCase(
        name: "a model API is a hosted service too", license: "hosted-dist",
        usage: facts + ", distribution: [model-api]", verdict: .pass, rules: [.categoryAllowed],
        obligations: ["include-license", "flow-down"]),
    TriggerCase(
        name: "shipping weights triggers the Notice as well", license: "hosted-dist",
        usage: facts + ", distribution: [weights]", verdict: .pass, rules: [.categoryAllowed],
        obligations: ["include-license", "notice", "flow-down"]),
    TriggerCase(
        name: "internal use triggers no distribution duty", license: "hosted-dist",
        usage: facts + ", distribution: [internal]", verdict: .pass, rules: [.categoryAllowed], obligations: []),
    TriggerCase(
        name: "an undeclared distribution counts as every channel", license: "hosted-dist", usage: facts,
        verdict: .pass, rules: [.categoryAllowed], obligations: ["include-license", "notice", "flow-down"]),
    TriggerCase(
        name: "a restricted purpose fails", license: "hosted-dist",
        usage: facts + ", distribution: [internal], purposes: [military]", verdict: .fail,
        rules: [.useRestriction, .categoryAllowed], obligations: []),
    TriggerCase(
        name: "a conditional restriction is a review", license: "hosted-dist",
        usage: facts + ", distribution: [internal], purposes: [medical-advice, weapons]", verdict: .review,
        rules: [.useRestriction, .categoryAllowed], obligations: []),
    TriggerCase(
        name: "a purpose the list does not restrict passes", license: "hosted-dist",
        usage: facts + ", distribution: [internal], purposes: [weapons]", verdict: .pass, rules: [.categoryAllowed],
        obligations: []),
    TriggerCase(
        name: "purposes against an acceptable-use policy with no categories are a review", license: "aup-only",
        usage: facts + ", distribution: [internal], purposes: [military]", verdict: .review,
        rules: [.unverifiedTerm, .categoryAllowed], obligations: ["acceptable-use"]),
    TriggerCase(
        name: "a release that is all multimodal fails an EU domicile without a declaration", license: "hosted-dist",
        usage: "commercial: true, domicile: DE, modifies: false, distribution: [internal]", verdict: .fail,
        rules: [.domicile, .categoryAllowed], obligations: []),
    TriggerCase(
        name: "the index's fact of the model wins over the descriptor's", license: "hosted-dist",
        usage: "commercial: true, domicile: DE, modifies: false, distribution: [internal]", known: false,
        verdict: .pass, rules: [.categoryAllowed], obligations: []),
    TriggerCase(
        name: "a hosted product is not Hosting Use restricted to model APIs", license: "api-only",
        usage: facts + ", distribution: [hosted]", verdict: .pass, rules: [.categoryAllowed], obligations: []),
    TriggerCase(
        name: "a model API is", license: "api-only", usage: facts + ", distribution: [hosted, model-api]",
        verdict: .fail, rules: [.hosting, .categoryAllowed], obligations: []),
    TriggerCase(
        name: "an undeclared distribution is a missing fact", license: "api-only", usage: facts, verdict: .review,
        rules: [.missingFact, .categoryAllowed], obligations: []),
    TriggerCase(
        name: "any commercial purpose triggers registration, internal use included", license: "duties",
        usage: facts + ", distribution: [internal]", verdict: .pass, rules: [.categoryAllowed],
        obligations: ["registration"]),
    TriggerCase(
        name: "no commercial purpose, no registration", license: "duties",
        usage: "commercial: false, modifies: true, distribution: [internal]", verdict: .pass,
        rules: [.categoryAllowed], obligations: []),
    TriggerCase(
        name: "a derivative made available carries the naming duty", license: "duties",
        usage: "commercial: false, modifies: true, distribution: [hosted]", verdict: .pass,
        rules: [.categoryAllowed], obligations: ["derivative-naming"]),
    TriggerCase(
        name: "the user's own derivative is checked by name", license: "duties",
        usage: "commercial: false, distribution: [weights]", component: "modifies: true", verdict: .review,
        rules: [.categoryAllowed, .derivativeNaming], obligations: ["derivative-naming"]),
    TriggerCase(
        name: "training on outputs a license forbids fails", license: "no-outputs",
        usage: "commercial: true, distribution: [internal], trains-on-outputs: true", verdict: .fail,
        rules: [.outputTraining, .categoryAllowed], obligations: []),
    TriggerCase(
        name: "training on outputs a license forbids for some models is a review", license: "some-outputs",
        usage: "commercial: true, distribution: [internal], trains-on-outputs: true", verdict: .review,
        rules: [.outputTraining, .categoryAllowed], obligations: []),
    TriggerCase(
        name: "undeclared training on outputs is a missing fact", license: "some-outputs",
        usage: "commercial: true, distribution: [internal]", verdict: .review,
        rules: [.missingFact, .categoryAllowed], obligations: []),
    TriggerCase(
        name: "an internal-only fine-tune has no naming duty", license: "duties",
        usage: "commercial: false, distribution: [internal]", component: "modifies: true", verdict: .pass,
        rules: [.categoryAllowed], obligations: []),
]

@Suite struct TriggerTests {
    static let asOf = CalendarDate(year: 2026, month: 12, day: 3)!

    static let policyHead = """
        schema: 1
        name: test
        categories: {community: allow}
        unknown: deny
        obligations:
          accept: [include-license, notice, flow-down, registration, derivative-naming, acceptable-use]

        """

    func evaluator(_ usage: String) throws -> Evaluator {
        #expect(catalog.diagnostics == [])
        let text = Self.policyHead + "usage: {\(usage)}\n"
        let (policy, diagnostics) = Policy.load(bytes: Array(text.utf8), file: "policy.yaml", catalog: catalog)
        #expect(diagnostics == [])
        return Evaluator(catalog: catalog, policy: try #require(policy), asOf: Self.asOf)
    }

    @Test(arguments: triggerCases)
    func triggers(_ t: TriggerCase) throws {
        var component = Component(name: "acme/support-bot", kind: .model, license: t.license)
        if let own = t.component { component.usage = try EvaluatorTests.usage(own, file: "clearance.yaml") }
        component.known = t.known.map { .init(multimodal: $0, source: "org/model: a model card") }
        let result = try evaluator(t.usage).result(for: component)
        #expect(result.verdict == t.verdict)
        #expect(result.findings.map(\.rule) == t.rules)
        #expect(result.obligations.map(\.id) == t.obligations)
    }

    @Test func messagesCiteTheItemAndTheEvidence() throws {
        let component = Component(name: "acme/bot", kind: .model, license: "hosted-dist")
        let restricted = try evaluator(facts + ", distribution: [internal], purposes: [military, medical-advice]")
            .result(for: component)
        #expect(
            restricted.findings.filter { $0.rule == .useRestriction } == [
                Finding(
                    .useRestriction, .fail,
                    "hosted-dist restricts use for military: \"For military use\"; the declared purposes include military",
                    license: "hosted-dist", clause: "Att. A(1)", policy: SourceLocation(file: "policy.yaml", line: 7, column: 120)),
                Finding(
                    .useRestriction, .review,
                    "hosted-dist restricts use for medical-advice (a condition applies: review it): \"For medical advice without a licensed professional\"; the declared purposes include medical-advice",
                    license: "hosted-dist", clause: "Att. A(2)", policy: SourceLocation(file: "policy.yaml", line: 7, column: 120)),
            ])
        let eu = try evaluator("commercial: true, domicile: DE, distribution: [internal]").result(for: component)
        #expect(
            eu.findings.first?.message
                == "hosted-dist grants no rights to multimodal models to organizations domiciled in EU; the declared domicile is DE; every model under hosted-dist is multimodal (MODEL_CARD.md)"
        )
        let api = try evaluator(facts + ", distribution: [model-api]").result(
            for: Component(name: "m", kind: .model, license: "api-only"))
        #expect(
            api.findings.first?.message
                == "api-only restricts offering the model as an API (a separate license is needed), and the model is declared model-api"
        )
    }

    @Test func namingDutyNamesThePrefix() throws {
        var component = Component(name: "acme/support-bot", kind: .model, license: "duties")
        component.usage = try EvaluatorTests.usage("modifies: true", file: "clearance.yaml")
        let result = try evaluator("commercial: false, distribution: [weights]").result(for: component)
        #expect(
            result.findings.last
                == Finding(
                    .derivativeNaming, .review,
                    "'acme/support-bot' is declared a derivative you make available (modifies: true) under duties, whose §1.b.i requires its name to begin with \"Acme\"; 'support-bot' does not",
                    license: "duties", clause: "§1.b.i"))
        component.name = "acme/Acme-Support-Bot"
        #expect(try evaluator("commercial: false, distribution: [weights]").result(for: component).verdict == .pass)
    }

    /// `when:` and the vocabulary are checked when a descriptor is read.
    @Test(arguments: [
        (
            "obligations:\n  - {id: notice, when: hostd, clause: \"§1\"}",
            "d.yaml:12:24: error: unknown activity 'hostd'; expected one of weights, on-device, hosted, model-api, internal, derivative, derivative-distribution, output-training, commercial, always, distribution, product, hosting; did you mean 'hosted'? [yaml.type-mismatch]"
        ),
        (
            "obligations:\n  - {id: notice, when: [], clause: \"§1\"}",
            "d.yaml:12:24: error: expected an activity or a list of activities (weights, on-device, hosted, model-api, internal, derivative, derivative-distribution, output-training, commercial, always, distribution, product, hosting), found a list [yaml.type-mismatch]"
        ),
        (
            "restrictions:\n  use-restrictions: {flow-down: false, clause: \"§3\", categories: [{id: militar, text: t, clause: c}]}",
            "d.yaml:12:72: error: expected one of military, weapons, critical-infrastructure, surveillance, biometric-identification, automated-decisions, medical-advice, legal-advice, financial-advice, law-enforcement, sexual-content, minors, impersonation, disinformation, undisclosed-machine-generated-text, circumvent-safety, malware, discrimination, illegal-activity, harassment, violence, personal-data, exploiting-vulnerabilities, found 'militar'; did you mean 'military'? [yaml.type-mismatch]"
        ),
        (
            "model-facts:\n  multimodal: {value: some, source: card}",
            "d.yaml:12:23: error: expected one of all, none, found 'some'; did you mean 'none'? [yaml.type-mismatch]"
        ),
    ])
    func invalidTerms(terms: String, message: String) {
        let loaded = Catalog.load([(file: "d.yaml", bytes: Array(descriptorText("d", terms).utf8))], base: Catalog())
        #expect(loaded.diagnostics.map(\.description) == [message])
    }
}
