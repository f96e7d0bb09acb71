import Foundation
import Testing

/// The attack report of 2026-12, HIGH 4 (a manifest's facts silently overrode the policy's) and LOW 22 (any two
/// letters were a domicile), end to end: each variant as a policy and a `clearance.yaml` in a scratch directory,
/// checked by the built binary.
@Suite struct AttackFactsTests {
    /// One variant: the policy's facts, the manifest, extra arguments, and what the run must give.
    struct Variant: CustomTestStringConvertible, Sendable {
        var name: String
        /// Replacements in ``facts``: (old, new).
        var policyFacts: [(String, String)] = []
        var policyExtra = ""
        var manifest: String
        var arguments: [String] = []
        var status: Int32
        /// The verdict and the rule ids of the one component; nil when the run must exit 2 or 64.
        var verdict: String?
        var rules: [String] = []
        var testDescription: String { name }
    }

    /// Facts under which the licenses below give no finding but their own, so that each variant shows one.
    static let facts =
        "commercial: true, monthly-active-users: 1000, annual-revenue-usd: 1000, domicile: US, distribution: [internal], modifies: false, trains-on-outputs: false"

    static func policy(_ variant: Variant) -> String {
        var usage = facts
        for (old, new) in variant.policyFacts { usage = usage.replacingOccurrences(of: old, with: new) }
        return """
            schema: 1
            name: org
            usage: {\(usage)}
            categories: {permissive: allow, copyleft: allow, weak-copyleft: allow, community: allow, responsible-ai: allow, research-only: allow, non-commercial: allow, proprietary: allow}
            unknown: deny
            obligations:
              accept: [include-license, notice, state-changes, attribution-display, acceptable-use, flow-down, derivative-naming, registration, share-alike]

            """ + variant.policyExtra
    }

    /// A manifest with one model.
    static func manifest(_ license: String, usage: String? = nil, component: String = "") -> String {
        var text = "schema: 1\n"
        if let usage { text += "usage: {\(usage)}\n" }
        return text + "models:\n  - name: org/model\n    license: \(license)\n" + component
    }

