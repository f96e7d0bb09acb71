@testable import ClearanceKit
import Testing

/// The text report writes the finding lines of results that share their findings once: every component's
/// block must still be exactly what it is in a report of that component alone.
@Suite struct ReportTextTests {
    /// A component's header line and its finding lines in a text report.
    static func block(of component: String, in text: String) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("  \(component) (") }) else { return [] }
        let rest = lines[(start + 1)...].prefix { $0.hasPrefix("    ") }
        return [lines[start]] + rest
    }

    @Test func sharedFindingsAreWrittenAsEachResultsOwn() {
        var report = ReportJSONSplicingTests.large(3000)
        // Some results get findings of their own, so shared and unshared ones alternate in every chunk.
        for i in stride(from: 0, to: report.results.count, by: 7) where !report.results[i].findings.isEmpty {
            report.results[i].findings[0].message += " (only \(i))"
        }
        let text = ReportFormat.text.render(report, context: ReportFixture.context)
        for i in [0, 1, 7, 8, 1023, 1024, 2100, 2999] {
            var alone = report
            alone.results = [report.results[i]]
            let expected = Self.block(of: report.results[i].component, in: ReportFormat.text.render(alone, context: ReportFixture.context))
            #expect(!expected.isEmpty)
            #expect(Self.block(of: report.results[i].component, in: text) == expected, "result \(i)")
        }
    }
}
