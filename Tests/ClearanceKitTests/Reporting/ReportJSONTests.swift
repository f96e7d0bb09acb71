import Foundation
import Testing

@testable import ClearanceKit

/// The JSON and SARIF reports are written by `JSONWriter`, key by key: their bytes must be the ones `JSONEncoder`
/// gives for the same values (pretty, sorted keys, slashes unescaped), or a field added to a type and not to its
/// writer would go missing.
@Suite struct ReportJSONTests {
    /// The fixture, and the fixture with every string made hostile (quotes, backslashes, control characters,
    /// line and paragraph separators, DEL, slashes, emoji) and every optional field empty.
    static let reports: [Report] = {
        var hostile = ReportFixture.report
        let text =
            "a\"b\\c/d\n\r\t\u{8}\u{C}\u{0}\u{1B}]0;t\u{7}\u{7F}\u{85}\u{2028}\u{202E}é🦙 @org/team"
            + "##[x ###[ #[ ##\"[ \u{80}\u{9F}\u{A0}\u{61C}\u{200E}\u{200F}\u{2029}\u{202A}\u{2066}\u{2069}\u{2070}"
        hostile.policy.name += text
        hostile.results = hostile.results.map { result in
            var result = result
            result.component += text
            result.findings = result.findings.map { finding in
                var finding = finding
                finding.message += text
                finding.clause = nil
                finding.policy = finding.policy.map { SourceLocation(file: $0.file + text, line: $0.line) }
                return finding
            }
            result.location = nil
            return result
        }
        var empty = ReportFixture.report
        empty.results = []
        empty.policyFindings = []
        empty.licenses = []
        empty.overrides = []
        return [ReportFixture.report, hostile, empty]
    }()

    @Test(arguments: reports.indices)
    func jsonReportIsWhatJSONEncoderWrites(index: Int) {
        let report = Self.reports[index]
        #expect(ReportFormat.json.render(report, context: ReportFixture.context) == JSONFormatter.encode(report))
    }

    /// A string written in parts is escaped as the parts joined: the `[` of a `##[` split across parts too.
    @Test(arguments: [["a##", "[b"], ["a#", "#[b"], ["##", "", "["], ["#", "#", "[", "\n"], ["x: ", "##[", "|"]])
    func aStringInPartsIsEscapedAsOne(parts: [String]) {
        var joined = JSONWriter()
        joined.string(parts.joined())
        var inParts = JSONWriter()
        switch parts.count {
        case 2: inParts.string(joining: parts[0], parts[1])
        case 3: inParts.string(joining: parts[0], parts[1], parts[2])
        default: inParts.string(joining: parts[0], parts[1], parts[2], parts[3])
        }
        #expect(inParts.bytes == joined.bytes)
        #expect(String(decoding: joined.bytes, as: UTF8.self).contains(#"\u005b"#))
    }

    @Test(arguments: reports.indices)
    func sarifLogIsWhatJSONEncoderWrites(index: Int) {
        let report = Self.reports[index]
        let formatter = SARIFFormatter()
        let log = formatter.log(report, context: ReportFixture.context)
        #expect(formatter.render(report, context: ReportFixture.context) == JSONFormatter.encode(log))
    }
}
