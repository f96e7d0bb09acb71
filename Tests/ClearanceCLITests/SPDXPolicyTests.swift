import Foundation
import Testing

/// A policy names any SPDX license id; a license without a descriptor is judged by the policy's lists and its
/// category, and its terms are reported as not checked.
@Suite struct SPDXPolicyTests {
    static let policy = """
        schema: 1
        licenses:
          allow: [CC0-1.0, ISC, BSD-2-Clause, MPL-2.0, Unlicense, PSF-2.0, Zed]
          deny: [Glulxe]
        categories: {permissive: allow, copyleft: review}
        unknown: deny
        obligations:
          accept: [include-license, notice]
        exceptions:
          - license: Sleepycat
            verdict: allow
            reason: Read by legal for the storage component
            approved-by: legal@example.com
            expires: 2030-01-01

        """

    /// The verdict of a JSON report and its first result's (rule, verdict) pairs.
    func verdictAndFindings(_ result: CLI.Result) throws -> (verdict: String?, findings: [String]) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        let findings = try #require(results.first?["findings"] as? [[String: Any]])
        return (
            json["verdict"] as? String,
            findings.map { "\($0["rule"] as? String ?? "") \($0["verdict"] as? String ?? "")" }
        )
    }

    @Test func aPolicyOfSPDXIdsLintsClean() throws {
        let scratch = try Scratch(text: ["policy.yaml": Self.policy])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "policy.yaml", "--as-of", "2026-11-23"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }

    /// The issue's own policy, a bare allow-list: it accepts the notice duties, so ISC passes; a policy that
    /// accepts no obligation in so many words reviews ISC's copy-of-license duty.
    @Test(arguments: [
        ("", "pass", ["license-allowed pass"], Int32(0)),
        ("obligations: {accept: []}\n", "review", ["license-allowed pass", "obligation review"], 0),
    ])
    func aBareAllowList(obligations: String, verdict: String, findings: [String], status: Int32) throws {
        let policy = "schema: 1\nlicenses:\n  allow: [CC0-1.0, ISC, BSD-2-Clause, MPL-2.0, Unlicense, PSF-2.0]\n"
        let scratch = try Scratch(text: ["policy.yaml": policy + obligations])
        defer { scratch.remove() }
        let lint = try CLI.run(["lint", "policy.yaml"], in: scratch.url)
        #expect(lint.status == 0)
        #expect(lint.stderr == "")
        let result = try CLI.run(
            ["check", "--license", "ISC", "--policy", "policy.yaml", "--format", "json", "--as-of", "2026-12-03"],
            in: scratch.url)
        #expect(result.status == status)
        let (got, rules) = try verdictAndFindings(result)
        #expect(got == verdict)
        #expect(rules == findings)
    }

    @Test func anUnknownIdIsStillALintErrorWithASuggestion() throws {
        let scratch = try Scratch(text: ["policy.yaml": "schema: 1\nlicenses:\n  allow: [Zedd]\n"])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "policy.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "policy.yaml:3:11: error: unknown license 'Zedd'; did you mean 'Zed'? [policy.unknown-license]"))
    }

    @Test(arguments: [
        // A catalog license the policy allows by its SPDX id.
        ("ISC", "pass", ["license-allowed pass"], Int32(0)),
        // No descriptor, allowed by id: the organization decided; the terms are said to be unchecked.
        ("Zed", "pass", ["terms-unchecked pass", "license-allowed pass"], 0),
        // No descriptor, denied by id.
        ("Glulxe", "fail", ["terms-unchecked pass", "license-denied fail"], 1),
        // No descriptor, only a category matches: never a pass on its own.
        ("AFL-1.1", "review", ["terms-unchecked review", "category-allowed pass"], 0),
        ("RPL-1.5", "review", ["terms-unchecked review", "category-review review"], 0),
        // No descriptor and no category: the policy's unknown.
        ("Abstyles", "fail", ["terms-unchecked review", "license-unlisted fail"], 1),
        // An exception by SPDX id waives what it covers.
        ("Sleepycat", "pass", ["terms-unchecked review", "category-review review", "exception-applied pass"], 0),
    ])
    func uncataloguedLicensesFollowThePolicy(license: String, verdict: String, findings: [String], status: Int32)
        throws
    {
        let scratch = try Scratch(text: ["policy.yaml": Self.policy])
        defer { scratch.remove() }
        let result = try CLI.run(
            ["check", "--license", license, "--policy", "policy.yaml", "--as-of", "2026-11-23", "--format", "json"],
            in: scratch.url)
        #expect(result.status == status)
        #expect(result.stderr == "")
        let report = try verdictAndFindings(result)
        #expect(report.verdict == verdict)
        #expect(report.findings == findings)
    }
}
