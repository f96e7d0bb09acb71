@testable import ClearanceKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The JUnit XML, read back with Foundation's XMLParser.
@Suite struct ReportJUnitTests {
    /// What the parser saw: suite attributes and test cases.
    final class Document: NSObject, XMLParserDelegate {
        struct Case {
            var classname = "", name = ""
            var failure: (type: String, message: String, text: String)?
            var output: String?
        }
        var suites: [[String: String]] = []
        var cases: [Case] = []
        var properties: [String: String] = [:]
        private var text = ""
        private var failure: (type: String, message: String)?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]) {
            text = ""
            switch name {
            case "testsuites", "testsuite": suites.append(attributes)
            case "testcase": cases.append(Case(classname: attributes["classname"] ?? "", name: attributes["name"] ?? ""))
            case "failure": failure = (attributes["type"] ?? "", attributes["message"] ?? "")
            case "property": properties[attributes["name"] ?? ""] = attributes["value"]
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "failure": cases[cases.count - 1].failure = (failure!.type, failure!.message, text)
            case "system-out": cases[cases.count - 1].output = text
            default: break
            }
        }
    }

    private func parse(failOn: Verdict) throws -> Document {
        var context = ReportFixture.context
        context.failOn = failOn
        let xml = ReportFormat.junit.render(ReportFixture.report, context: context)
        let parser = XMLParser(data: Data(xml.utf8))
        let document = Document()
        parser.delegate = document
        try #require(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        return document
    }

    @Test func oneCasePerComponentAndOneForThePolicy() throws {
        let document = try parse(failOn: .fail)
        let names = document.cases.map(\.name)
        #expect(names.sorted() == (ReportFixture.report.results.map(\.component) + ["policy.yaml"]).sorted())
        let tricky = try #require(document.cases.first { $0.classname == "dataset" })
        #expect(tricky.name == "acme/tricky | <data> & \"quotes\", 100%: *bold* _x_ `tick`")
        #expect(document.properties["policy"] == "Acme <AI> & \"Models\" policy")
    }

    @Test func onlyFailsFailUnderFailOnFail() throws {
        let document = try parse(failOn: .fail)
        let failing = document.cases.filter { $0.failure != nil }
        #expect(failing.map(\.name) == ["meta-llama/Llama-3.1-8B-Instruct"])
        let failure = try #require(failing.first?.failure)
        #expect(failure.type == "fail")
        #expect(failure.message.hasPrefix("user-cap: 900,000,000 monthly active users"))
        #expect(failure.text.contains("fail user-cap: 900,000,000"))
        #expect(failure.text.contains("review obligation: llama3.1 requires: display \"Built with Llama\""))
        #expect(failure.text.contains("declared at models/README.md:3:10"))
        for suite in document.suites {
            #expect(suite["tests"] == "6" && suite["failures"] == "1" && suite["errors"] == "0")
        }
        let tricky = try #require(document.cases.first { $0.classname == "dataset" })
        // A line break from an input never starts a line of the body (it used to: attack report 2026-12, #16).
        #expect(tricky.output?.contains("its terms are unknown <b>not bold</b> & 100%, see: #12 second line") == true)
    }

    @Test func reviewsFailUnderFailOnReview() throws {
        let document = try parse(failOn: .review)
        #expect(document.cases.filter { $0.failure != nil }.count == 4)
        #expect(document.cases.first { $0.name == "google/gemma-2-9b" }?.failure == nil)
        for suite in document.suites {
            #expect(suite["tests"] == "6" && suite["failures"] == "4")
        }
    }
}
