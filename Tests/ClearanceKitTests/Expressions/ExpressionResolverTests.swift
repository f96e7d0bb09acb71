import ClearanceKit
import Testing

/// A small catalog: ids with their SPDX id (nil when SPDX does not list the license) and aliases.
struct FakeCatalog: LicenseCatalogLookup {
    struct Entry {
        var id: String
        var spdx: String?
        var aliases: [String] = []
    }

    var entries: [Entry] = [
        Entry(id: "mit", spdx: "MIT", aliases: ["MIT License"]),
        Entry(
            id: "apache-2.0", spdx: "Apache-2.0",
            aliases: ["Apache License 2.0", "https://www.apache.org/licenses/LICENSE-2.0"]),
        Entry(id: "gpl-2.0-only", spdx: "GPL-2.0-only"),
        Entry(id: "llama3.1", spdx: nil, aliases: ["Llama 3.1 Community License Agreement"]),
        Entry(id: "llama3.2", spdx: nil),
        Entry(id: "openrail++", spdx: nil),
        Entry(id: "acme", spdx: nil, aliases: ["LicenseRef-acme"]),
    ]

    func catalogID(for name: String) -> String? {
        let key = name.lowercased()
        return entries.first { entry in
            ([entry.id] + (entry.spdx.map { [$0] } ?? []) + entry.aliases).contains { $0.lowercased() == key }
        }?.id
    }

    func canonicalName(for catalogID: String) -> String {
        let entry = entries.first { $0.id == catalogID }
        return entry?.spdx ?? catalogID
    }

    var knownNames: [String] {
        entries.flatMap { [$0.id] + $0.aliases }
    }
}

@Suite struct ExpressionResolverTests {
    let resolver = ExpressionResolver(lookup: FakeCatalog())

    @Test func spdxIdsResolveCaseInsensitivelyAndNormalize() throws {
        let resolved = try resolver.resolve("mit or apache-2.0")
        #expect(resolved.normalized == "MIT OR Apache-2.0")
        #expect(resolved.terms.map(\.license) == [.catalog("mit"), .catalog("apache-2.0")])
        #expect(resolved.warnings == [])
        #expect(resolved.isFullyResolved)
    }

    @Test func catalogIdsForLicensesSPDXDoesNotList() throws {
        let resolved = try resolver.resolve("LLAMA3.1 AND (Apache-2.0 OR LicenseRef-acme)")
        #expect(resolved.normalized == "llama3.1 AND (Apache-2.0 OR acme)")
        #expect(resolved.terms.map(\.license) == [.catalog("llama3.1"), .catalog("apache-2.0"), .catalog("acme")])
        #expect(resolved.warnings == [])
    }

