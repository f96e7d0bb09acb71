import Foundation
import Testing

/// The shipped catalog against the uses the legal audit found answered wrongly, run as a user runs them:
/// `clearance check --license ID --component NAME --policy P --set KEY=VALUE --format json`.
@Suite struct LegalSemanticsTests {
    /// A commercial organization that accepts every obligation, so that only terms decide the verdict; the
    /// obligations that apply are listed in the result either way.
    static let policy = """
        schema: 1
        name: legal
        categories: {permissive: allow, community: allow, responsible-ai: allow, non-commercial: review, research-only: review}
        unknown: deny
        obligations:
          accept: [include-license, notice, attribution-display, derivative-naming, state-changes, share-alike, flow-down, registration, acceptable-use]
        usage: {commercial: true, monthly-active-users: 1000, annual-revenue-usd: 1000, domicile: US, modifies: false, trains-on-outputs: false}

        """

    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        var license: String
        var component = "org/model"
        var set: [String]
        var verdict: String
        /// Rules that must be among the findings.
        var rules: [String] = []
        /// Rules that must not be.
        var absent: [String] = []
        /// Obligations that must be listed.
        var obligations: [String] = []
        var testDescription: String { name }
    }

    static let hosted = "distribution=hosted"

    static let rows: [Row] = [
        Row(
            name: "hosted Gemma: flow-down and a copy of the terms", license: "gemma", set: [hosted], verdict: "pass",
            obligations: ["include-license", "flow-down"]),
        Row(
            name: "hosted DeepSeek: flow-down", license: "deepseek", set: [hosted], verdict: "pass",
            obligations: ["flow-down"]),
        Row(
            name: "hosted CreativeML OpenRAIL-M: flow-down", license: "creativeml-openrail-m", set: [hosted],
            verdict: "pass", obligations: ["flow-down"]),
        Row(
            name: "hosted BigScience OpenRAIL-M: flow-down", license: "bigscience-openrail-m", set: [hosted],
            verdict: "pass", obligations: ["flow-down"]),
        Row(
            name: "Llama 4 is multimodal: an EU company fails without declaring it", license: "llama4",
            component: "meta-llama/Llama-4-Scout-17B-16E-Instruct", set: ["domicile=DE", hosted], verdict: "fail",
            rules: ["domicile"], absent: ["missing-fact"]),
        Row(
            name: "Llama 3.3 is text only: an EU company passes", license: "llama3.3",
            component: "meta-llama/Llama-3.3-70B-Instruct", set: ["domicile=DE", hosted], verdict: "pass",
            absent: ["domicile", "missing-fact"]),
        Row(
            name: "a product hosting Falcon 180B is not Hosting Use", license: "falcon-180b", set: [hosted],
            verdict: "pass", absent: ["hosting"]),
        Row(
            name: "Falcon 180B as a model API is", license: "falcon-180b", set: ["distribution=model-api"],
            verdict: "fail", rules: ["hosting"]),
        Row(
            name: "internal commercial use of a Stability model needs registration",
            license: "stabilityai-ai-community", set: ["distribution=internal"], verdict: "pass",
            obligations: ["registration"]),
        Row(
            name: "military purposes fail Llama 3.1", license: "llama3.1", set: [hosted, "purposes=military"],
            verdict: "fail", rules: ["use-restriction"]),
        Row(
            name: "military purposes pass Apache-2.0", license: "apache-2.0", set: [hosted, "purposes=military"],
            verdict: "pass", absent: ["use-restriction"]),
        // Terms read in 2026-12 for licenses that were identity only (issue 16).
        Row(
            name: "SVD's community licence is Stability's: US$50M revenue fails its US$1M cap",
            license: "stable-video-diffusion-community", set: [hosted, "annual-revenue-usd=50000000"],
            verdict: "fail", rules: ["revenue-cap"], absent: ["unverified-term"]),
        Row(
            name: "SVD under the cap: registration and 'Powered by Stability AI'",
            license: "stable-video-diffusion-community", set: [hosted], verdict: "pass",
            absent: ["unverified-term"], obligations: ["registration", "attribution-display", "notice"]),
        Row(
            name: "hosted BLOOMChat: its users are bound to Attachment A", license: "bloomchat-176b-license-v1.0",
            set: [hosted], verdict: "pass", absent: ["unknown-license"], obligations: ["flow-down"]),
        Row(
            name: "medical advice fails BLOOMChat", license: "bloomchat-176b-license-v1.0",
            set: [hosted, "purposes=medical-advice"], verdict: "fail", rules: ["use-restriction"]),
        Row(
            name: "Falcon-LLM licence: royalty-free, hosted use under the AUP", license: "falcon-llm-license",
            set: [hosted], verdict: "pass", absent: ["unverified-term", "hosting"], obligations: ["acceptable-use"]),
        Row(
            name: "a Falcon 3 fine-tune shared as weights: TII's statement and the AUP flow-down",
            license: "falcon-llm-license", set: ["distribution=weights", "modifies=true"], verdict: "pass",
            obligations: ["attribution-display", "flow-down", "include-license"]),
        Row(
            name: "hosted GLM-4: registration and 'Built with glm-4'", license: "glm-4", set: [hosted],
            verdict: "pass", absent: ["unverified-term"], obligations: ["registration", "attribution-display"]),
        Row(
            name: "a GLM-4 fine-tune whose name does not begin with glm-4", license: "glm-4",
            set: ["distribution=weights", "modifies=true"], verdict: "review", rules: ["derivative-naming"]),
        Row(
            name: "military purposes fail GLM-4", license: "glm-4", set: [hosted, "purposes=military"],
            verdict: "fail", rules: ["use-restriction"]),
    ]

    @Test(arguments: rows)
    func use(_ row: Row) throws {
        let scratch = try Scratch(text: ["policy.yaml": Self.policy])
        defer { scratch.remove() }
        let arguments =
            [
                "check", "--policy", scratch.path("policy.yaml"), "--license", row.license, "--component",
                row.component, "--format", "json",
            ] + row.set.flatMap { ["--set", $0] }
        let run = try CLI.run(arguments)
        #expect(run.stderr == "")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let result = try #require((object?["results"] as? [[String: Any]])?.first)
        let rules = (result["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        let obligations = (result["obligations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(result["verdict"] as? String == row.verdict, "\(rules)")
        for rule in row.rules { #expect(rules.contains(rule), "\(rules)") }
        for rule in row.absent { #expect(!rules.contains(rule), "\(rules)") }
        for obligation in row.obligations { #expect(obligations.contains(obligation), "\(obligations)") }
        #expect(run.status == (row.verdict == "fail" ? 1 : 0))
    }

    /// `--set purposes=` takes a comma-separated list, and a misspelt purpose is refused with a suggestion.
    @Test func purposesOnTheCommandLine() throws {
        let misspelt = try CLI.run(["check", "--license", "apache-2.0", "--set", "purposes=military,weapns"])
        #expect(misspelt.status == 64)
        #expect(misspelt.stderr.hasPrefix("Error: --set purposes: expected one of military, weapons, "))
        #expect(misspelt.stderr.contains("found 'weapns'; did you mean 'weapons'?"))
    }
}
