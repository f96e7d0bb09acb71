@testable import ClearanceKit
import Foundation
import Testing

/// Large reports encode their results on all cores and splice them into the rest: the bytes must be those of
/// encoding the whole value at once.
@Suite struct ReportJSONSplicingTests {
    /// The fixture's results, repeated under new names until there are `count`.
    static func large(_ count: Int) -> Report {
        var report = ReportFixture.report
        let base = report.results
        report.results = (0..<count).map { i in
            var result = base[i % base.count]
            result.component += "-\(i)"
            return result
        }
        return report
    }

    @Test(arguments: [64, 300])
    func jsonReportIsWhatOneEncodingGives(count: Int) {
        let report = Self.large(count)
        let spliced = ReportFormat.json.render(report, context: ReportFixture.context)
        #expect(spliced == JSONFormatter.encode(report))
    }

    struct Log: Encodable, Sendable {
        var version = "1"
        var runs: [Run]
    }

    struct Run: Encodable, Sendable {
        var results: [Item]
        var tool = Tool()
    }

    struct Tool: Encodable, Sendable {
        var results: [Int] = [1]
        var name = "t"
    }

    struct Item: Encodable, Sendable {
        var text: String
        var nested: [String: [Int]]
        var empty: [String] = []
    }

    /// Nested like SARIF's `runs[0].results`, with another key `results` that is not empty, escapes, line
    /// breaks and non-ASCII text in the items.
    @Test func nestedArrayIsSplicedAtItsDepth() {
        let items = (0..<100).map { i in
            Item(text: "line \(i)\nnext \"quoted\" / slash — é 🦙", nested: ["k\(i)": [i, i + 1], "e": []])
        }
        let log = Log(runs: [Run(results: items)])
        let shell = Log(runs: [Run(results: [])])
        #expect(JSONFormatter.encode(log, as: shell, splicing: items, into: "results") == JSONFormatter.encode(log))
    }

    @Test func sarifOfALargeReportKeepsEveryResult() throws {
        let report = Self.large(200)
        let sarif = ReportFormat.sarif.render(report, context: ReportFixture.context)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let isResult = { (f: Finding) in f.isOpen || (f.rule == .exceptionApplied && f.waivedBy == nil) }
        let expected = report.results.reduce(0) { $0 + $1.findings.filter(isResult).count }
            + report.policyFindings.filter(isResult).count
        #expect(results.count == expected)
        #expect(results.first?["ruleId"] as? String != nil)
    }
}
