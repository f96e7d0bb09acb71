import Foundation
import Testing

/// Adopting the gate with a baseline: `--write-baseline`, then `--baseline`.
@Suite struct BaselineCommandTests {
    @Test func aBaselineWrittenTodayMakesTheSameCheckPassAndANewViolationStillFails() throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        let check = ["check", "--as-of", Example.asOf]

        let writing = try CLI.run(check + ["--write-baseline", "clearance-baseline.json"], in: scratch.url)
        #expect(writing.status == 1, "writing a baseline reports and exits as usual")
        #expect(writing.stdout.hasSuffix("1 fail, 1 review, 2 pass — verdict: fail\n"))
        let baseline = try String(contentsOfFile: scratch.path("clearance-baseline.json"), encoding: .utf8)
        #expect(baseline.hasPrefix("{\n  \"entries\" : [\n"))
        #expect(baseline.components(separatedBy: "\"rule\" :").count - 1 == 4)

        let passing = try CLI.run(check + ["--baseline", "clearance-baseline.json"], in: scratch.url)
        #expect(passing.status == 0)
        #expect(passing.stderr == "")
        #expect(passing.stdout.hasSuffix("\n0 fail, 0 review, 4 pass — verdict: pass (4 findings baselined)\n"))

        try scratch.write("clearance.yaml", Array(Example.adding(model: "acme/nc-model", license: "cc-by-nc-4.0").utf8))
        let failing = try CLI.run(check + ["--baseline", "clearance-baseline.json"], in: scratch.url)
        #expect(failing.status == 1)
        #expect(failing.stdout.hasSuffix("\n1 fail, 0 review, 4 pass — verdict: fail (4 findings baselined)\n"))
        #expect(failing.stdout.contains("\nFAIL\n  acme/nc-model (model, CC-BY-NC-4.0) clearance.yaml:20:14\n"))
    }

    @Test func entriesForFixedFindingsAreReportedAsStale() throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        try scratch.write("clearance.yaml", Array(Example.adding(model: "acme/nc-model", license: "cc-by-nc-4.0").utf8))
        _ = try CLI.run(["check", "--as-of", Example.asOf, "--write-baseline", "b.json"], in: scratch.url)
        try scratch.write("clearance.yaml", Array(try Example.text.utf8))
        let result = try CLI.run(["check", "--as-of", Example.asOf, "--baseline", "b.json"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr == """
            b.json: warning: 2 entries match no finding any more (fixed since the baseline was written); write the baseline again with --write-baseline to drop them [baseline.stale]

            """)
        let refreshed = try CLI.run(
            ["check", "--as-of", Example.asOf, "--baseline", "b.json", "--write-baseline", "b.json"], in: scratch.url)
        #expect(refreshed.stderr == "", "refreshing the baseline drops the stale entries rather than warning about them")
    }

    @Test(arguments: [
        ("sarif", "\"baselined\" : 4,"), ("junit", "<property name=\"baselined\" value=\"4\"/>"),
        ("github", "::notice title=Clearance::0 fail, 0 review, 4 pass — verdict: pass (4 findings baselined). This report is not legal advice."),
        ("html", "<dt>Baselined findings</dt><dd>4 (waived by a baseline file; they count as pass)</dd>"),
    ])
    func everyFormatSaysHowManyWereBaselined(format: String, line: String) throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        _ = try CLI.run(["check", "--write-baseline", "b.json"], in: scratch.url)
        let result = try CLI.run(["check", "--baseline", "b.json", "--format", format], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.contains(line))
    }

    @Test func rewritingTheBaselineRecordsTheFindingsTheOldOneWaived() throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        _ = try CLI.run(["check", "--write-baseline", "b.json"], in: scratch.url)
        let first = try String(contentsOfFile: scratch.path("b.json"), encoding: .utf8)
        let again = try CLI.run(["check", "--baseline", "b.json", "--write-baseline", "b.json"], in: scratch.url)
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: scratch.path("b.json"), encoding: .utf8) == first)
    }

    @Test(arguments: [
        ("{\"schemaVersion\": 1, \"entries\": [],}\n",
         "b.json:1:35: error: trailing comma before '}': JSON allows no comma after the last member [json.trailing-comma]\n{\"schemaVersion\": 1, \"entries\": [],}\n                                  ^\n"),
        ("{\n  \"schemaVersion\": 1,\n  \"entries\": [{\"rule\": \"user-caps\"}]\n}\n",
         "b.json:3:24: error: unknown rule 'user-caps' in a baseline entry [baseline.invalid]\n  \"entries\": [{\"rule\": \"user-caps\"}]\n                       ^\n"),
        ("{\"schemaVersion\": 9, \"entries\": []}",
         "b.json:1:19: error: baseline schemaVersion 9 is not one this Clearance reads (1 to 2); upgrade Clearance or write the baseline again [baseline.unsupported-version]\n{\"schemaVersion\": 9, \"entries\": []}\n                  ^\n"),
    ])
    func anInvalidBaselineExitsTwoWithItsPosition(baseline: String, message: String) throws {
        let scratch = try Example.scratch(["b.json": baseline])
        defer { scratch.remove() }
        let result = try CLI.run(["check", "--baseline", "b.json", "--format", "sarif"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
    }

    @Test func aMissingBaselineExitsTwo() throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["check", "--baseline", "nope.json"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "nope.json: error: cannot read file: no such file [io.unreadable]\n")
    }
}
