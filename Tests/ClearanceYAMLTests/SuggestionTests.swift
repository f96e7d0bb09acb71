import ClearanceYAML
import Testing

/// "Did you mean" candidates: typos first, then abbreviations, then prefixes, then farther typos.
@Suite struct SuggestionTests {
    static let facts = [
        "commercial", "monthly-active-users", "annual-revenue-usd", "domicile", "distribution", "modifies",
        "trains-on-outputs", "multimodal",
    ]
    static let licenses = [
        "cc-by-4.0", "cc-by-nc-2.0", "cc-by-nc-4.0", "cc-by-nc-3.0", "cc-by-nc-sa-4.0", "llama2", "llama3",
        "llama3.1", "mit", "apache-2.0",
    ]

    @Test(arguments: [
        // A typo of one edit comes first.
        ("comercial", facts, ["commercial"]),
        ("licences", ["licenses", "lock-facts"], ["licenses"]),
        // Initials of a hyphenated name.
        ("mau", facts, ["monthly-active-users"]),
        ("tOO", facts, ["trains-on-outputs"]),
        // A prefix that stops where a word or a number begins: the shortest rest, then the latest version.
        ("cc-by-nc", licenses, ["cc-by-nc-4.0", "cc-by-nc-3.0", "cc-by-nc-2.0"]),
        // One edit away is a typo first: in the candidates' order.
        ("llama", licenses, ["llama2", "llama3", "llama3.1"]),
        ("apache", licenses, ["apache-2.0"]),
        // The words of a longer name, in order.
        ("revenue", facts, ["annual-revenue-usd"]),
        ("monthly-users", facts, ["monthly-active-users"]),
        ("users-monthly", facts, []),
        // Not a prefix in the middle of a word, nor one of fewer than three characters.
        ("dom", ["domicile"], []),
        ("cc", licenses, []),
        // Nothing close.
        ("zzzzzz", facts, []),
    ])
    func nearest(_ word: String, _ candidates: [String], _ expected: [String]) {
        #expect(Suggestion.nearest(to: word, in: candidates, limit: 3) == expected)
    }
}
