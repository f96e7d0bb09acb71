@testable import ClearanceKit
import Foundation
import Testing

/// Text from inputs is made safe for where it is written before any report prints it: one function per
/// context, each checked here on its own; `AttackOutputTests` runs one hostile table through every format.
@Suite struct StringEscapingTests {
    @Test(arguments: [
        ("apache-2.0 AND llama3.1", "apache-2.0 AND llama3.1"),
        ("Llama 3.1 — “Built with Llama” é 🦙", "Llama 3.1 — “Built with Llama” é 🦙"),
        ("a\tb\nc\r", "a b c "),
        ("\u{1B}[31mred", "\\u{1B}[31mred"),
        ("\u{1B}]0;t\u{07}", "\\u{1B}]0;t\\u{7}"),
        ("nul\u{0}", "nul\\u{0}"),
        ("del\u{7F}", "del\\u{7F}"),
        ("next line\u{85}é\u{9F}", "next line\\u{85}é\\u{9F}"),
        ("line\u{2028}para\u{2029}", "line\\u{2028}para\\u{2029}"),
        ("\u{202E}txt.exe\u{202C} \u{2066}x\u{2069} \u{200F}\u{61C}", "\\u{202E}txt.exe\\u{202C} \\u{2066}x\\u{2069} \\u{200F}\\u{61C}"),
        ("\u{A0}no-break space stays", "\u{A0}no-break space stays"),
        ("::add-mask::x", "\\u{3A}:add-mask::x"),
        ("  \u{3000}::error::x", "  \u{3000}\\u{3A}:error::x"),
        ("a::b", "a::b"),
        ("  ::x", "  \\u{3A}:x"),
        (" [clause §2, ::policy.yaml:12]", " [clause §2, ::policy.yaml:12]"),
        ("  a::b", "  a::b"),
        ("  ", "  "),
        (" é::x", " é::x"),
        (":single", ":single"),
        ("x ##[add-mask]y", "x ##\\u{5B}add-mask]y"),
        ("#[x] ## [y]", "#[x] ## [y]"),
    ])
    func terminalSafeNeutralizesControlsBidiAndWorkflowCommands(input: String, expected: String) {
        #expect(input.terminalSafe == expected)
    }

    @Test func aLineBreakNeverStartsALineWithACommand() {
        let safe = "MIT\n::add-mask::fail\r::error title=ok::all clear".terminalSafe
        #expect(!safe.contains("\n") && !safe.contains("\r"))
        #expect(safe == "MIT ::add-mask::fail ::error title=ok::all clear")
    }

    @Test func excerptsKeepTheCaretUnderTheColumn() {
        let (line, lead) = "key: \u{1B}[31mred\tx".terminalSafeExcerpt(caretColumn: 11)
        #expect(line == "key: \\u{1B}[31mred\tx")
        #expect(lead == String(repeating: " ", count: 5 + 6 + 4))
        let tab = "\tname: x".terminalSafeExcerpt(caretColumn: 2)
        #expect(tab.lead == "\t")
        let command = "::add-mask::x".terminalSafeExcerpt(caretColumn: 2)
        #expect(command.line == "\\u{3A}:add-mask::x")
        #expect(command.lead == "      ")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("=1+1", "'=1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2", "'-2"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("a\r\nb\nc", "a  b c"),
        ("\t=cmd", "\" =cmd\""),
        ("::add-mask::x", "\\u{3A}:add-mask::x"),
        ("\u{202E}x", "\\u{202E}x"),
    ])
    func csvFieldsStayOnOneLine(input: String, expected: String) {
        #expect(input.csvField == expected)
    }

    @Test func xmlLinesHaveNoLineBreakAndNoForbiddenCharacter() {
        #expect("a\nb\u{0}<c>".xmlLineEscaped == "a b\\u{0}&lt;c&gt;")
        #expect("x\u{202E}".htmlEscaped == "x\\u{202E}")
    }

    @Test(arguments: [
        ("ping @org/team now", "ping `@org/team` now"),
        ("see https://evil.example and www.evil.example", "see `https://evil.example` and `www.evil.example`"),
        ("mail me@example.com", "mail `me@example.com`"),
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("a|b", "a\\|b"),
        ("one\ntwo", "one<br>two"),
        ("esc\u{1B}[1m", "esc\\\\u\\{1B\\}\\[1m"),
        ("\u{202E}abc", "\\\\u\\{202E\\}abc"),
    ])
    func markdownNeutralizesMentionsLinksAndMarkup(input: String, expected: String) {
        #expect(input.markdownEscaped == expected)
    }

    @Test func markdownCodeSpansHoldOneLine() {
        #expect("a\nb|`c`".markdownCode == "`` a b\\|`c` ``")
        #expect("x\u{202E}".markdownCode == "`x\\u{202E}`")
    }

    @Test func githubEncodesLineBreaksAndEscapesTheRest() {
        #expect("50%\r\n::add-mask::x".githubDataEscaped == "50%25%0D%0A::add-mask::x")
        #expect("a:b,c\u{1B}".githubPropertyEscaped == "a%3Ab%2Cc\\u{1B}")
        #expect("x ##[add-mask]y".githubDataEscaped == "x ##\\u{5B}add-mask]y")
        // A `%` in text that needs no other escaping (GitHub would decode `%0A` into a line break).
        #expect("100% of users %0A".githubDataEscaped == "100%25 of users %250A")
        #expect("a%2Cb".githubPropertyEscaped == "a%252Cb")
    }

    @Test func jsonSafeKeepsTheValueAndEscapesTheRest() throws {
        let value = ["name": "a\u{85}b\u{202E}c\u{2028}d ##[add-mask]e \u{7F}"]
        let encoded = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let safe = encoded.jsonSafe
        #expect(safe == #"{"name":"a\u0085b\u202ec\u2028d ##\u005badd-mask]e \u007f"}"#)
        #expect(try JSONDecoder().decode([String: String].self, from: Data(safe.utf8)) == value)
        #expect("{\n  \"plain\" : \"é\"\n}".jsonSafe == "{\n  \"plain\" : \"é\"\n}")
    }
}