    static let variants: [Variant] = [
        // HIGH 4, top-level usage, each fact.
        Variant(
            name: "top-level monthly-active-users below the policy's", policyFacts: [("monthly-active-users: 1000", "monthly-active-users: 850_000_000")],
            manifest: manifest("llama3.1", usage: "monthly-active-users: 1"), status: 1, verdict: "fail",
            rules: ["user-cap", "category-allowed", "fact-override"]),
        Variant(
            name: "top-level commercial false", manifest: manifest("cc-by-nc-4.0", usage: "commercial: false"), status: 1,
            verdict: "fail", rules: ["commercial-use", "category-allowed", "fact-override"]),
        Variant(
            name: "top-level annual-revenue-usd below the policy's", policyFacts: [("annual-revenue-usd: 1000", "annual-revenue-usd: 2_500_000_000")],
            manifest: manifest("stabilityai-ai-community", usage: "annual-revenue-usd: 1"), status: 1, verdict: "fail",
            rules: ["revenue-cap", "category-allowed", "fact-override"]),
        Variant(
            name: "top-level domicile other than the policy's", policyFacts: [("domicile: US", "domicile: DE")],
            manifest: manifest("llama3.2", usage: "domicile: US", component: "    multimodal: true\n"), status: 1,
            verdict: "fail", rules: ["domicile", "category-allowed", "fact-override"]),
        Variant(
            name: "top-level distribution internal under a model-API policy", policyFacts: [("distribution: [internal]", "distribution: [model-api]")],
            manifest: manifest("falcon-180b", usage: "distribution: [internal]"), status: 1, verdict: "fail",
            rules: ["hosting", "category-allowed", "fact-override"]),
        Variant(
            name: "top-level modifies false", policyFacts: [("modifies: false", "modifies: true")],
            manifest: manifest("cc-by-nd-4.0", usage: "modifies: false"), status: 1, verdict: "fail",
            rules: ["derivatives", "category-allowed", "fact-override"]),
        Variant(
            name: "top-level trains-on-outputs false", policyFacts: [("trains-on-outputs: false", "trains-on-outputs: true")],
            manifest: manifest("llama2", usage: "trains-on-outputs: false"), status: 0, verdict: "review",
            rules: ["output-training", "category-allowed", "fact-override"]),
        Variant(
            name: "top-level multimodal false", policyFacts: [("domicile: US", "domicile: DE, multimodal: true")],
            manifest: manifest("llama3.2", usage: "multimodal: false"), status: 1, verdict: "fail",
            rules: ["domicile", "category-allowed", "fact-override"]),
        // HIGH 4, per-component usage and multimodal.
        Variant(
            name: "component monthly-active-users below the policy's", policyFacts: [("monthly-active-users: 1000", "monthly-active-users: 850_000_000")],
            manifest: manifest("llama3.1", component: "    usage: {monthly-active-users: 1}\n"), status: 1, verdict: "fail",
            rules: ["user-cap", "category-allowed", "fact-override"]),
        Variant(
            name: "component commercial false", manifest: manifest("cc-by-nc-4.0", component: "    usage: {commercial: false}\n"),
            status: 1, verdict: "fail", rules: ["commercial-use", "category-allowed", "fact-override"]),
        Variant(
            name: "component multimodal false", policyFacts: [("domicile: US", "domicile: DE, multimodal: true")],
            manifest: manifest("llama3.2", component: "    multimodal: false\n"), status: 1, verdict: "fail",
            rules: ["domicile", "category-allowed", "fact-override"]),
        Variant(
            name: "component usage over a stricter top-level usage", policyFacts: [("distribution: [internal]", "distribution: [model-api]")],
            manifest: manifest("falcon-180b", usage: "distribution: [model-api]", component: "    usage: {distribution: [internal]}\n"),
            status: 1, verdict: "fail", rules: ["hosting", "category-allowed", "fact-override"]),
        // A policy can lock facts.
        Variant(
            name: "a locked fact", policyFacts: [("monthly-active-users: 1000", "monthly-active-users: 850_000_000")],
            policyExtra: "lock-facts: [monthly-active-users]\n",
            manifest: manifest("llama3.1", usage: "monthly-active-users: 1"), status: 1, verdict: "fail",
            rules: ["user-cap", "category-allowed", "fact-locked"]),
        Variant(
            name: "lock-facts true and a component's multimodal", policyFacts: [("domicile: US", "domicile: DE, multimodal: true")],
            policyExtra: "lock-facts: true\n", manifest: manifest("llama3.2", component: "    multimodal: false\n"), status: 1,
            verdict: "fail", rules: ["domicile", "category-allowed", "fact-locked"]),
        // What stays allowed: a stricter fact, a fact the policy leaves open, and --set.
        Variant(
            name: "a stricter manifest fact is used silently",
            manifest: manifest("llama3.1", usage: "monthly-active-users: 900_000_000"), status: 1, verdict: "fail",
            rules: ["user-cap", "category-allowed"]),
        Variant(
            name: "a fact the policy does not declare", policyFacts: [("monthly-active-users: 1000, ", "")],
            manifest: manifest("llama3.1", usage: "monthly-active-users: 1"), status: 0, verdict: "pass",
            rules: ["category-allowed"]),
        Variant(
            name: "--set is the operator's choice", policyFacts: [("monthly-active-users: 1000", "monthly-active-users: 850_000_000")],
            manifest: manifest("llama3.1"), arguments: ["--set", "monthly-active-users=1"], status: 0, verdict: "pass",
            rules: ["category-allowed"]),
        // LOW 22: a domicile is an assigned ISO 3166-1 alpha-2 code or EU, wherever it is written.
        Variant(
            name: "EU as the domicile", policyFacts: [("domicile: US", "domicile: EU, multimodal: true")],
            manifest: manifest("llama3.2"), status: 1, verdict: "fail", rules: ["domicile", "category-allowed"]),
        Variant(
            name: "domicile XX in the policy", policyFacts: [("domicile: US", "domicile: XX")], manifest: manifest("MIT"),
            status: 2),
        Variant(
            name: "domicile XX in the manifest", manifest: manifest("MIT", usage: "domicile: XX"), status: 2),
        Variant(
            name: "domicile XX with --set", manifest: manifest("MIT"), arguments: ["--set", "domicile=XX"], status: 64),
        Variant(
            name: "a user-assigned code (QZ) in a component", manifest: manifest("MIT", component: "    usage: {domicile: QZ}\n"),
            status: 2),
    ]

