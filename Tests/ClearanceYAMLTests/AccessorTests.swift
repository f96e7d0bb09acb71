import ClearanceYAML
import Testing

@Suite struct AccessorTests {
    func node(_ text: String) throws -> Node {
        try #require(try YAMLParser().parse("v: \(text)\n")?["v"])
    }

    @Test(arguments: [
        ("700_000_000", 700_000_000), ("0", 0), ("-5", -5), ("+12", 12), ("1_000", 1000),
    ])
    func integers(text: String, value: Int) throws {
        #expect(try node(text).integer() == value)
    }

    @Test(arguments: ["'700'", "7e8", "_1", "1_", "1__0", "0x10", "1.5", "true", "99999999999999999999", "~"])
    func notIntegers(text: String) throws {
        #expect(throws: YAMLError.self) { try node(text).integer() }
    }

    @Test func integerMismatchMessage() throws {
        let error = try #require(throws: YAMLError.self) { try node("lots").integer() }
        #expect(error.id == "yaml.type-mismatch")
        #expect(error.message == "expected an integer, found 'lots'")
        #expect(error.mark == Mark(line: 1, column: 4))
    }

    @Test(arguments: [("true", true), ("false", false)])
    func booleans(text: String, value: Bool) throws {
        #expect(try node(text).boolean() == value)
    }

    @Test(arguments: ["yes", "no", "True", "on", "'true'", "1"])
    func yesAndNoStayStrings(text: String) throws {
        #expect(throws: YAMLError.self) { try node(text).boolean() }
        #expect(try node(text).string() == String(text.filter { $0 != "'" }))
    }

    @Test func dates() throws {
        #expect(try node("2024-07-23").date() == CalendarDate(year: 2024, month: 7, day: 23))
        #expect(try node("2024-02-29").date().description == "2024-02-29")
        for bad in ["2023-02-29", "2024-13-01", "24-07-23", "2024-7-23", "July 23"] {
            #expect(throws: YAMLError.self) { try node(bad).date() }
        }
    }

    @Test func nullIsNotAString() throws {
        let error = try #require(throws: YAMLError.self) { try node("null").string() }
        #expect(error.message == "expected a string, found null")
    }

    @Test func stringsAcceptsAScalarWhenAllowed() throws {
        #expect(try node("mit").strings(allowSingle: true) == ["mit"])
        #expect(try node("[mit, apache-2.0]").strings() == ["mit", "apache-2.0"])
        #expect(throws: YAMLError.self) { try node("mit").strings() }
    }

    @Test func unknownKeysSuggestTheNearestKnownKey() throws {
        let root = try #require(try YAMLParser().parse("licences: []\nname: x\nzzzzzz: 1\n"))
        let errors = root.unknownKeys(["licenses", "name", "models"])
        #expect(errors.map(\.message) == [
            "unknown key 'licences'; did you mean 'licenses'?",
            "unknown key 'zzzzzz'",
        ])
        #expect(errors.map(\.mark) == [Mark(line: 1, column: 1), Mark(line: 3, column: 1)])
        #expect(errors.allSatisfy { $0.id == "yaml.unknown-key" })
    }
}
