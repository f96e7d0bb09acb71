import ClearanceKit
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `clearance check --format …` on the README example: every format, exit code 1, format-specific content.
@Suite struct CheckFormatTests {
    static let formats = ["text", "json", "sarif", "junit", "markdown", "html", "csv", "github"]

    @Test(arguments: formats)
    func everyFormatExitsOneWithAReportOnStdoutOnly(format: String) throws {
        let result = try Example.check(["--format", format])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        #expect(!result.stdout.isEmpty)
        #expect(result.stdout.utf8.last == UInt8(ascii: "\n"))
    }

    @Test(arguments: formats)
    func twoRunsGiveTheSameBytes(format: String) throws {
        let first = try Example.check(["--format", format])
        let second = try Example.check(["--format", format])
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.isEmpty)
    }

    @Test(arguments: formats)
    func anAbsolutePathGivesTheSameReportAsARelativeOne(format: String) throws {
        let absolute = Example.root.appendingPathComponent(Example.manifest).path
        let relative = try Example.check(["--format", format])
        let fromAbsolute = try CLI.run(
            ["check", absolute, "--as-of", Example.asOf, "--format", format], in: Example.root)
        #expect(fromAbsolute.stdout == relative.stdout)
        #expect(!fromAbsolute.stdout.contains(Example.root.path))
    }

    @Test func textGroupsByVerdictWithOneLinePerFindingAndASummary() throws {
        let lines = try Example.check(["--format", "text"]).stdout.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        #expect(lines.first == "Clearance \(ClearanceVersion.string): policy \"default\" (embedded:Policies/default.yaml), as of 2026-11-23")
        let headings = lines.filter { ["FAIL", "REVIEW", "PASS"].contains($0) }
        #expect(headings == ["FAIL", "REVIEW", "PASS"])
        #expect(lines.contains("  jinaai/jina-embeddings-v3 (model, CC-BY-NC-4.0) Examples/clearance.yaml:18:14"))
        #expect(lines.contains(
            "    fail    category-denied: the policy denies non-commercial licenses such as cc-by-nc-4.0 [embedded:Policies/default.yaml:18]"))
        #expect(lines.contains(
            "    review  category-review: the policy requires review of community licenses such as llama3.1 [embedded:Policies/default.yaml:15]"))
        #expect(lines.contains("This report is not legal advice."))
        #expect(lines.suffix(2) == ["1 fail, 1 review, 2 pass — verdict: fail", ""])
    }

    @Test func jsonIsTheReport() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Example.check(["--format", "json"]).stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["verdict"] as? String == "fail")
        #expect(object["asOf"] as? String == Example.asOf)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["fail": 1, "review": 1, "pass": 2])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["component"] as? String }.sorted() == [
            "jinaai/jina-embeddings-v3", "meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3",
            "yourorg/support-conversations",
        ])
    }

    @Test func sarifIsVersion210WithOneRulePerRuleIdAndRelativeLocations() throws {
        let text = try Example.check(["--format", "sarif"]).stdout
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "clearance")
        #expect(driver["informationUri"] as? String == "https://github.com/clearance-tool/clearance")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["commercial-use", "category-denied", "category-review", "obligation"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { "\($0["ruleId"] ?? "") \($0["level"] ?? "")" } == [
            "commercial-use error", "category-denied error", "category-review warning", "obligation warning",
        ])
        let first = try #require((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((first["artifactLocation"] as? [String: Any])?["uri"] as? String == "Examples/clearance.yaml")
        #expect(first["region"] as? [String: Int] == ["startLine": 18, "startColumn": 14])
        #expect(!text.contains("embedded%3A"), "the embedded policy is not an artifact")
    }

    @Test func junitHasOneTestCasePerComponentAndFailsTheFailingOnes() throws {
        let suite = try JUnitSummary(try Example.check(["--format", "junit"]).stdout)
        #expect(suite.testcases == [
            "model jinaai/jina-embeddings-v3", "model meta-llama/Llama-3.1-8B-Instruct",
            "model mistralai/Mistral-7B-Instruct-v0.3", "dataset yourorg/support-conversations",
        ])
        #expect(suite.attributes["testsuites"]?["tests"] == "4")
        #expect(suite.attributes["testsuites"]?["failures"] == "1")
        #expect(suite.failures == ["fail"])

        let strict = try JUnitSummary(try Example.check(["--format", "junit", "--fail-on", "review"]).stdout)
        #expect(strict.attributes["testsuites"]?["failures"] == "2")
        #expect(strict.failures == ["fail", "review"])
    }

    @Test func csvIsTheInventory() throws {
        let csv = try Example.check(["--format", "csv"]).stdout
        #expect(csv == """
            component,kind,license,verdict,rules,file\r
            jinaai/jina-embeddings-v3,model,CC-BY-NC-4.0,fail,commercial-use;category-denied,Examples/clearance.yaml\r
            meta-llama/Llama-3.1-8B-Instruct,model,llama3.1,review,category-review;obligation,Examples/clearance.yaml\r
            mistralai/Mistral-7B-Instruct-v0.3,model,Apache-2.0,pass,category-allowed,Examples/clearance.yaml\r
            yourorg/support-conversations,dataset,CC-BY-SA-4.0 OR CC-BY-4.0,pass,category-allowed;expression-choice,Examples/clearance.yaml\r

            """)
    }

    @Test func githubAnnotatesEachOpenFindingAtItsLine() throws {
        let lines = try Example.check(["--format", "github"]).stdout.split(separator: "\n").map(String.init)
        #expect(lines.map { $0.prefix { $0 != " " } } == ["::error", "::error", "::warning", "::warning", "::notice"])
        #expect(lines[1] == "::error file=Examples/clearance.yaml,line=18,col=14,title=category-denied::jinaai/jina-embeddings-v3: the policy denies non-commercial licenses such as cc-by-nc-4.0 [embedded:Policies/default.yaml:18]")
        #expect(lines.last == "::notice title=Clearance::1 fail, 1 review, 2 pass — verdict: fail. This report is not legal advice.")
    }

    @Test func markdownHasTheVerdictATableAndObligations() throws {
        let lines = try Example.check(["--format", "markdown"]).stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "## Clearance: ❌ fail")
        #expect(lines.contains("| Verdict | Component | License | Why | What to do |"))
        #expect(lines.contains("### Obligations to fulfil"))
        #expect(lines.contains {
            $0.hasPrefix("- [ ] **Llama 3.1 Community License Agreement**, attribution-display (clause §1.b.i):")
                && $0.contains("\"Built with Llama\"")
        })
        #expect(lines.last == "_This report is not legal advice._")
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let html = try Example.check(["--format", "html"]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<strong>This report is not legal advice.</strong>"))
        #expect(html.contains("<dt>As of</dt><dd>2026-11-23</dd>"))
        for external in ["<script", "<link", "src=", "@import", "url("] {
            #expect(!html.contains(external), "\(external) would load something from outside the file")
        }
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try Example.check(["--format", "xml"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("--format"))
    }

    @Test(arguments: formats)
    func anInputErrorPrintsNothingOnStdout(format: String) throws {
        let scratch = try Scratch(text: ["clearance.yaml": "schema: 1\nmodels:\n  - name: a\n    licence: mit\n"])
        defer { scratch.remove() }
        let result = try CLI.run(["check", "--format", format], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("clearance.yaml:4:5: error: "))
    }
}

/// The parts of a JUnit file the tests look at, read back with `XMLParser`.
final class JUnitSummary: NSObject, XMLParserDelegate {
    /// `classname name` of each `<testcase>`, in order.
    private(set) var testcases: [String] = []
    /// The `type` of each `<failure>`, in order.
    private(set) var failures: [String] = []
    /// The attributes of the last element of each name.
    private(set) var attributes: [String: [String: String]] = [:]

    init(_ xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        self.attributes[name] = attributes
        switch name {
        case "testcase": testcases.append("\(attributes["classname"] ?? "") \(attributes["name"] ?? "")")
        case "failure": failures.append(attributes["type"] ?? "")
        default: break
        }
    }
}