    @Test(arguments: variants)
    func variant(_ v: Variant) throws {
        let scratch = try Scratch(text: ["policy.yaml": Self.policy(v), "clearance.yaml": v.manifest])
        defer { scratch.remove() }
        let result = try CLI.run(
            ["check", "--policy", "policy.yaml", "--as-of", "2026-12-01", "--format", "json"] + v.arguments,
            in: scratch.url)
        #expect(result.status == v.status, "\(result.stderr)")
        for line in (result.stdout + result.stderr).split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(!line.hasPrefix("::"), "a workflow command: \(line)")
        }
        let controls: Set<Unicode.Scalar> = ["\u{1B}", "\u{07}", "\u{202A}", "\u{202B}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]
        #expect(!(result.stdout + result.stderr).unicodeScalars.contains { controls.contains($0) })
        guard let verdict = v.verdict else {
            #expect(result.stdout == "")
            #expect(result.stderr.contains("domicile"))
            return
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["verdict"] as? String == verdict)
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let findings = try #require(results.first?["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == v.rules)
        // An override or a lock cites the policy's line and names the manifest's.
        for finding in findings where ["fact-override", "fact-locked"].contains(finding["rule"] as? String) {
            let policy = try #require(finding["policy"] as? [String: Any])
            #expect(policy["file"] as? String == "policy.yaml")
            #expect((finding["message"] as? String)?.hasPrefix("clearance.yaml:") == true)
        }
    }
}

/// `clearance lint` tells the manifest's author before check does: a locked fact is an error at its line, a
/// looser one a warning, when a policy is linted with the manifest or given with `--policy`.
@Suite struct LintFactsTests {
    static let policy = """
        schema: 1
        usage: {commercial: true, monthly-active-users: 850_000_000}
        lock-facts: [commercial]
        unknown: deny

        """
    static let manifest = """
        schema: 1
        usage: {commercial: false, monthly-active-users: 1}
        models:
          - {name: a, license: MIT}
          - {name: b, license: MIT}

        """
    static let expected = [
        "clearance.yaml:2:21: error: the policy locks 'commercial' (policy.yaml:3); check ignores this value and fails with fact-locked [manifest.fact-locked]",
        "usage: {commercial: false, monthly-active-users: 1}",
        "                    ^",
        "clearance.yaml:2:50: warning: monthly-active-users: 1 is less restrictive than the policy's 850000000 (policy.yaml:2); check uses the policy's value and reports fact-override [manifest.fact-override]",
        "usage: {commercial: false, monthly-active-users: 1}",
        "                                                 ^",
    ]

    @Test(arguments: [["policy.yaml", "clearance.yaml"], ["--policy", "policy.yaml", "clearance.yaml"]])
    func lockedAndLooserFacts(_ arguments: [String]) throws {
        let scratch = try Scratch(text: ["policy.yaml": Self.policy, "clearance.yaml": Self.manifest])
        defer { scratch.remove() }
        let result = try CLI.run(["lint"] + arguments, in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.split(separator: "\n").map(String.init) == Self.expected)
    }

    @Test func withoutAPolicyTheManifestIsValid() throws {
        let scratch = try Scratch(text: ["clearance.yaml": Self.manifest])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "clearance.yaml"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }
}