    @Test func listedButNotInTheCatalogIsNeverAPass() throws {
        let resolved = try resolver.resolve("MIT AND Glulxe")
        #expect(resolved.terms.map(\.license) == [.catalog("mit"), .notInCatalog("Glulxe")])
        #expect(!resolved.isFullyResolved)
        #expect(resolved.warnings.map(\.description) == [
            "1:9: warning: 'Glulxe' is an SPDX license that the catalog has no terms for; its terms are unknown [expression.not-in-catalog]"
        ])
    }

    @Test func deprecatedIdsWarnAndResolveThroughTheirExactReplacement() throws {
        let resolved = try resolver.resolve("gpl-2.0 OR GPL-2.0+")
        #expect(resolved.normalized == "GPL-2.0 OR GPL-2.0+")  // normalizing never changes which license is named
        #expect(resolved.terms.map(\.license) == [.catalog("gpl-2.0-only"), .catalog("gpl-2.0-only")])
        #expect(resolved.terms.map(\.term.orLater) == [false, true])
        #expect(resolved.terms.map(\.deprecatedReplacement) == ["GPL-2.0-only", "GPL-2.0-or-later"])
        #expect(resolved.warnings.map(\.description) == [
            "1:1: warning: 'GPL-2.0' is a deprecated SPDX license id; write GPL-2.0-only [expression.deprecated-license]",
            "1:12: warning: 'GPL-2.0+' is a deprecated SPDX license id; write GPL-2.0-or-later [expression.deprecated-license]",
        ])
    }

    @Test func deprecatedIdsWithoutAnExactReplacementStayOutsideTheCatalog() throws {
        let resolved = try resolver.resolve("wxWindows")
        #expect(resolved.terms.map(\.license) == [.notInCatalog("wxWindows")])
        #expect(resolved.warnings.map(\.message) == [
            "'wxWindows' is a deprecated SPDX license id; write LGPL-2.0-or-later WITH WxWindows-exception-3.1",
            "'wxWindows' is an SPDX license that the catalog has no terms for; its terms are unknown",
        ])
    }

    @Test func unknownNamesAreNeverGuessedButCarrySuggestions() throws {
        let resolved = try resolver.resolve("lama3.1 OR xyz")
        #expect(resolved.terms.map(\.license) == [.unknown(suggestions: ["llama3.1", "llama3.2"]), .unknown(suggestions: [])])
        #expect(resolved.normalized == "lama3.1 OR xyz")
        #expect(resolved.warnings.map(\.description) == [
            "1:1: warning: unknown license 'lama3.1'; did you mean 'llama3.1' or 'llama3.2'? [expression.unknown-license]",
            "1:12: warning: unknown license 'xyz' [expression.unknown-license]",
        ])
    }

    @Test func exceptionsResolveAgainstTheSPDXExceptionList() throws {
        let resolved = try resolver.resolve(
            "Apache-2.0 WITH llvm-exception OR MIT WITH AdditionRef-mine OR MIT WITH Classpath-exceptoin-2.0")
        #expect(resolved.terms.map(\.exception) == [
            .listed("LLVM-exception"), .reference("AdditionRef-mine"),
            .unknown(suggestions: ["Classpath-exception-2.0", "CLISP-exception-2.0"]),
        ])
        #expect(resolved.normalized
            == "Apache-2.0 WITH LLVM-exception OR MIT WITH AdditionRef-mine OR MIT WITH Classpath-exceptoin-2.0")
        #expect(resolved.warnings.map(\.description) == [
            "1:73: warning: unknown license exception 'Classpath-exceptoin-2.0'; did you mean 'Classpath-exception-2.0' or 'CLISP-exception-2.0'? [expression.unknown-exception]"
        ])
        #expect(!resolved.isFullyResolved)
    }

    @Test(arguments: [
        ("Apache License 2.0", "apache-2.0", "Apache-2.0"),
        ("  https://www.apache.org/licenses/LICENSE-2.0\n", "apache-2.0", "Apache-2.0"),
        ("Llama 3.1 Community License Agreement", "llama3.1", "llama3.1"),
        ("openrail++", "openrail++", "openrail++"),
    ])
    func wholeTextReadAsANameOrURL(text: String, id: String, normalized: String) throws {
        let resolved = try resolver.resolve(text)
        #expect(resolved.terms.map(\.license) == [.catalog(id)])
        #expect(resolved.normalized == normalized)
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(resolved.warnings.map(\.message) == [
            "read '\(name)' as the name of a license (\(normalized)), not as an SPDX expression"
        ])
    }

    @Test func namesAreNotReadInStrictMode() {
        #expect(
            throws: ExpressionDiagnostic(
                id: "expression.unlisted-license",
                message: "'Apache' is not on the SPDX license list; a license that is not on it is written LicenseRef-…",
                column: 1, utf8Range: 0..<6)
        ) { try resolver.resolve("Apache License 2.0", strict: true) }
    }

    @Test func unknownNamesThatAreNotExpressionsStayParseErrors() {
        #expect(
            throws: ExpressionDiagnostic(
                id: "expression.missing-operator", message: "expected AND or OR before 'Licence'", column: 8,
                utf8Range: 7..<14)
        ) { try resolver.resolve("Apache Licence 2.0") }
    }

    @Test func resolutionOfATermInTheTree() throws {
        let resolved = try resolver.resolve("MIT AND llama3.1")
        guard case .and(let operands) = resolved.expression, case .term(let second) = operands[1] else {
            Issue.record("expected an AND of two terms")
            return
        }
        #expect(resolved.resolution(of: second)?.license == .catalog("llama3.1"))
        #expect(resolved.position(ofUTF8Offset: second.licenseRange.lowerBound) == (1, 9))
    }

    @Test func specialValuesHaveNoTerms() throws {
        let resolved = try resolver.resolve("NOASSERTION")
        #expect(resolved.expression == .noAssertion)
        #expect(resolved.terms == [])
        #expect(resolved.normalized == "NOASSERTION")
    }

    @Test func parserWarningsComeFirstInTextOrder() throws {
        let resolved = try resolver.resolve("foo-bar aNd MIT")
        #expect(resolved.warnings.map(\.id) == ["expression.unknown-license", "expression.operator-case"])
    }
}
