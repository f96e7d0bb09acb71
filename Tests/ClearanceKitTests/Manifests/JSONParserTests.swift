import Foundation
import Testing
@testable import ClearanceKit

@Suite("JSON reader")
struct JSONParserTests {
    func failure(_ fixture: ManifestFixture) -> Diagnostic? {
        if case .failure(let diagnostic) = JSONParser.parse(fixture.bytes, file: "f.json") { return diagnostic }
        return nil
    }

    @Test func valuesAndPositions() throws {
        let fixture = ManifestFixture("{\r\n  \"a\": 1️⃣[1, -2.5e3, true, false, null],\r\n  \"b\": {\"c\": 2️⃣\"d\\u00e9\\ud83e\\udd99\\n\"}\r\n}")
        let source = try JSONSource.parse(fixture.bytes, file: "f.json").get()
        let a = try #require(source.root["a"])
        #expect(a.array?.count == 5)
        #expect(source.location(a) == fixture.location("1️⃣", file: "f.json"))
        let d = try #require(source.root["b"]?["c"])
        #expect(d.string == "dé🦙\n")
        #expect(source.location(d) == fixture.location("2️⃣", file: "f.json"))
        if case .number(let n) = a.array![1].kind { #expect(n == "-2.5e3") } else { Issue.record("not a number") }
    }

    /// A key given twice is an error (it was the last one that counted, while other readers take the first: a
    /// BOM could hide a license that way), in small objects and in large ones.
    @Test func aDuplicateKeyIsAnError() throws {
        let large = "{" + (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + ", \"k7\": 0}"
        for text in [#"{"a": 1, "a": "two"}"#, large] {
            guard case .failure(let diagnostic) = JSONSource.parse(Array(text.utf8), file: "f.json") else {
                Issue.record("no error for \(text)")
                continue
            }
            #expect(diagnostic.id == "json.duplicate-key")
        }
    }

    @Test(arguments: [
        ("[1, 2 1️⃣,]", "json.trailing-comma", "trailing comma before ']': JSON allows no comma after the last item"),
        ("{\"a\": 1 1️⃣,\n}", "json.trailing-comma", "trailing comma before '}': JSON allows no comma after the last member"),
        ("{\"licenses\": [],\n 1️⃣\"licenses\": []}", "json.duplicate-key", "duplicate key \"licenses\": JSON readers disagree on which one counts"),
        ("{\"a\": 1️⃣'x'}", "json.syntax", "expected a value, found '''"),
        ("{1️⃣a: 1}", "json.syntax", "expected a string key in quotes, found 'a'"),
        ("{\"a\" 1️⃣1}", "json.syntax", "expected ':' after the key \"a\", found '1'"),
        ("[1 1️⃣2]", "json.syntax", "expected ',' or ']' in an array, found '2'"),
        ("{\"a\": 1 1️⃣2}", "json.syntax", "expected ',' or '}' in an object, found '2'"),
        ("{\"a\": 1 1️⃣", "json.syntax", "expected ',' or '}' in an object, found end of input"),
        ("[1, 2 1️⃣", "json.syntax", "expected ',' or ']' in an array, found end of input"),
        ("{\"a\": 1️⃣\"abc", "json.syntax", "unterminated string"),
        ("[\"a1️⃣\tb\"]", "json.syntax", "control character U+0009 in a string must be escaped"),
        ("[\"1️⃣\\q\"]", "json.syntax", "invalid escape in a string"),
        ("[\"1️⃣\\ud800\"]", "json.syntax", "invalid \\u escape: a lone high surrogate"),
        ("[1️⃣01]", "json.syntax", "invalid number: a leading zero must stand alone"),
        ("[1.1️⃣]", "json.syntax", "invalid number: expected a digit after '.', found ']'"),
        ("{} 1️⃣{}", "json.syntax", "unexpected '{' after the JSON value"),
        ("1️⃣", "json.syntax", "the file holds no JSON value"),
        ("[1️⃣tru]", "json.syntax", "expected a value, found 't'"),
        ("// comment\n", "json.syntax", "expected a value, found '/'"),
        ("{\"a\": [1,\n  2,\n  1️⃣é]}", "json.syntax", "expected a value, found 'é'"),
    ])
    func errors(input: String, id: String, message: String) throws {
        let fixture = ManifestFixture(input)
        let diagnostic = try #require(failure(fixture))
        #expect(diagnostic.id == id)
        #expect(diagnostic.message == message)
        if input.contains("1️⃣") { #expect(diagnostic.location == fixture.location("1️⃣", file: "f.json")) }
    }

    @Test func invalidUTF8() {
        guard case .failure(let diagnostic) = JSONParser.parse([0x5B, 0x22, 0xFF, 0x22, 0x5D], file: "f.json") else {
            Issue.record("parsed")
            return
        }
        #expect(diagnostic.id == "json.invalid-utf8")
        #expect(diagnostic.location == SourceLocation(file: "f.json", line: 1, column: 3))
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let bytes = Array(String(repeating: "[", count: 100_000).utf8)
        guard case .failure(let diagnostic) = JSONParser.parse(bytes, file: "f.json") else {
            Issue.record("parsed")
            return
        }
        #expect(diagnostic.id == "json.too-deep")
    }

    @Test func byteOrderMarkIsAllowed() throws {
        let source = try JSONSource.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": "b"}"#.utf8), file: "f.json").get()
        #expect(source.root["a"]?.string == "b")
    }

    /// Agrees with Foundation on what is valid JSON, over a set of inputs; except that Foundation's
    /// `JSONSerialization` (swift-foundation) accepts trailing commas, which RFC 8259 and CycloneDX tools do not.
    @Test(arguments: [
        #"{"a": [1, 2, {"b": null}], "c": "\u0041\/"}"#, #"[]"#, #"{}"#, #"[1e5, -0, 0.5E-2]"#, #""s""#, #"[01]"#, #"[1.]"#, #"["\x"]"#, #"[+1]"#, #"[.5]"#, #"[NaN]"#, #"{"a" : true }  "#,
    ])
    func agreesWithFoundation(input: String) {
        let foundation = (try? JSONSerialization.jsonObject(with: Data(input.utf8), options: [.fragmentsAllowed])) != nil
        let ours = (try? JSONParser.parse(Array(input.utf8))) != nil
        #expect(ours == foundation, "\(input)")
    }

    @Test func lineIndexCountsCRLFAndCR() {
        let index = LineIndex(bytes: Array("a\r\nb\rc\nd".utf8))
        #expect(index.lineStarts == [0, 3, 5, 7])
    }
}
