import ClearanceKit
import Testing

@Suite struct NormalizerTests {
    @Test(arguments: [
        ("Hello, World!", "hello world"),
        ("\u{FEFF}“Licence” — https://x.org/a", "license http x org a"),
        ("1. Definitions.\n  (a) You may\n iv. not", "definitions you may not"),
        ("2.1 Grant (ii) of rights (iv)", "grant of rights"),
        ("i.e. this\ne.g. that", "i e this e g that"),
        ("Copyright (c) 2024 Meta\nCopyright and Related Rights", "copyright and related rights"),
        ("(c) You must retain\n(c) 2023 Someone", "you must retain"),
        ("© Meta\n# **3.** Terms", "terms"),
        ("a <<var;name=x;original=y>> b", "a b"),
        ("Ärger über Straße", "ärger über straße"),
        ("700,000,000 users", "700 000 000 users"),
    ])
    func normalizes(input: String, words: String) {
        #expect(LicenseNormalizer.normalize(Array(input.utf8)).words.joined(separator: " ") == words)
    }

    @Test func linesCountCRLFAndCR() {
        let text = LicenseNormalizer.normalize(Array("a\r\nb\rc\nd".utf8))
        #expect(text.lines == [1, 2, 3, 4])
    }
}
