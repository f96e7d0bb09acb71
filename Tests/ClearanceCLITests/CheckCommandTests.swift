import ClearanceKit
import Foundation
import Testing

/// `clearance check` as a CI job runs it: exit codes, `--set`, and invalid input.
@Suite struct CheckCommandTests {
    /// The verdict and the rules of the first result of a JSON report.
    func verdictAndRules(_ result: CLI.Result) throws -> (verdict: String?, rules: [String?]) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        let findings = try #require(results.first?["findings"] as? [[String: Any]])
        return (json["verdict"] as? String, findings.map { $0["rule"] as? String })
    }

    @Test(arguments: [
        // A pass exits 0.
        (["--license", "MIT"], "pass", ["category-allowed"], Int32(0)),
        // A review exits 0 unless --fail-on review.
        (["--license", "llama3.1"], "review", ["missing-fact", "category-review", "obligation"], 0),
        (["--license", "llama3.1", "--fail-on", "review"], "review", ["missing-fact", "category-review", "obligation"], 1),
        // A fail exits 1 either way.
        (["--license", "cc-by-nc-4.0"], "fail", ["commercial-use", "category-denied"], 1),
        (["--license", "cc-by-nc-4.0", "--fail-on", "fail"], "fail", ["commercial-use", "category-denied"], 1),
        // An unknown license fails closed.
        (["--license", "LicenseRef-mystery"], "fail", ["unknown-license"], 1),
    ])
    func exitCodeFollowsTheVerdict(arguments: [String], verdict: String, rules: [String], status: Int32) throws {
        let result = try CLI.run(["check", "--as-of", "2026-11-23", "--format", "json"] + arguments)
        #expect(result.status == status)
        #expect(result.stderr == "")
        let report = try verdictAndRules(result)
        #expect(report.verdict == verdict)
        #expect(report.rules == rules)
    }

    @Test func setMonthlyActiveUsersOverTheLlamaCapIsAUserCapFail() throws {
        let arguments = [
            "check", "--license", "llama3.1", "--component", "org/model", "--set", "monthly-active-users=900000000",
            "--as-of", "2026-11-23",
        ]
        let result = try CLI.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == [
            "Clearance \(ClearanceVersion.string): policy \"default\" (embedded:Policies/default.yaml), as of 2026-11-23",
            "FAIL", "  org/model (model, llama3.1)",
        ])
        #expect(lines.contains(
            "    fail    user-cap: 900,000,000 monthly active users exceed llama3.1's cap of 700,000,000 (affiliates count), measured on the version release date (2024-07-23); a separate license from the licensor is needed [clause §2, --set monthly-active-users]"
        ))
        #expect(lines.last == "1 fail, 0 review, 0 pass — verdict: fail")
        let json = try verdictAndRules(try CLI.run(arguments + ["--format", "json"]))
        #expect(json.verdict == "fail")
        #expect(json.rules.first == "user-cap")
        // Under the cap, the same license passes the user check.
        let under = try verdictAndRules(
            try CLI.run(["check", "--license", "llama3.1", "--set", "monthly-active-users=1000", "--as-of", "2026-11-23", "--format", "json"]))
        #expect(!under.rules.contains("user-cap"))
        #expect(!under.rules.contains("missing-fact"))
    }

    @Test func setWinsOverTheManifest() throws {
        let scratch = try Scratch(text: [
            "clearance.yaml": "schema: 1\nusage: {commercial: false}\nmodels:\n  - {name: a/b, license: cc-by-nc-4.0}\n",
            "policy.yaml": "schema: 1\ncategories: {non-commercial: allow}\nobligations: {accept: [notice, state-changes, include-license]}\n",
        ])
        defer { scratch.remove() }
        let base = ["check", "--policy", "policy.yaml", "--as-of", "2026-11-23", "--format", "json"]
        let declared = try CLI.run(base, in: scratch.url)
        #expect(declared.status == 0)
        #expect(try verdictAndRules(declared).rules == ["category-allowed"])
        let overridden = try CLI.run(base + ["--set", "commercial=true"], in: scratch.url)
        #expect(overridden.status == 1)
        #expect(try verdictAndRules(overridden).rules == ["commercial-use", "category-allowed"])
    }

    @Test func anInvalidManifestExitsTwoWithItsPositionAndNothingOnStandardOutput() throws {
        let scratch = try Scratch(text: ["clearance.yaml": "schema: 1\nmodels:\n  - name: a/b\n    licence: MIT\n"])
        defer { scratch.remove() }
        let result = try CLI.run(["check", "--as-of", "2026-11-23"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            clearance.yaml:4:5: error: unknown key 'licence'; did you mean 'license'? [yaml.unknown-key]
                licence: MIT
                ^

            """)
    }

    /// A bad descriptor under `--licenses` (or `--catalog`) exits 2 with the catalog's error alone, whatever the
    /// run reads: the catalog is built while the manifests are read, but said to be wrong before any of them is.
    @Test(arguments: [
        ["check", "--licenses", "licenses", "--as-of", "2026-11-23"],
        ["check", "--catalog", "licenses", "--format", "json", "clearance.yaml", "card/README.md"],
        ["check", "--licenses", "licenses", "card/README.md"],
        ["check", "--licenses", "licenses", "--license", "MIT"],
        ["check", "--licenses", "licenses", "empty"],
    ])
    func aBadDescriptorExitsTwoBeforeAnyManifestDiagnostic(arguments: [String]) throws {
        let scratch = try Scratch(text: [
            "licenses/in-house.yaml": "schema: 1\nschema: 1\n",
            "clearance.yaml": "schema: 1\nmodels:\n  - name: a/b\n    licence: MIT\n",
            "card/README.md": "---\nlicense: mit\ndatasets: [acme/data]\n---\n# Model\n",
            "empty/notes.txt": "",
        ])
        defer { scratch.remove() }
        let result = try CLI.run(arguments, in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            licenses/in-house.yaml:2:1: error: duplicate key 'schema' [yaml.duplicate-key]
            schema: 1
            ^
            licenses/in-house.yaml:1:1: note: first defined here
            schema: 1
            ^

            """)
    }

    /// A catalog's warning comes before the manifests' diagnostics, and before saying that there is no manifest.
    @Test func aCatalogWarningComesBeforeTheManifestsDiagnostics() throws {
        let scratch = try Scratch(text: [
            "licenses/notes.txt": "",
            "project/clearance.yaml": "schema: 1\nmodels:\n  - name: a/b\n    licence: MIT\n",
        ])
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path("licenses/link.yaml"), withDestinationPath: scratch.path("project/clearance.yaml"))
        let warning = """
            licenses/link.yaml: warning: not read: a symbolic link to a file outside the directory being read; \
            name the file on the command line to read it [io.outside-root]

            """
        let withManifest = try CLI.run(["check", "--licenses", "licenses", "project"], in: scratch.url)
        #expect(withManifest.status == 2)
        #expect(withManifest.stdout == "")
        #expect(withManifest.stderr == warning + """
            project/clearance.yaml:4:5: error: unknown key 'licence'; did you mean 'license'? [yaml.unknown-key]
                licence: MIT
                ^

            """)
        let without = try CLI.run(
            ["check", "--licenses", "../licenses"], in: scratch.url.appendingPathComponent("licenses"))
        #expect(without.status == 2)
        #expect(without.stderr == """
            ../licenses/link.yaml: warning: not read: a symbolic link to a file outside the directory being read; \
            name the file on the command line to read it [io.outside-root]
            clearance.yaml: error: no clearance.yaml or clearance.yml in this directory or its parents; run \
            'clearance init' to write one, or name the files to check [check.no-manifest]

            """)
    }

    @Test func anInvalidPolicyExitsTwoWithItsPosition() throws {
        let scratch = try Scratch(text: ["policy.yaml": "schema: 1\nunknown: allow\n"])
        defer { scratch.remove() }
        let result = try CLI.run(["check", "--policy", "policy.yaml", "--license", "MIT"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            policy.yaml:2:10: error: 'unknown' must be deny or review: an unresolved license is never a pass [policy.unknown-allow]
            unknown: allow
                     ^

            """)
    }

    @Test(arguments: [
        (["--set", "montly-active-users=5"], "Error: Unknown fact 'montly-active-users' in --set; did you mean 'monthly-active-users'?"),
        (["--set", "monthly-active-users=lots"], "Error: --set monthly-active-users: expected an integer, found 'lots'."),
        (["--set", "commercial"], "Error: --set takes KEY=VALUE, not 'commercial'."),
        (["--as-of", "2026-13-01"], "Error: --as-of takes a date as YYYY-MM-DD, not '2026-13-01'."),
        (["--fail-on", "pass"], "Error: The value 'pass' is invalid for '--fail-on <fail-on>'. Please provide one of 'fail' and 'review'."),
    ])
    func usageErrorsExit64(arguments: [String], firstLine: String) throws {
        let result = try CLI.run(["check", "--license", "MIT"] + arguments)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.split(separator: "\n").first.map(String.init) == firstLine)
    }

    /// A manifest large enough for the heap to be made ready first (``HeapWarmUp``: about 3 MB of YAML) is checked
    /// as any other: every component reported, the counts exact.
    @Test func aManifestLargeEnoughForTheHeapWarmUpIsCheckedWhole() throws {
        var yaml = "schema: 1\nmodels:\n"
        for i in 0..<40_000 {
            let license = i % 4 == 0 ? "LicenseRef-mystery" : "MIT"
            yaml += "  - name: org-\(i % 97)/model-\(i)\n    license: \(license)\n    revision: 0123456789abcdef\n"
        }
        #expect(yaml.utf8.count > 3_000_000)
        let scratch = try Scratch(text: ["clearance.yaml": yaml])
        defer { scratch.remove() }
        let result = try CLI.run(["check", "--as-of", "2026-11-23"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.last == "10000 fail, 0 review, 30000 pass — verdict: fail")
        #expect(lines.filter { $0.hasPrefix("  org-") }.count == 40_000)
    }
}
