@testable import ClearanceKit
import Testing

/// Text from inputs is made safe for a terminal line before any report prints it.
@Suite struct StringEscapingTests {
    @Test(arguments: [
        ("apache-2.0 AND llama3.1", "apache-2.0 AND llama3.1"),
        ("Llama 3.1 — “Built with Llama” é 🦙", "Llama 3.1 — “Built with Llama” é 🦙"),
        ("a\tb\nc\r", "a b c "),
        ("\u{1B}[31mred", "\\u{1B}[31mred"),
        ("del\u{7F}", "del\\u{7F}"),
        ("next line\u{85}é\u{9F}", "next line\\u{85}é\\u{9F}"),
        ("\u{A0}no-break space stays", "\u{A0}no-break space stays"),
    ])
    func terminalSafeReplacesOnlyControlCharacters(input: String, expected: String) {
        #expect(input.terminalSafe == expected)
    }
}
