@testable import ClearanceKit
import Foundation
import Testing

@Suite struct ReportFormatterTests {
    let report = ReportFixture.report
    let context = ReportFixture.context

    @Test(arguments: ReportFormat.allCases)
    func rendersTheCannedOutput(format: ReportFormat) throws {
        let output = format.render(report, context: context)
        let comparison: Expected.Comparison = format == .json || format == .sarif ? .json : .bytes
        try Expected.check(output, against: "\(format.rawValue).\(format.fileExtension)", as: comparison)
    }

    /// In pieces, every format gives the bytes it gives whole; the report is large enough for many pieces.
    @Test(arguments: ReportFormat.allCases)
    func renderingInPiecesGivesTheSameBytes(format: ReportFormat) {
        var large = report
        large.results = (0..<1000).flatMap { number in
            report.results.map { result in
                var result = result
                result.component += "-\(number)"
                return result
            }
        }
        var pieces: [[UInt8]] = []
        format.render(large, context: context) { pieces.append(Array($0)) }
        #expect(pieces.joined().elementsEqual(format.renderUTF8(large, context: context)))
        if format == .text || format == .json || format == .sarif { #expect(pieces.count > 2) }
    }

    @Test(arguments: ReportFormat.allCases)
    func renderingTwiceGivesTheSameBytes(format: ReportFormat) {
        #expect(format.render(report, context: context) == format.render(report, context: context))
    }

    /// Every format but JSON (which encodes the report as given) sorts what it shows.
    @Test(arguments: ReportFormat.allCases.filter { $0 != .json })
    func theOrderOfResultsAndFindingsDoesNotChangeTheOutput(format: ReportFormat) {
        var shuffled = report
        shuffled.results.reverse()
        for index in shuffled.results.indices { shuffled.results[index].findings.reverse() }
        shuffled.policyFindings.reverse()
        #expect(format.render(shuffled, context: context) == format.render(report, context: context))
    }

    /// Results of one name and kind are ordered by their location's line as a number: line 4 before line 10.
    @Test func resultsOfOneNameSortByLineNumber() {
        var report = report
        let base = report.results[0]
        report.results = [10, 4, 100].map { line in
            var result = base
            result.component = "org/same"
            result.location = ClearanceKit.SourceLocation(file: "clearance.yaml", line: line, column: 5)
            return result
        }
        #expect(report.orderedResults.map(\.location?.line) == [4, 10, 100])
    }

    /// Names sort in `String` order, whether or not they are ASCII (ASCII names are compared by their leading
    /// bytes first): names that share 16 bytes or more, one a prefix of another, with NUL, and non-ASCII ones.
    @Test(arguments: [
        ["org-3130/model-10", "org-3130/model-1", "org-3130/model-10-instruct", "org-313/model-1", "b", "a", ""],
        ["abcdefghijklmnopqrstu", "abcdefghijklmnopqrstv", "abcdefghijklmnopq", "abcdefghijklmnop", "abc\u{0}", "abc"],
        ["é/model", "e\u{301}/model", "z/model", "Z/model", "🦙", "org/ß", "org/s"],
    ])
    func namesSortInStringOrder(names: [String]) {
        var report = report
        let base = report.results[0]
        report.results = names.map { name in
            var result = base
            result.component = name
            return result
        }
        let expected = names.indices.sorted { names[$0] < names[$1] || names[$0] == names[$1] && $0 < $1 }
        #expect(report.orderedIndices == expected)
    }

    @Test(arguments: ReportFormat.allCases)
    func everyOutputEndsWithANewline(format: ReportFormat) {
        #expect(format.render(report, context: context).utf8.last == UInt8(ascii: "\n"))
    }

    @Test func theFixtureCoversEveryVerdict() {
        #expect(report.verdict == .fail)
        #expect(report.summary.fail == 1 && report.summary.review == 2 && report.summary.pass == 2)
        #expect(report.results.contains { $0.location == nil })
        #expect(report.results.contains { $0.location?.column != nil })
    }

    @Test func textHasAnsiColourOnlyWhenAskedAndNeverFromInput() {
        let plain = ReportFormat.text.render(report, context: context)
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("\\u{1B}[31m"))
        var coloured = context
        coloured.colour = true
        let text = ReportFormat.text.render(report, context: coloured)
        #expect(text.contains("\u{1B}[31mFAIL\u{1B}[0m"))
        #expect(text.contains("\\u{1B}[31m"))
    }

