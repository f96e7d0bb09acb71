import Testing
@testable import ClearanceKit

@Suite("Sort name")
struct SortNameTests {
    /// Every pair sorts as `String` sorts it, both ways round.
    @Test(arguments: [
        ("org-0/model-1-instruct", "org-0/model-10-instruct"),
        ("org-0/model-1", "org-0/model-1-instruct"),
        ("abcdefgh", "abcdefgh"),
        ("abcdefgh", "abcdefg"),
        ("abcdefghZ", "abcdefgha"),
        ("abcdefghijklmnopZ", "abcdefghijklmnopa"),
        ("abcdefghijklmno", "abcdefghijklmnop"),
        ("org-1/model-12-x", "org-1/model-12-y"),
        ("", "a"),
        ("a", "a\u{0}"),
        ("Zeta", "alpha"),
        ("café", "cafe"),
        ("cafe\u{301}", "café"),
        ("meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B-Ünicode"),
        ("日本語/モデル", "日本語/モデル2"),
    ])
    func sortsAsStringSorts(_ a: String, _ b: String) {
        let expected = a < b ? -1 : a == b ? 0 : 1
        #expect(SortName(a).compare(SortName(b)).signum() == expected)
        #expect(SortName(b).compare(SortName(a)).signum() == -expected)
    }
}
