import Foundation
import Testing

/// License names as the Hub and licensors write them resolve the same way on every path a license enters by: a
/// model card, `clearance.yaml`, `check --license` and `expression`.
@Suite struct LicenseNameTests {
    /// (name as written, catalog id it must resolve to). Slugs and names seen on real cards
    /// (`reference/realworld-2026-12.md`), full names and licensor URLs, in any case.
    static let names: [(String, String)] = [
        ("tongyi-qianwen-license-agreement", "tongyi-qianwen"),
        ("https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT", "tongyi-qianwen"),
        ("gemma-terms-of-use", "gemma"),
        ("google-gemma-terms-of-use", "gemma"),
        ("Google-Gemma-Terms-Of-Use", "gemma"),
        ("llama-3", "llama3"),
        ("Meta Llama 3 Community License", "llama3"),
        ("flux-dev-license", "flux-1-dev-non-commercial-license"),
        (
            "https://huggingface.co/black-forest-labs/FLUX.1-dev/resolve/main/LICENSE.md",
            "flux-1-dev-non-commercial-license"
        ),
        ("openrail++", "openrail++"),
        ("OpenRAIL++", "openrail++"),
        ("Apache License 2.0", "apache-2.0"),
        ("yi-license", "yi-license"),
        ("fair-noncommercial-research", "fair-noncommercial-research-license"),
        ("microsoft-research-license", "microsoft-research-license"),
        ("stable-video-diffusion-community", "stable-video-diffusion-community"),
        ("stable-cascade-nc-community", "stable-cascade-nc-community"),
        ("tencent-hunyuan-community", "tencent-hunyuan-community"),
    ]

    /// The catalog ids the findings of the first result of a JSON report name, and its rules.
    func licensesAndRules(_ result: CLI.Result) throws -> (licenses: Set<String>, rules: [String]) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        let findings = try #require(results.first?["findings"] as? [[String: Any]])
        return (Set(findings.compactMap { $0["license"] as? String }), findings.compactMap { $0["rule"] as? String })
    }

    @Test(arguments: names)
    func resolvesTheSameOnEveryPath(name: String, id: String) throws {
        let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let cardKey = name.hasPrefix("http") ? "license_link" : "license_name"
        let scratch = try Scratch(text: [
            "card/README.md": "---\nlicense: other\n\(cardKey): \(quoted)\n---\n# A model\n",
            "clearance.yaml": "schema: 1\nmodels:\n  - name: org/model\n    license: \(quoted)\n",
        ])
        defer { scratch.remove() }
        let check = ["check", "--as-of", "2026-11-23", "--format", "json"]
        let paths: [(String, [String])] = [
            ("card", check + [scratch.path("card/README.md")]),
            ("manifest", check + [scratch.path("clearance.yaml")]),
            ("--license", check + ["--license", name]),
        ]
        for (path, arguments) in paths {
            let result = try CLI.run(arguments, in: scratch.url)
            #expect(result.status != 2, "\(path): \(result.stderr)")
            let report = try licensesAndRules(result)
            #expect(report.licenses == [id], "\(path)")
            #expect(!report.rules.contains("unknown-license"), "\(path)")
        }
        let expression = try CLI.run(["expression", "--format", "json", name])
        #expect(expression.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(expression.stdout.utf8)) as? [String: Any])
        let terms = try #require(json["terms"] as? [[String: Any]])
        let resolution = try #require(terms.first?["resolution"] as? [String: Any])
        #expect(resolution["kind"] as? String == "catalog")
        #expect(resolution["id"] as? String == id)
    }
}