    /// The text report writes a location's file once per file and its numbers as digits: the header line still
    /// ends with `location.description.terminalSafe`, for files whose escaping depends on what follows them.
    @Test(arguments: [
        ClearanceKit.SourceLocation(file: "clearance.yaml", line: 12, column: 3),
        ClearanceKit.SourceLocation(file: ":", line: 1, column: 1), ClearanceKit.SourceLocation(file: " :", line: 7),
        ClearanceKit.SourceLocation(file: "a##", line: 1_000_000, column: 10),
        ClearanceKit.SourceLocation(file: "\u{1B}[31m\u{202E}é", line: 0),
        ClearanceKit.SourceLocation(file: "models/a b.yaml"),
        ClearanceKit.SourceLocation(file: "::x", line: 5, column: 9),
    ])
    func textWritesTheLocationAsItsDescription(location: ClearanceKit.SourceLocation) {
        var report = report
        report.results = report.results.map { result in
            var result = result
            result.location = location
            return result
        }
        let headers = ReportFormat.text.render(report, context: context).split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") }
        #expect(headers.count == report.results.count)
        for header in headers { #expect(header.hasSuffix(") " + location.description.terminalSafe)) }
    }

    @Test func textEndsWithTheSummaryLine() {
        let lines = ReportFormat.text.render(report, context: context).split(separator: "\n")
        #expect(lines.last == "1 fail, 2 review, 2 pass — verdict: fail (1 finding baselined)")
    }

    @Test func jsonDecodesBackToTheReport() throws {
        let text = ReportFormat.json.render(report, context: context)
        #expect(try JSONDecoder().decode(Report.self, from: Data(text.utf8)) == report)
        #expect(!text.contains("\\/"))
    }

    @Test func csvParsesBackIntoOneRecordPerComponent() throws {
        let records = try parseCSV(ReportFormat.csv.render(report, context: context))
        #expect(records.first == ["component", "kind", "license", "verdict", "rules", "file"])
        #expect(records.count == report.results.count + 1)
        #expect(records.allSatisfy { $0.count == 6 })
        let names = Set(records.dropFirst().map { $0[0] })
        #expect(names.contains("acme/tricky | <data> & \"quotes\", 100%: *bold* _x_ `tick`"))
        #expect(names.contains("'=HYPERLINK(\"http://x\")"))
        let llama = try #require(records.first { $0[0] == "meta-llama/Llama-3.1-8B-Instruct" })
        #expect(llama == ["meta-llama/Llama-3.1-8B-Instruct", "model", "llama3.1", "fail", "user-cap;obligation;license-allowed", "models/README.md"])
    }

    @Test func githubCommandsEscapePropertiesAndMessages() {
        let lines = ReportFormat.github.render(report, context: context).split(separator: "\n").map(String.init)
        #expect(lines.contains(
            "::error file=models/README.md,line=3,col=10,title=user-cap::meta-llama/Llama-3.1-8B-Instruct: 900,000,000 monthly active users exceed the cap of 700,000,000 (affiliates count) [clause §2, policy.yaml:4]"))
        #expect(!lines.contains { $0.contains("google/gemma") }, "a waived finding is not annotated")
        #expect(lines.contains { $0.hasPrefix("::warning file=policy.yaml,line=2,col=1,title=unknown-license::") && $0.contains("100%25") && $0.contains("%0Asecond line") })
        #expect(lines.contains { $0.hasPrefix("::warning file=models.yaml,line=12,col=5,title=missing-fact::") })
        #expect(lines.last?.hasPrefix("::notice title=Clearance::1 fail, 2 review, 2 pass") == true)
        #expect(lines.allSatisfy { !$0.contains("\r") })
    }

    @Test func githubPropertyEscaping() {
        #expect("a:b,c%d\r\ne".githubPropertyEscaped == "a%3Ab%2Cc%25d%0D%0Ae")
        #expect("a:b,c%d\r\ne".githubDataEscaped == "a:b,c%25d%0D%0Ae")
    }

    @Test func markdownEscapesTableCells() {
        let markdown = ReportFormat.markdown.render(report, context: context)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
        // Rows have five cells (components) or three (the policy): no `|` from the input splits one.
        for row in rows {
            let cells = row.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false)
            #expect(cells.count == 7 || cells.count == 5, "\(row)")
        }
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("This report is not legal advice."))
    }

    @Test func markdownCodeSpansSurviveBackticks() {
        #expect("a`b".markdownCode == "``a`b``")
        #expect("`a".markdownCode == "`` `a ``")
        #expect("a|b".markdownCode == "`a\\|b`")
    }

    @Test func htmlIsSelfContainedAndEscaped() {
        let html = ReportFormat.html.render(report, context: context)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<b>not bold</b>"))
        #expect(html.contains("&lt;b&gt;not bold&lt;/b&gt;"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("This report is not legal advice."))
        #expect(html.contains(report.policy.sha256))
        for license in report.licenses { #expect(html.contains(license.verified)) }
        #expect(html.contains("href=\"https://ai.google.dev/gemma/terms\""))
    }

    @Test func uriReferencesArePercentEncoded() {
        #expect("models/my models, v2.yaml".uriReference == "models/my%20models%2C%20v2.yaml")
        #expect("/abs/a b".uriReference == "file:///abs/a%20b")
        #expect("a/ü.yaml".uriReference == "a/%C3%BC.yaml")
    }

    /// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
    private func parseCSV(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                try #require(field.isEmpty, "a quote inside an unquoted field")
                quoted = true
                wasQuoted = true
            } else if c == "," {
                record.append(field); field = ""; wasQuoted = false
            } else if c == "\r" {
                try #require(scalars.popFirst() == "\n", "CR without LF")
                record.append(field); records.append(record); record = []; field = ""; wasQuoted = false
            } else {
                try #require(c != "\n", "LF without CR")
                try #require(!wasQuoted, "text after a closing quote")
                field.unicodeScalars.append(c)
            }
        }
        try #require(!quoted && record.isEmpty && field.isEmpty, "the last record has no CRLF")
        return records
    }
}
