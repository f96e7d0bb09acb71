@testable import ClearanceKit
import Foundation
import Testing

@Suite struct ReportBaselineTests {
    let report = ReportFixture.report

    @Test func recordsOpenFindingsSorted() throws {
        let baseline = Baseline(report: report)
        #expect(baseline.entries == baseline.entries.sorted())
        #expect(baseline.entries.map(\.rule) .contains(.userCap))
        #expect(!baseline.entries.contains { $0.rule == .licenseDenied }, "waived findings are not recorded")
        #expect(!baseline.entries.contains { $0.rule == .licenseAllowed }, "passing findings are not recorded")
        #expect(baseline.entries.contains(Baseline.Entry(component: nil, rule: .exceptionExpired, license: nil)))
        try Expected.check(baseline.jsonText, against: "baseline.json")
    }

    @Test func entriesNoFindingMatchesAreStale() {
        let gone = Baseline.Entry(component: "acme/removed", rule: .commercialUse, license: "cc-by-nc-4.0")
        let baseline = Baseline(entries: Baseline(report: report).entries + [gone])
        #expect(baseline.staleEntries(for: report) == [gone])
        #expect(Baseline(report: report).staleWarning(for: report, file: "b.json") == nil)
        #expect(baseline.staleWarning(for: report, file: "b.json")?.description
            == "b.json: warning: 1 entry matches no finding any more (fixed since the baseline was written); write the baseline again with --write-baseline to drop them [baseline.stale]")
    }

    @Test func aBaselineWrittenTodayMakesTheSameCheckPass() throws {
        let written = Baseline(report: report).jsonText
        let baseline = try Baseline(json: Data(written.utf8), file: "clearance-baseline.json")
        let (applied, count) = baseline.apply(to: report)
        #expect(applied.verdict == .pass)
        #expect(applied.summary.pass == report.results.count && applied.summary.fail == 0 && applied.summary.review == 0)
        #expect(count == 5)
        #expect(applied.results.allSatisfy { $0.verdict == .pass })
        #expect(applied.results.flatMap(\.findings).filter { $0.waivedBy == "baseline" }.count == 5)
    }

    @Test func aNewFindingNotInTheBaselineStillFails() throws {
        let baseline = Baseline(report: report)
        var next = report
        let index = try #require(next.results.firstIndex { $0.component == "google/gemma-2-9b" })
        next.results[index].findings.append(
            Finding(.revenueCap, .fail, "revenue over the cap", license: "gemma", clause: "§9"))
        let (applied, count) = baseline.apply(to: next.recomputingVerdicts())
        #expect(count == 5)
        #expect(applied.verdict == .fail)
        #expect(applied.summary.fail == 1)
        #expect(applied.results[index].verdict == .fail)
    }

    /// Attack report 2026-12, #8: an entry for one unknown license used to waive any later unknown license.
    @Test func anotherUnknownLicenseOfTheSameComponentIsANewFinding() throws {
        let baseline = Baseline(report: report)
        var next = report
        let index = try #require(next.results.firstIndex { $0.kind == .dataset })
        next.results[index].license = "LicenseRef-other-custom"
        next.results[index].findings[0].message = "license 'LicenseRef-other-custom' is not in the catalog"
        let (applied, count) = baseline.apply(to: next.recomputingVerdicts())
        #expect(count == 4)
        #expect(applied.results[index].findings[0].waivedBy == nil)
        #expect(applied.results[index].verdict == .review)
        #expect(baseline.staleEntries(for: next).map(\.licenseText) == ["LicenseRef-acme-custom"])
    }

    /// Entries of schema 1 (no `licenseText`) keep matching by component, rule and license, except
    /// `unknown-license` ones, which cannot tell which license they accepted.
    @Test func schemaOneEntriesMatchAsBeforeButNeverWaiveAnUnknownLicense() throws {
        var old = Baseline(report: report).jsonText.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 1")
        old = old.split(separator: "\n").filter { !$0.contains("\"licenseText\"") }.joined(separator: "\n")
        let baseline = try Baseline(json: Data(old.utf8), file: "old.json")
        #expect(baseline.entries.allSatisfy { $0.licenseText == nil })
        let (applied, count) = baseline.apply(to: report)
        #expect(count == 4)
        let tricky = try #require(applied.results.first { $0.kind == .dataset })
        #expect(tricky.findings[0].waivedBy == nil && tricky.verdict == .review)
        #expect(baseline.staleEntries(for: report).map(\.rule) == [.unknownLicense])
    }

    @Test func aNewComponentNotInTheBaselineStillFails() {
        let baseline = Baseline(report: report)
        var next = report
        var copy = next.results[0]
        copy.component = "meta-llama/Llama-3.1-70B"
        next.results.append(copy)
        #expect(baseline.apply(to: next.recomputingVerdicts()).report.verdict == .fail)
    }

    @Test func rejectsNewerVersionsAndUnknownKeys() {
        #expect(throws: Diagnostic.self) { try Baseline(json: Data(#"{"schemaVersion": 3, "entries": []}"#.utf8), file: "b.json") }
        do {
            _ = try Baseline(json: Data(#"{"schemaVersion": 3, "entries": []}"#.utf8), file: "b.json")
        } catch {
            #expect(error.id == "baseline.unsupported-version")
            #expect(error.location == ClearanceKit.SourceLocation(file: "b.json", line: 1, column: 19))
        }
        for json in [
            #"{"schemaVersion": 1, "entries": [], "extra": 1}"#,
            #"{"schemaVersion": 1, "entries": [{"component": "a", "rule": "user-cap", "licence": "x"}]}"#,
            #"{"schemaVersion": 1, "entries": [{"component": "a", "rule": "no-such-rule"}]}"#,
            #"{"schemaVersion": 1, "entries": [{"component": 7, "rule": "user-cap"}]}"#,
            #"{"schemaVersion": 1, "entries": [{"component": "a"}]}"#,
            #"{"schemaVersion": 1, "entries": {}}"#,
            #"{"schemaVersion": 1}"#,
            #"{"schemaVersion": "1", "entries": []}"#,
            #"{"entries": []}"#,
            #"[]"#,
        ] {
            do {
                _ = try Baseline(json: Data(json.utf8), file: "b.json")
                Issue.record("accepted \(json)")
            } catch {
                #expect(error.id == "baseline.invalid", "\(json): \(error)")
            }
        }
    }

    @Test(arguments: [
        (#"{"schemaVersion": 1, "entries": [], "extra": 1}"#, "b.json:1:37: error: unknown key 'extra' in the baseline [baseline.invalid]"),
        ("{\n  \"schemaVersion\": 1,\n  \"entries\": [\n    {\"rule\": \"no-such-rule\"}\n  ]\n}\n",
         "b.json:4:14: error: unknown rule 'no-such-rule' in a baseline entry [baseline.invalid]"),
        ("{\n  \"schemaVersion\": 1,\n  \"entries\": [],\n}\n", "b.json:3:16: error: trailing comma before '}': JSON allows no comma after the last member [json.trailing-comma]"),
        ("", "b.json:1:1: error: the file holds no JSON value [json.syntax]"),
    ])
    func pointsAtTheLineAndColumnOfTheProblem(json: String, message: String) {
        do {
            _ = try Baseline(json: Data(json.utf8), file: "b.json")
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func readingAMissingFileIsAnError() {
        do {
            _ = try Baseline.read(path: "/nonexistent/clearance-baseline.json")
            Issue.record("read a missing file")
        } catch {
            #expect(error.description == "/nonexistent/clearance-baseline.json: error: cannot read file: no such file [io.unreadable]")
        }
    }

    @Test func recomputingVerdictsUsesTheWorstEffectiveVerdict() {
        var report = ReportFixture.report
        report.verdict = .pass
        report.summary = Report.Summary()
        for index in report.results.indices { report.results[index].verdict = .pass }
        #expect(report.recomputingVerdicts() == ReportFixture.report)
        // A finding about the policy counts towards the overall verdict.
        var onlyPolicy = ReportFixture.report
        onlyPolicy.results = []
        #expect(onlyPolicy.recomputingVerdicts().verdict == .review)
    }
}
