import Foundation
import Testing

/// The manifest-reader reproductions of the 2026-12 attack report, end to end: each row writes its input to a
/// temporary directory and runs the built binary on it, as a CI job would.
///
/// Every row checks the exit code, the verdict (from `--format json`) or the whole first diagnostic line, and
/// that nothing on stdout or stderr could act on a CI runner or a terminal (a line starting with `::`, ESC,
/// BEL, a bidi control).
@Suite struct AttackReaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// The attack report's item, and what the input does.
        var name: String
        var files: [String: String]
        /// The paths to check, relative to the temporary directory; more options after them.
        var arguments: [String]
        var status: Int32
        /// The overall verdict, for a run that reports.
        var verdict: String? = nil
        /// Rules the first component's findings must include, with their verdicts (`rule:verdict`).
        var rules: [String] = []
        /// The first component's effective license, as the report gives it.
        var license: String? = nil
        /// The whole first error line of stderr, for a run that exits 2.
        var error: String? = nil

        var testDescription: String { name }
    }

    /// A policy that allows permissive licenses and denies everything unknown.
    static let permissiveOnly = """
        schema: 1
        usage: {commercial: true, distribution: [internal], modifies: false}
        categories: {permissive: allow}
        unknown: deny
        obligations: {accept: [include-license, notice, state-changes]}

        """

    static let nc = #"{"license": {"id": "CC-BY-NC-4.0"}}"#
    static let mit = #"{"license": {"id": "MIT"}}"#

    static func bom(_ components: String, metadata: String = "") -> String {
        #"{"bomFormat": "CycloneDX", "specVersion": "1.6", "# + metadata + #""components": ["# + components + "]}\n"
    }

    static func spdx3(_ graph: String) -> String {
        """
        {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
        \(graph)
        ]}

        """
    }

    static let cases: [Case] = [
        Case(
            name: "HIGH 1: an exception the SPDX list does not have, after WITH, is an unknown term (--license)",
            files: ["policy.yaml": permissiveOnly],
            arguments: ["--license", "Apache-2.0 WITH Commons-Clause", "--policy", "policy.yaml"], status: 1,
            verdict: "fail", rules: ["unknown-license:fail", "category-allowed:pass"],
            license: "Apache-2.0 WITH Commons-Clause"),
        Case(
            name: "HIGH 1: an AdditionRef after WITH is an unknown term, in a manifest",
            files: [
                "clearance.yaml": "schema: 1\nmodels:\n  - {name: acme/m, license: MIT WITH AdditionRef-no-ai-training}\n",
                "policy.yaml": permissiveOnly,
            ],
            arguments: ["clearance.yaml", "--policy", "policy.yaml"], status: 1, verdict: "fail",
            rules: ["unknown-license:fail", "category-allowed:pass"], license: "MIT WITH AdditionRef-no-ai-training"),
        Case(
            name: "HIGH 1: a listed exception keeps the license's own terms",
            files: ["policy.yaml": permissiveOnly],
            arguments: ["--license", "Apache-2.0 WITH LLVM-exception", "--policy", "policy.yaml"], status: 0,
            verdict: "pass", rules: ["category-allowed:pass"], license: "Apache-2.0 WITH LLVM-exception"),
        Case(
            name: "HIGH 1: SPDX 3 WithAdditionOperator with a custom addition reaches the evaluator as an unknown term",
            files: [
                "aibom.spdx3.json": spdx3(
                    """
                    {"type": "ai_AIPackage", "spdxId": "urn:m", "name": "acme/model"},
                    {"type": "expandedlicensing_CustomLicenseAddition", "spdxId": "urn:add", "name": "Commons Clause"},
                    {"type": "expandedlicensing_WithAdditionOperator", "spdxId": "urn:with",
                     "expandedlicensing_subjectExtendableLicense": "https://spdx.org/licenses/Apache-2.0",
                     "expandedlicensing_subjectAddition": "urn:add"},
                    {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:m", "to": ["urn:with"]}
                    """)
            ],
            arguments: ["aibom.spdx3.json"], status: 1, verdict: "fail", rules: ["unknown-license:fail"],
            license: "Apache-2.0 WITH AdditionRef-Commons-Clause"),
        Case(
            name: "HIGH 2: a second component with a repeated bom-ref",
            files: [
                "bom.json": bom(
                    #"{"type": "machine-learning-model", "name": "benign", "bom-ref": "r", "licenses": [\#(mit)]}, {"type": "machine-learning-model", "name": "nc-model", "bom-ref": "r", "licenses": [\#(nc)]}"#
                )
            ],
            arguments: ["bom.json"], status: 2,
            error:
                "bom.json:1:243: error: components[1] uses the bom-ref 'r' of an earlier component; each component needs its own bom-ref, so this BOM is invalid [cyclonedx.duplicate-ref]"
        ),
        Case(
            name: "HIGH 2: a nested component with a repeated bom-ref",
            files: [
                "bom.json": bom(
                    #"{"type": "application", "name": "app", "bom-ref": "r", "components": [{"type": "machine-learning-model", "name": "nc-model", "bom-ref": "r", "licenses": [\#(nc)]}]}"#
                )
            ],
            arguments: ["bom.json"], status: 2,
            error:
                "bom.json:1:201: error: components[0].components[0] uses the bom-ref 'r' of an earlier component; each component needs its own bom-ref, so this BOM is invalid [cyclonedx.duplicate-ref]"
        ),
        Case(
            name: "HIGH 2: a component sharing the bom-ref of metadata.component",
            files: [
                "bom.json": bom(
                    #"{"type": "machine-learning-model", "name": "nc-model", "bom-ref": "app", "licenses": [\#(nc)]}"#,
                    metadata: #""metadata": {"component": {"type": "application", "name": "app", "bom-ref": "app"}}, "#)
            ],
            arguments: ["bom.json"], status: 2,
            error:
                "bom.json:1:216: error: components[0] uses the bom-ref 'app' of an earlier component; each component needs its own bom-ref, so this BOM is invalid [cyclonedx.duplicate-ref]"
        ),
        Case(
            name: "MEDIUM 5: a CycloneDX license entry with both license and expression",
            files: [
                "bom.json": bom(
                    #"{"type": "machine-learning-model", "name": "m", "licenses": [{"license": {"id": "MIT"}, "expression": "CC-BY-NC-4.0"}]}"#
                )
            ],
            arguments: ["bom.json"], status: 2,
            error:
                "bom.json:1:167: error: a license entry of components[0] has both 'license' and 'expression'; an entry holds one of them, so this BOM is invalid (write two entries, or one expression) [cyclonedx.license-and-expression]"
        ),
        Case(
            name: "MEDIUM 6: a card's license [mit, unknown]",
            files: ["m/README.md": "---\nlicense: [mit, unknown]\n---\n"],
            arguments: ["m"], status: 1, verdict: "fail", rules: ["unknown-license:fail"],
            license: "MIT AND LicenseRef-NOASSERTION"),
        Case(
            name: "MEDIUM 6: a card's license list with a blank member",
            files: ["m/README.md": "---\nlicense:\n- mit\n- ''\n---\n"],
            arguments: ["m"], status: 1, verdict: "fail", rules: ["unknown-license:fail"],
            license: "MIT AND LicenseRef-NOASSERTION"),
        Case(
            name: "MEDIUM 6: an SPDX 3 ConjunctiveLicenseSet of MIT and NoAssertionLicense",
            files: [
                "aibom.spdx3.json": spdx3(
                    """
                    {"type": "ai_AIPackage", "spdxId": "urn:m", "name": "acme/model"},
                    {"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "urn:and",
                     "expandedlicensing_member": ["https://spdx.org/licenses/MIT", "https://spdx.org/rdf/3.0.1/terms/Expanded/NoAssertionLicense"]},
                    {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:m", "to": ["urn:and"]}
                    """)
            ],
            arguments: ["aibom.spdx3.json"], status: 1, verdict: "fail", rules: ["unknown-license:fail"],
            license: "MIT AND LicenseRef-NOASSERTION"),
        Case(
            name: "MEDIUM 6: a blank CycloneDX expression beside MIT",
            files: [
                "bom.json": bom(#"{"type": "machine-learning-model", "name": "m", "licenses": [\#(mit), {"expression": ""}]}"#)
            ],
            arguments: ["bom.json"], status: 1, verdict: "fail", rules: ["unknown-license:fail"],
            license: "MIT AND LicenseRef-NOASSERTION"),
        Case(
            name: "MEDIUM 7: a CycloneDX component without a name",
            files: [
                "bom.json": bom(
                    #"{"type": "machine-learning-model", "name": "benign", "licenses": [\#(mit)]}, {"type": "machine-learning-model", "licenses": [\#(nc)]}"#
                )
            ],
            arguments: ["bom.json"], status: 2,
            error:
                "bom.json:1:161: error: components[1] has no 'name'; a component must be named to be checked, so this BOM is invalid [cyclonedx.missing-name]"
        ),
        Case(
            name: "MEDIUM 7: a CycloneDX component with a blank name",
            files: ["bom.json": bom(#"{"type": "machine-learning-model", "name": " ", "licenses": [\#(nc)]}"#)],
            arguments: ["bom.json"], status: 2,
            error:
                "bom.json:1:108: error: components[0] has a blank or non-string 'name'; a component must be named to be checked, so this BOM is invalid [cyclonedx.missing-name]"
        ),
        Case(
            name: "MEDIUM 7: an SPDX 2 package without a name",
            files: [
                "sbom.spdx.json":
                    #"{"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "packages": [{"SPDXID": "SPDXRef-a", "name": "benign", "licenseConcluded": "MIT"}, {"SPDXID": "SPDXRef-b", "licenseConcluded": "CC-BY-NC-4.0"}]}"#
                    + "\n"
            ],
            arguments: ["sbom.spdx.json"], status: 2,
            error:
                "sbom.spdx.json:1:142: error: packages[1] has no 'name'; a package must be named to be checked, so this document is invalid [spdx.missing-name]"
        ),
        Case(
            name: "MEDIUM 7: an SPDX 3 package with a blank name",
            files: [
                "aibom.spdx3.json": spdx3(
                    """
                    {"type": "ai_AIPackage", "spdxId": "urn:m", "name": ""},
                    {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:m", "to": ["https://spdx.org/licenses/CC-BY-NC-4.0"]}
                    """)
            ],
            arguments: ["aibom.spdx3.json"], status: 2,
            error:
                "aibom.spdx3.json:2:53: error: the ai_AIPackage 'urn:m' has a blank 'name'; a package must be named to be checked, so this document is invalid [spdx.missing-name]"
        ),
        Case(
            name: "MEDIUM 9: meta-llama/Llama-3.1-70B-Instruct declared mit",
            files: ["clearance.yaml": "schema: 1\nmodels:\n  - name: meta-llama/Llama-3.1-70B-Instruct\n    license: mit\n"],
            arguments: ["clearance.yaml"], status: 0, verdict: "review", rules: ["license-conflict:review"],
            license: "MIT AND llama3.1"),
        Case(
            name: "MEDIUM 9: google/gemma-2-9b declared apache-2.0, in a CycloneDX BOM",
            files: [
                "bom.json": bom(
                    #"{"type": "machine-learning-model", "group": "google", "name": "gemma-2-9b", "licenses": [{"license": {"id": "Apache-2.0"}}]}"#
                )
            ],
            arguments: ["bom.json"], status: 0, verdict: "review", rules: ["license-conflict:review"],
            license: "Apache-2.0 AND gemma"),
        Case(
            name: "MEDIUM 9: a fine-tune of a mislabelled well-known model inherits the index's license",
            files: [
                "clearance.yaml": """
                    schema: 1
                    models:
                      - name: acme/llama-support-bot
                        license: mit
                        base-model: meta-llama/Llama-3.1-70B-Instruct
                      - name: meta-llama/Llama-3.1-70B-Instruct
                        license: mit

                    """
            ],
            arguments: ["clearance.yaml"], status: 0, verdict: "review",
            rules: ["base-model:pass", "license-conflict:pass"], license: "MIT AND llama3.1"),
        Case(
            name: "MEDIUM 10: front matter after U+00A0",
            files: ["m/README.md": "\u{00A0}---\nlicense: cc-by-nc-4.0\n---\n# Model\n"],
            arguments: ["m"], status: 1, verdict: "fail", rules: ["commercial-use:fail"], license: "CC-BY-NC-4.0"),
        Case(
            name: "MEDIUM 10: front matter after U+2028",
            files: ["m/README.md": "\u{2028}---\nlicense: cc-by-nc-4.0\n---\n"],
            arguments: ["m"], status: 1, verdict: "fail", rules: ["commercial-use:fail"], license: "CC-BY-NC-4.0"),
        Case(
            name: "MEDIUM 10: front matter after U+3000 and a blank line",
            files: ["m/README.md": "\n\u{3000}---\nlicense: cc-by-nc-4.0\n---\n"],
            arguments: ["m"], status: 1, verdict: "fail", rules: ["commercial-use:fail"], license: "CC-BY-NC-4.0"),
        Case(
            name: "MEDIUM 10: front matter after U+001F",
            files: ["m/README.md": "\u{1F}---\nlicense: cc-by-nc-4.0\n---\n"],
            arguments: ["m"], status: 1, verdict: "fail", rules: ["commercial-use:fail"], license: "CC-BY-NC-4.0"),
        Case(
            name: "MEDIUM 10: a run that finds no component",
            files: ["m/README.md": "\u{200B}---\nlicense: cc-by-nc-4.0\n---\n"],
            arguments: ["m"], status: 2,
            error:
                "m: error: found no component to check in 'm': 1 file was read (m/README.md) and none declares a component; a check of nothing is not a pass (pass --allow-empty to accept it) [check.no-components]"
        ),
        Case(
            name: "MEDIUM 10: a run that finds no component, accepted with --allow-empty",
            files: ["m/README.md": "# Notes\n"],
            arguments: ["m", "--allow-empty"], status: 0, verdict: "pass"),
        Case(
            name: "LOW 18: JSON that is both CycloneDX and SPDX 2",
            files: [
                "bom.json":
                    #"{"bomFormat": "CycloneDX", "specVersion": "1.6", "spdxVersion": "SPDX-2.3", "components": [{"type": "machine-learning-model", "name": "m", "licenses": [\#(mit)]}], "packages": [{"SPDXID": "SPDXRef-m", "name": "m", "licenseConcluded": "CC-BY-NC-4.0"}]}"#
                    + "\n"
            ],
            arguments: ["bom.json"], status: 2,
            error:
                "bom.json:1:50: error: this JSON is marked as a CycloneDX BOM ('bomFormat') and an SPDX 2 document ('spdxVersion'); a document must be one format, so it is not read [manifest.ambiguous-format]"
        ),
        Case(
            name: "LOW 18: JSON that is both CycloneDX and SPDX 3",
            files: [
                "bom.json":
                    #"{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [], "bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "machine-learning-model", "name": "m", "licenses": [\#(mit)]}]}"#
                    + "\n"
            ],
            arguments: ["bom.json"], status: 2,
            error:
                "bom.json:1:78: error: this JSON is marked as a CycloneDX BOM ('bomFormat') and an SPDX 3 document ('@context'); a document must be one format, so it is not read [manifest.ambiguous-format]"
        ),
        Case(
            name: "LOW 23: license other, license_name mit, license_link to CC BY-NC 4.0",
            files: [
                "m/README.md":
                    "---\nlicense: other\nlicense_name: mit\nlicense_link: https://creativecommons.org/licenses/by-nc/4.0/legalcode\n---\n"
            ],
            arguments: ["m"], status: 1, verdict: "fail", rules: ["license-conflict:review", "commercial-use:fail"],
            license: "MIT AND CC-BY-NC-4.0"),
    ]

    @Test(arguments: cases)
    func attack(_ row: Case) throws {
        let scratch = try Scratch(text: row.files)
        defer { scratch.remove() }
        let result = try CLI.run(
            ["check", "--as-of", "2026-12-01", "--format", "json"] + row.arguments, in: scratch.url)
        #expect(result.status == row.status, "\(result.stderr)")
        expectNothingActsOnTheRunner(result)
        if let error = row.error {
            #expect(result.stdout == "")
            let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(errors.first.map(String.init) == error)
            return
        }
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["verdict"] as? String == row.verdict)
        let results = try #require(report["results"] as? [[String: Any]])
        guard !row.rules.isEmpty || row.license != nil else {
            #expect(results.isEmpty)
            return
        }
        let first = try #require(results.first)
        let findings = try #require(first["findings"] as? [[String: Any]])
        let rules = findings.map { "\($0["rule"] as? String ?? ""):\($0["verdict"] as? String ?? "")" }
        for rule in row.rules { #expect(rules.contains(rule), "\(rules)") }
        #expect(first["license"] as? String == row.license)
    }

    /// The no-component error names where it looked, after the notes of what it skipped.
    @Test func anEmptyRunSaysWhereItLooked() throws {
        let scratch = try Scratch(text: ["docs/README.md": "# Docs\n", "docs/guide/README.md": "# Guide\n"])
        defer { scratch.remove() }
        for command in ["check", "notice"] {
            let result = try CLI.run([command, "docs"], in: scratch.url)
            #expect(result.status == 2)
            #expect(result.stdout == "")
            expectNothingActsOnTheRunner(result)
            #expect(result.stderr.split(separator: "\n").last.map(String.init) == "docs: error: found no component to check in 'docs': 2 files were read (docs/README.md, docs/guide/README.md) and none declares a component; a check of nothing is not a pass (pass --allow-empty to accept it) [check.no-components]")
            let allowed = try CLI.run([command, "docs", "--allow-empty"], in: scratch.url)
            #expect(allowed.status == 0)
        }
    }

    /// LOW 19: the same files named by an absolute or a relative path give the same report, byte for byte.
    @Test(arguments: ["json", "text", "sarif", "markdown"])
    func absoluteAndRelativePathsGiveTheSameReport(format: String) throws {
        let scratch = try Scratch(text: [
            "models/base/README.md": "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n",
            "models/ft/README.md": "---\nlicense: apache-2.0\nbase_model: base\n---\n",
        ])
        defer { scratch.remove() }
        let base = ["check", "--as-of", "2026-12-01", "--format", format]
        let relative = try CLI.run(base + ["models"], in: scratch.url)
        let absolute = try CLI.run(base + [scratch.path("models")], in: scratch.url)
        let dotted = try CLI.run(base + ["./models/"], in: scratch.url)
        #expect(relative.status == 0)
        if format == "json" || format == "text" {
            // Pass findings show in these two.
            #expect(relative.stdout.contains("as declared for 'base' in this run"))
        }
        #expect(!relative.stdout.contains(scratch.url.path))
        #expect(absolute.stdout == relative.stdout)
        #expect(dotted.stdout == relative.stdout)
        #expect(absolute.status == relative.status)
        expectNothingActsOnTheRunner(relative)
    }

    /// No line that a GitHub runner would read as a workflow command, and no terminal control.
    func expectNothingActsOnTheRunner(
        _ result: CLI.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            where line.hasPrefix("::") {
                Issue.record("\(stream) has a workflow command line: \(line)", sourceLocation: sourceLocation)
            }
            let controls = text.unicodeScalars.filter {
                $0 == "\u{1B}" || $0 == "\u{07}" || (0x202A...0x202E).contains($0.value)
                    || (0x2066...0x2069).contains($0.value)
            }
            if !controls.isEmpty {
                Issue.record(
                    "\(stream) has control characters: \(controls.map { String($0.value, radix: 16) })",
                    sourceLocation: sourceLocation)
            }
        }
    }
}
