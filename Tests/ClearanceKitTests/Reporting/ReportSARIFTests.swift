@testable import ClearanceKit
import Foundation
import Testing

/// The structure of the SARIF log (the schema itself is checked by `Scripts/validate-sarif.py`).
@Suite struct ReportSARIFTests {
    let log: [String: Any]
    let run: [String: Any]
    let results: [[String: Any]]

    init() throws {
        let text = ReportFormat.sarif.render(ReportFixture.report, context: ReportFixture.context)
        log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        run = try #require((log["runs"] as? [[String: Any]])?.first)
        results = try #require(run["results"] as? [[String: Any]])
    }

    private func dictionary(_ value: Any?, _ path: String...) -> [String: Any]? {
        var current = value
        for key in path { current = (current as? [String: Any])?[key] }
        return current as? [String: Any]
    }

    @Test func theLogIsSARIF210FromClearance() throws {
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
        let driver = try #require(dictionary(run, "tool", "driver"))
        #expect(driver["name"] as? String == "clearance")
        #expect(driver["version"] as? String == ClearanceVersion.string)
        #expect(driver["informationUri"] as? String == "https://github.com/clearance-tool/clearance", "the URL the README gives")
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
    }

    @Test func theEmbeddedPolicyIsNoLocation() throws {
        var report = ReportFixture.report
        let embedded = ClearanceKit.SourceLocation(file: "embedded:Policies/default.yaml", line: 12, column: 5)
        report.results[0].findings[2].policy = embedded
        report.policyFindings = report.policyFindings.map { var f = $0; f.policy = embedded; return f }
        let text = ReportFormat.sarif.render(report, context: ReportFixture.context)
        #expect(!text.contains("embedded%3A"), "no artifact for the embedded policy")
        #expect(text.contains(#""policyLine" : "embedded:Policies/default.yaml:12""#), "the line is still cited")
    }

    @Test func oneRulePerRuleIdUsedAndEveryResultPointsAtItsRule() throws {
        let rules = try #require(dictionary(run, "tool", "driver")?["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.count == Set(ids).count)
        #expect(Set(ids) == Set(results.compactMap { $0["ruleId"] as? String }))
        for rule in rules {
            #expect(rule["name"] is String)
            #expect(dictionary(rule, "shortDescription")?["text"] is String)
            #expect(dictionary(rule, "fullDescription")?["text"] is String)
            #expect(dictionary(rule, "help")?["text"] is String)
        }
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test func levelsFollowVerdictsAndWaivedOrPassingFindingsAreLeftOut() {
        let levels = results.map { "\($0["ruleId"] ?? "") \($0["level"] ?? "")" }.sorted()
        #expect(levels == [
            "exception-applied note", "exception-expired warning", "missing-fact warning", "obligation warning",
            "unknown-license warning", "user-cap error",
        ])
    }

    @Test func regionsAppearOnlyWhenKnown() throws {
        func result(_ rule: String) throws -> [String: Any] {
            try #require(results.first { $0["ruleId"] as? String == rule })
        }
        let userCap = try result("user-cap")
        let location = try #require((userCap["locations"] as? [[String: Any]])?.first)
        #expect(dictionary(location, "physicalLocation", "artifactLocation")?["uri"] as? String == "models/README.md")
        let region = try #require(dictionary(location, "physicalLocation", "region"))
        #expect(region["startLine"] as? Int == 3 && region["startColumn"] as? Int == 10)
        let related = try #require((userCap["relatedLocations"] as? [[String: Any]])?.first)
        #expect(dictionary(related, "physicalLocation", "artifactLocation")?["uri"] as? String == "policy.yaml")

        // A component without a location points at the policy line behind the finding.
        let unknown = try result("unknown-license")
        let fallback = try #require((unknown["locations"] as? [[String: Any]])?.first)
        #expect(dictionary(fallback, "physicalLocation", "artifactLocation")?["uri"] as? String == "policy.yaml")

        let properties = try #require(dictionary(userCap, "properties"))
        #expect(properties["clause"] as? String == "§2")
        #expect(properties["license"] as? String == "llama3.1")
        #expect(properties["component"] as? String == "meta-llama/Llama-3.1-8B-Instruct")
        #expect(properties["policyLine"] as? String == "policy.yaml:4")
    }

    @Test func aLineWithoutAColumnHasNoStartColumn() throws {
        var report = ReportFixture.report
        let index = try #require(report.results.firstIndex { $0.component == "google/gemma-2-9b" })
        report.results[index].findings.append(Finding(.licenseReview, .review, "review gemma", license: "gemma"))
        let text = ReportFormat.sarif.render(report.recomputingVerdicts(), context: ReportFixture.context)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let results = try #require(((object?["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let result = try #require(results.first { $0["ruleId"] as? String == "license-review" })
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        #expect(dictionary(location, "physicalLocation", "artifactLocation")?["uri"] as? String == "models/my%20models%2C%20v2.yaml")
        #expect(dictionary(location, "physicalLocation", "region")?["startLine"] as? Int == 7)
        #expect(dictionary(location, "physicalLocation", "region")?["startColumn"] == nil)
    }
}
