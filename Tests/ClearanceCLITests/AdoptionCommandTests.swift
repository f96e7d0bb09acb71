import Foundation
import Testing

/// The first run: `clearance init`, finding the manifest and its policy, `policy show`, and the vocabulary
/// (`--help`, suggestions, `--catalog`, `--quiet`, `--verbose`).
@Suite struct AdoptionCommandTests {
    static let card = """
        ---
        license: llama3.1
        base_model: meta-llama/Llama-3.1-8B
        ---
        # A fine-tune

        """

    @Test func initInADirectoryWithOneCardWritesFilesThatLintCleanAndCheck() throws {
        let scratch = try Scratch(text: ["models/tuned/README.md": Self.card])
        defer { scratch.remove() }
        let first = try CLI.run(["init"], in: scratch.url)
        #expect(first.status == 0)
        #expect(first.stderr == "")
        #expect(
            first.stdout == """
                wrote clearance.yaml: a project manifest listing 1 component
                wrote clearance-policy.yaml: a starter policy extending the embedded default
                next: answer the questions in clearance-policy.yaml, then run 'clearance check'

                """)
        let manifest = try String(contentsOfFile: scratch.path("clearance.yaml"), encoding: .utf8)
        #expect(
            manifest == """
                # yaml-language-server: $schema=https://raw.githubusercontent.com/clearance-tool/clearance/main/Schemas/manifest.schema.json
                # The project manifest, written by `clearance init` from the model cards and SBOMs it found.
                # `clearance check` reads it, with the policy it names; keep it up to date as models change.
                schema: 1
                policy: clearance-policy.yaml
                models:
                  - name: tuned   # from models/tuned/README.md:2
                    license: llama3.1
                    base-model: meta-llama/Llama-3.1-8B

                """)
        let policy = try String(contentsOfFile: scratch.path("clearance-policy.yaml"), encoding: .utf8)
        #expect(policy.contains("\nextends: default\nusage:\n"))
        #expect(policy.contains("  # Where is your organization based? An ISO 3166-1 alpha-2 country code"))
        #expect(policy.contains("\n  # monthly-active-users: 1_000_000\n"))

        let lint = try CLI.run(["lint", "clearance.yaml", "clearance-policy.yaml"], in: scratch.url)
        #expect(lint.status == 0)
        #expect(lint.stderr == "")
        let check = try CLI.run(["check", "--as-of", "2026-12-01"], in: scratch.url)
        #expect(check.status == 0 || check.status == 1)
        #expect(check.stderr == "")
        #expect(check.stdout.hasPrefix("Clearance 0.1.0: policy \"clearance-"))
        #expect(check.stdout.contains("(clearance-policy.yaml), as of 2026-12-01\n"))
        #expect(check.stdout.contains("  tuned (model, llama3.1) clearance.yaml:8:14\n"))

        // A second run overwrites nothing.
        try scratch.write("clearance-policy.yaml", Array("schema: 1\nname: mine\n".utf8))
        let second = try CLI.run(["init"], in: scratch.url)
        #expect(second.status == 0)
        #expect(
            second.stdout == """
                kept clearance.yaml: it exists, and init never overwrites a file
                kept clearance-policy.yaml: it exists, and init never overwrites a file

                """)
        #expect(try String(contentsOfFile: scratch.path("clearance.yaml"), encoding: .utf8) == manifest)
        #expect(try String(contentsOfFile: scratch.path("clearance-policy.yaml"), encoding: .utf8) == "schema: 1\nname: mine\n")
    }

    @Test func anEmptyDirectoryNeverPasses() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let before = try CLI.run(["check"], in: scratch.url)
        #expect(before.status == 2)
        #expect(before.stdout == "")
        #expect(
            before.stderr
                == "clearance.yaml: error: no clearance.yaml or clearance.yml in this directory or its parents; run 'clearance init' to write one, or name the files to check [check.no-manifest]\n"
        )
        _ = try CLI.run(["init"], in: scratch.url)
        #expect(try String(contentsOfFile: scratch.path("clearance.yaml"), encoding: .utf8).contains("\nmodels: []"))
        let after = try CLI.run(["check"], in: scratch.url)
        #expect(after.status == 2)
        #expect(after.stderr.contains("[check.no-components]"))
    }

    static let project = [
        "clearance.yml": "schema: 1\npolicy: policies/org.yaml\nmodels:\n  - {name: m, license: llama3.1}\n",
        "policies/org.yaml": "schema: 1\nname: org\nextends: default\nusage:\n  monthly-active-users: 900_000_000\n",
        "sub/deeper/notes.txt": "",
    ]

    @Test func checkFindsTheManifestInAParentAndThePolicyItNames() throws {
        let scratch = try Scratch(text: Self.project)
        defer { scratch.remove() }
        let result = try CLI.run(
            ["check", "--as-of", "2026-12-01", "--quiet"], in: scratch.url.appendingPathComponent("sub/deeper"))
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                  m (model, llama3.1) ../../clearance.yml:4:24
                    fail    user-cap: 900,000,000 monthly active users exceed llama3.1's cap of 700,000,000 (affiliates count), measured on the version release date (2024-07-23); a separate license from the licensor is needed [clause §2, ../../policies/org.yaml:5]
                    review  category-review: the policy requires review of community licenses such as llama3.1 [embedded:Policies/default.yaml:15]
                    review  obligation: llama3.1 requires: When you distribute or make available a derivative model, its name must begin with "Llama" (obligation 'derivative-naming' is not in obligations.accept) [clause §1.b.i, embedded:Policies/default.yaml:22]

                """)
        // --policy wins over the manifest's policy.
        let chosen = try CLI.run(
            ["check", "--as-of", "2026-12-01", "--policy", "../../Policies-none.yaml"],
            in: scratch.url.appendingPathComponent("sub/deeper"))
        #expect(chosen.status == 2)
        #expect(chosen.stderr.hasPrefix("../../Policies-none.yaml: error: cannot read file"))
    }

    @Test func aManifestMayNotNameAPolicyOutsideItsDirectory() throws {
        let scratch = try Scratch(text: [
            "outside.yaml": "schema: 1\n",
            "project/clearance.yaml": "schema: 1\npolicy: ../outside.yaml\nmodels: [{name: m, license: mit}]\n",
        ])
        defer { scratch.remove() }
        let result = try CLI.run(["check"], in: scratch.url.appendingPathComponent("project"))
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                clearance.yaml:2:9: error: 'policy: ../outside.yaml' leaves the directory of the manifest; a manifest may only name a policy in its own directory or below (name a policy elsewhere with --policy) [manifest.policy-outside]
                policy: ../outside.yaml
                        ^

                """)
    }

    @Test func lintChecksAManifestAgainstThePolicyItNames() throws {
        let scratch = try Scratch(text: [
            "clearance.yaml": "schema: 1\npolicy: org.yaml\nusage: {domicile: US}\nmodels: [{name: m, license: mit}]\n",
            "org.yaml": "schema: 1\nextends: default\nlock-facts: [domicile]\n",
            "other/clearance.yaml": "schema: 1\npolicy: missing.yaml\nmodels: [{name: m, license: mit}]\n",
        ])
        defer { scratch.remove() }
        let locked = try CLI.run(["lint", "clearance.yaml"], in: scratch.url)
        #expect(locked.status == 2)
        #expect(locked.stderr.hasPrefix("clearance.yaml:3:19: error: the policy locks 'domicile' (org.yaml:3)"))
        let missing = try CLI.run(["lint", "other/clearance.yaml"], in: scratch.url)
        #expect(missing.status == 2)
        #expect(missing.stderr == "other/missing.yaml: error: cannot read file: no such file [io.unreadable]\n")
    }

    @Test func policyShowResolvesExtends() throws {
        let scratch = try Scratch(text: Self.project)
        defer { scratch.remove() }
        let shown = try CLI.run(["policy", "show"], in: scratch.url)
        #expect(shown.status == 0)
        #expect(shown.stderr == "")
        #expect(
            shown.stdout == """
                # The policy policies/org.yaml with 'extends' resolved; each comment says where a value comes from.
                schema: 1
                name: org
                usage:
                  commercial: true  # embedded:Policies/default.yaml:6
                  monthly-active-users: 900000000  # policies/org.yaml:5
                  # annual-revenue-usd: not declared
                  # domicile: not declared
                  # distribution: not declared
                  # modifies: not declared
                  # trains-on-outputs: not declared
                  # multimodal: not declared
                  # purposes: not declared
                licenses:
                  allow: []
                  review: []
                  deny: []
                categories:
                  permissive: allow  # embedded:Policies/default.yaml:12
                  copyleft: review  # embedded:Policies/default.yaml:13
                  weak-copyleft: review  # embedded:Policies/default.yaml:14
                  community: review  # embedded:Policies/default.yaml:15
                  responsible-ai: review  # embedded:Policies/default.yaml:16
                  research-only: deny  # embedded:Policies/default.yaml:17
                  non-commercial: deny  # embedded:Policies/default.yaml:18
                  proprietary: review  # embedded:Policies/default.yaml:19
                unknown: deny  # embedded:Policies/default.yaml:20
                obligations:
                  accept: [include-license, notice, attribution-display, state-changes, flow-down, acceptable-use]  # embedded:Policies/default.yaml:22
                derivative-naming: review  # embedded:Policies/default.yaml:23

                """)
        let lint = try CLI.run(["lint", "policies/org.yaml"], in: scratch.url)
        #expect(lint.status == 0)
        #expect(lint.stderr == "")
        // What policy show prints reads back as a policy.
        try scratch.write("shown.yaml", Array(shown.stdout.utf8))
        let again = try CLI.run(["policy", "show", "shown.yaml"], in: scratch.url)
        #expect(again.status == 0)
        #expect(again.stdout.contains("  monthly-active-users: 900000000  # shown.yaml:6\n"))
        for name in ["default", "embedded:Policies/default.yaml"] {
            let check = try CLI.run(["check", "--policy", name, "--license", "mit", "-q"], in: scratch.url)
            #expect(check.status == 0)
            #expect(check.stderr == "")
        }
        let embedded = try CLI.run(["policy", "show", "default"], in: scratch.url)
        #expect(embedded.stdout.hasPrefix("# The policy embedded:Policies/default.yaml with 'extends' resolved;"))
    }

    @Test func checkHelpListsEveryFactAndHidesTheOldCatalogOption() throws {
        let result = try CLI.run(["check", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(
                """
                Facts for --set KEY=VALUE (and for usage: in a policy or clearance.yaml):
                  commercial: true or false
                  monthly-active-users: a whole number, 0 or more
                  annual-revenue-usd: a whole number of US dollars, 0 or more
                  domicile: an ISO 3166-1 alpha-2 country code such as DE or US, or EU
                  distribution: a list of hosted, model-api, on-device, weights, internal
                  modifies: true or false
                  trains-on-outputs: true or false
                  multimodal: true or false
                  purposes: a list of military, weapons, critical-infrastructure, surveillance,
                """))
        #expect(result.stdout.contains("--catalog <dir>"))
        #expect(!result.stdout.contains("--licenses"))
    }

    @Test(arguments: [
        (["check", "--license", "llama3.1", "--set", "mau=3"], "Error: Unknown fact 'mau' in --set; did you mean 'monthly-active-users'?"),
        (["licenses", "--category", "non-commerical"], "did you mean 'non-commercial'?"),
        (["check", "--license", "mit", "--set", "monthly-users=3"], "did you mean 'monthly-active-users'?"),
        (["check", "--license", "mit", "--set", "revenue=3"], "did you mean 'annual-revenue-usd'?"),
        (["check", "--license", "mit", "--set", "country=DE"], "did you mean 'domicile'?"),
        (
            ["check", "--licenses", "llama3.1"],
            "Error: 'llama3.1' is a license, not a directory of descriptors; to check it, use --license llama3.1"
        ),
    ])
    func unknownNamesGetSuggestions(_ arguments: [String], _ expected: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    @Test func anUnknownLicenseIdSuggestsItsVersions() throws {
        let result = try CLI.run(["check", "--license", "cc-by-nc", "--as-of", "2026-12-01", "--quiet"])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "unknown-license: license 'cc-by-nc' is not in the catalog; its terms are unknown (did you mean 'cc-by-nc-4.0', 'cc-by-nc-3.0', 'cc-by-nc-2.0'?)"
            ))
        let policy = try Scratch(text: ["p.yaml": "schema: 1\nusage:\n  mau: 3\nlicenses:\n  deny: [cc-by-nc]\n"])
        defer { policy.remove() }
        try policy.write("q.yaml", Array("schema: 1\nusage:\n  country: DE\ncategories:\n  research: deny\n".utf8))
        let synonyms = try CLI.run(["lint", "q.yaml"], in: policy.url)
        #expect(synonyms.stderr.contains("q.yaml:3:3: error: unknown key 'country'; did you mean 'domicile'?"))
        #expect(synonyms.stderr.contains("q.yaml:5:3: error: unknown key 'research'; did you mean 'research-only'?"))
        let lint = try CLI.run(["lint", "p.yaml"], in: policy.url)
        #expect(lint.status == 2)
        #expect(lint.stderr.contains("p.yaml:3:3: error: unknown key 'mau'; did you mean 'monthly-active-users'? [yaml.unknown-key]"))
        #expect(lint.stderr.contains("p.yaml:5:10: error: unknown license 'cc-by-nc'; did you mean 'cc-by-nc-4.0'? [policy.unknown-license]"))
    }

    @Test func verboseSaysWhereEachFactCameFrom() throws {
        let scratch = try Scratch(text: Self.project)
        defer { scratch.remove() }
        let result = try CLI.run(
            ["check", "--as-of", "2026-12-01", "--verbose", "--set", "domicile=de"], in: scratch.url)
        #expect(result.status == 1)
        #expect(
            result.stdout.hasSuffix(
                """

                FACTS
                  policy: org from policies/org.yaml (named by clearance.yml)
                  commercial: true (embedded:Policies/default.yaml:6:15)
                  monthly-active-users: 900000000 (policies/org.yaml:5:25)
                  annual-revenue-usd: not declared
                  domicile: DE (--set domicile)
                  distribution: not declared
                  modifies: not declared
                  trains-on-outputs: not declared
                  multimodal: not declared
                  purposes: not declared

                """))
        let json = try CLI.run(["check", "--verbose", "--format", "json"], in: scratch.url)
        #expect(json.status == 64)
    }
}
