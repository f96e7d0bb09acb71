import ClearanceKit
import Testing

/// A text that parses, with its normalized form, and whether strict mode accepts it too.
struct ValidExpression: CustomTestStringConvertible, Sendable {
    var input: String
    var normalized: String
    /// Whether `strict: true` parses it to the same normalized form (otherwise strict must reject it).
    var strict: Bool
    var testDescription: String { input.debugDescription }

    init(_ input: String, _ normalized: String? = nil, strict: Bool = true) {
        self.input = input
        self.normalized = normalized ?? input
        self.strict = strict
    }
}

/// A text that does not parse, marked with 1️⃣ (and 2️⃣) where the error is, with its id and whole message.
struct InvalidExpression: CustomTestStringConvertible, Sendable {
    var marked: String
    var id: String
    var message: String
    var modes: Modes
    var testDescription: String { marked.debugDescription }

    /// Which readings reject the text with this error.
    enum Modes: Sendable {
        /// Both.
        case both
        /// Only strict; the lenient reading accepts it, with a warning of the same id and position.
        case strictOnly
        /// Only lenient; strict meets an earlier error (e.g. an id that is not on the SPDX list).
        case lenientOnly
    }

    init(_ marked: String, _ id: String, _ message: String, _ modes: Modes = .both) {
        self.marked = marked
        self.id = "expression." + id
        self.message = message
        self.modes = modes
    }
}

let validExpressions: [ValidExpression] = [
    // Single ids: SPDX spellings, matched case-insensitively.
    .init("MIT"),
    .init("mit", "MIT"),
    .init("Apache-2.0"),
    .init("apache-2.0", "Apache-2.0"),
    .init("APACHE-2.0", "Apache-2.0"),
    .init("0BSD"),
    .init("cc0-1.0", "CC0-1.0"),
    .init("zlib", "Zlib"),
    .init("cc-by-nc-sa-4.0", "CC-BY-NC-SA-4.0"),
    .init("bsd-3-clause-clear", "BSD-3-Clause-Clear"),
    .init("openmdw-1.0", "OpenMDW-1.0"),
    .init("GFDL-1.1-invariants-or-later"),
    .init("BSD-3-Clause-No-Nuclear-License"),
    // Deprecated ids parse (resolution warns).
    .init("GPL-2.0"),
    .init("gpl-3.0", "GPL-3.0"),
    .init("wxWindows"),
    .init("nunit", "Nunit"),
    // Or later.
    .init("LGPL-2.1+"),
    .init("Apache-1.0+"),
    .init("gpl-2.0+", "GPL-2.0+"),
    .init("GPL-2.0+ WITH Bison-exception-2.2"),
    .init("gpl-3.0+ or mit", "GPL-3.0+ OR MIT"),
    // Operators, upper case and (SPDX 3.0) all lower case.
    .init("MIT OR Apache-2.0"),
    .init("MIT AND Apache-2.0"),
    .init("mit or apache-2.0", "MIT OR Apache-2.0"),
    .init("mit and apache-2.0", "MIT AND Apache-2.0"),
    .init("MIT and Apache-2.0 OR ISC", "MIT AND Apache-2.0 OR ISC"),
    .init("MIT OR Apache-2.0 OR BSD-3-Clause OR ISC"),
    .init("MIT AND Apache-2.0 OR BSD-3-Clause AND ISC"),
    // Precedence and minimal parentheses.
    .init("MIT OR Apache-2.0 AND BSD-3-Clause"),
    .init("(MIT OR Apache-2.0) AND BSD-3-Clause"),
    .init("MIT AND (Apache-2.0 OR BSD-3-Clause)"),
    .init("(MIT AND Apache-2.0) OR BSD-3-Clause", "MIT AND Apache-2.0 OR BSD-3-Clause"),
    .init("MIT OR (Apache-2.0 OR BSD-3-Clause)", "MIT OR Apache-2.0 OR BSD-3-Clause"),
    .init("MIT AND (Apache-2.0 AND BSD-3-Clause)", "MIT AND Apache-2.0 AND BSD-3-Clause"),
    .init("(MIT OR Apache-2.0) AND (BSD-2-Clause OR BSD-3-Clause)"),
    .init("MIT AND (Apache-2.0 OR (BSD-2-Clause AND ISC))", "MIT AND (Apache-2.0 OR BSD-2-Clause AND ISC)"),
    .init("(MIT OR (Apache-2.0 AND (ISC OR Zlib)))", "MIT OR Apache-2.0 AND (ISC OR Zlib)"),
    .init("mit and (apache-2.0 or isc) and zlib", "MIT AND (Apache-2.0 OR ISC) AND Zlib"),
    .init("((MIT OR ISC) AND (Zlib)) OR (0BSD)", "(MIT OR ISC) AND Zlib OR 0BSD"),
    .init("(MIT)", "MIT"),
    .init("((((MIT))))", "MIT"),
    .init("MIT OR (MIT)", "MIT OR MIT"),
    .init("(MIT)AND(Apache-2.0)", "MIT AND Apache-2.0"),
    .init(
        "((((Apache-2.0 WITH LLVM-exception) OR (Apache-2.0)) AND (OpenSSL)) OR (MIT))",
        "(Apache-2.0 WITH LLVM-exception OR Apache-2.0) AND OpenSSL OR MIT"),
    // WITH binds tighter than AND and OR.
    .init("GPL-2.0-or-later WITH Classpath-exception-2.0"),
    .init("gpl-2.0-or-later with classpath-exception-2.0", "GPL-2.0-or-later WITH Classpath-exception-2.0"),
    .init("Apache-2.0 WITH LLVM-exception OR MIT"),
    .init("(Apache-2.0 WITH LLVM-exception) OR MIT", "Apache-2.0 WITH LLVM-exception OR MIT"),
    .init("MIT AND (Apache-2.0 WITH LLVM-exception)", "MIT AND Apache-2.0 WITH LLVM-exception"),
    .init("MIT AND BSD-3-Clause WITH GCC-exception-3.1 OR CC-BY-4.0 AND Apache-2.0"),
    // References.
    .init("LicenseRef-my-license"),
    .init("licenseref-my-license", "LicenseRef-my-license"),
    .init("LicenseRef-Foo.Bar-1"),
    .init("LicenseRef-1 OR LicenseRef-2"),
    .init("DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2"),
    .init("documentref-d:licenseref-x", "DocumentRef-d:LicenseRef-x"),
    .init("LicenseRef-x WITH GCC-exception-2.0"),
    .init("MIT WITH AdditionRef-my-exception"),
    .init("MIT WITH additionref-e", "MIT WITH AdditionRef-e"),
    .init("MIT WITH DocumentRef-d:AdditionRef-e"),
    .init("Apache-2.0 WITH LLVM-exception AND MIT WITH AdditionRef-x"),
    // Whitespace: spaces, tabs, line breaks, any amount.
    .init("  MIT  ", "MIT"),
    .init("MIT  AND    BSD-3-Clause", "MIT AND BSD-3-Clause"),
    .init("MIT\tOR\nApache-2.0", "MIT OR Apache-2.0"),
    .init("MIT\r\nAND Apache-2.0", "MIT AND Apache-2.0"),
    // Whole-field values.
    .init("NONE"),
    .init("NOASSERTION"),
    .init(" NOASSERTION\n", "NOASSERTION"),
    // Lenient only: ids that are not on the SPDX list (catalog and Hugging Face ids), kept as written.
    .init("llama3.1", strict: false),
    .init("LLAMA3.1", strict: false),
    .init("llama3.1 OR Apache-2.0", strict: false),
    .init("other", strict: false),
    .init("bigscience-openrail-m AND cc-by-4.0", "bigscience-openrail-m AND CC-BY-4.0", strict: false),
    .init("MIT WITH foo-exception", strict: false),
    // Lenient only: mixed-case operators and spaces in a document reference, with a warning.
    .init("MIT aNd BSD-3-Clause", "MIT AND BSD-3-Clause", strict: false),
    .init("MIT Or Apache-2.0", "MIT OR Apache-2.0", strict: false),
    .init("Apache-2.0 WiTh LLVM-exception", "Apache-2.0 WITH LLVM-exception", strict: false),
    .init("DocumentRef-d : LicenseRef-x", "DocumentRef-d:LicenseRef-x", strict: false),
]

let invalidExpressions: [InvalidExpression] = [
    // Empty.
    .init("1️⃣", "empty", "the license expression is empty"),
    .init("1️⃣ \t\n2️⃣", "empty", "the license expression is empty"),
    // Dangling operators: the caret is where the license should be.
    .init("MIT AND1️⃣", "dangling-operator", "expected a license after 'AND', found the end of the expression"),
    .init("MIT or 1️⃣", "dangling-operator", "expected a license after 'or', found the end of the expression"),
    .init("1️⃣AND2️⃣ MIT", "dangling-operator", "expected a license, found 'AND'"),
    .init("1️⃣or2️⃣ MIT", "dangling-operator", "expected a license, found 'or'"),
    .init("MIT OR 1️⃣OR2️⃣ Apache-2.0", "dangling-operator", "expected a license after 'OR', found 'OR'"),
    .init("MIT OR 1️⃣AND2️⃣ MIT", "dangling-operator", "expected a license after 'OR', found 'AND'"),
    .init("MIT AND 1️⃣WITH2️⃣ MIT", "dangling-operator", "expected a license after 'AND', found 'WITH'"),
    .init("MIT OR1️⃣)2️⃣", "dangling-operator", "expected a license after 'OR', found ')'"),
    .init("(MIT AND1️⃣)2️⃣ ISC", "dangling-operator", "expected a license after 'AND', found ')'"),
    .init("(1️⃣AND2️⃣ MIT)", "dangling-operator", "expected a license after '(', found 'AND'"),
    .init("MIT WITH1️⃣", "dangling-operator", "expected a license exception after 'WITH', found the end of the expression"),
    .init("MIT WITH 1️⃣WITH2️⃣ LLVM-exception", "dangling-operator", "expected a license exception after 'WITH', found 'WITH'"),
    .init("MIT WITH 1️⃣AND2️⃣ ISC", "dangling-operator", "expected a license exception after 'WITH', found 'AND'"),
    .init("(Apache-2.0 WITH1️⃣)2️⃣ LLVM-exception", "dangling-operator", "expected a license exception after 'WITH', found ')'"),
    // Parentheses.
    .init("1️⃣(2️⃣MIT", "unbalanced-parenthesis", "'(' is never closed"),
    .init("1️⃣(2️⃣(MIT OR ISC) AND Zlib", "unbalanced-parenthesis", "'(' is never closed"),
    .init("MIT OR 1️⃣(2️⃣ISC AND (Zlib)", "unbalanced-parenthesis", "'(' is never closed"),
    .init("MIT1️⃣)2️⃣", "unbalanced-parenthesis", "')' has no matching '('"),
    .init("(MIT OR Apache-2.0) AND ISC1️⃣)2️⃣", "unbalanced-parenthesis", "')' has no matching '('"),
    .init("1️⃣)2️⃣", "unbalanced-parenthesis", "')' has no matching '('"),
    .init("(1️⃣)2️⃣", "empty-parentheses", "expected a license inside the parentheses"),
    .init("MIT AND ( 1️⃣)2️⃣", "empty-parentheses", "expected a license inside the parentheses"),
    .init(
        String(repeating: "(", count: 256) + "1️⃣(2️⃣MIT" + String(repeating: ")", count: 257), "too-deep",
        "parentheses are nested deeper than 256 levels"),
    // WITH.
    .init("Apache-2.0 WITH 1️⃣MIT2️⃣", "license-as-exception", "'MIT' is a license, not a license exception"),
    .init("Apache-2.0 WITH 1️⃣gpl-2.02️⃣", "license-as-exception", "'gpl-2.0' is a license, not a license exception"),
    .init(
        "MIT WITH 1️⃣LicenseRef-x2️⃣", "license-as-exception",
        "'LicenseRef-x' is a license, not a license exception; a custom exception is written AdditionRef-…"),
    .init(
        "MIT WITH DocumentRef-d:1️⃣LicenseRef-x2️⃣", "license-as-exception",
        "'LicenseRef-x' is a license, not a license exception"),
    .init("(MIT) 1️⃣WITH2️⃣ X", "with-after-parenthesis", "'WITH' must follow a single license, not a parenthesised expression"),
    .init(
        "(MIT OR ISC) 1️⃣with2️⃣ LLVM-exception", "with-after-parenthesis",
        "'with' must follow a single license, not a parenthesised expression"),
    .init(
        "MIT WITH LLVM-exception 1️⃣WITH2️⃣ GCC-exception-2.0", "unexpected-token",
        "a license can have only one WITH exception"),
    .init(
        "Apache-2.0 WITH 1️⃣(2️⃣LLVM-exception)", "unexpected-token",
        "expected a license exception after 'WITH', found '('"),
    .init(
        "MIT AND 1️⃣LLVM-exception2️⃣", "exception-as-license",
        "'LLVM-exception' is a license exception; it can only follow WITH"),
    .init(
        "1️⃣389-exception2️⃣ WITH MIT", "exception-as-license",
        "'389-exception' is a license exception; it can only follow WITH"),
    .init(
        "1️⃣AdditionRef-x2️⃣", "exception-as-license", "'AdditionRef-x' is an exception reference; it can only follow WITH"),
    .init(
        "DocumentRef-d:1️⃣AdditionRef-x2️⃣", "exception-as-license",
        "'AdditionRef-x' is an exception reference; it can only follow WITH"),
    // Plus.
    .init("LicenseRef-x1️⃣+2️⃣", "plus-not-allowed", "'+' can follow only an SPDX-listed license id, not a LicenseRef"),
    .init(
        "DocumentRef-d:LicenseRef-x1️⃣+2️⃣", "plus-not-allowed",
        "'+' can follow only an SPDX-listed license id, not a LicenseRef"),
    .init(
        "llama3.11️⃣+2️⃣", "plus-not-allowed",
        "'+' can follow only an SPDX-listed license id; 'llama3.1' is not on the SPDX license list", .lenientOnly),
    .init("MIT 1️⃣+2️⃣", "separated-plus", "'+' must directly follow the license id, without a space"),
    .init("Apache-2.0 1️⃣+2️⃣ MIT", "separated-plus", "'+' must directly follow the license id, without a space"),
    .init("MIT+1️⃣+2️⃣", "plus-not-allowed", "'+' can appear only once, directly after a license id"),
    .init("1️⃣+2️⃣MIT", "plus-not-allowed", "'+' must directly follow a license id"),
    .init("MIT AND1️⃣+2️⃣", "plus-not-allowed", "'+' must directly follow a license id"),
    .init("MIT WITH LLVM-exception1️⃣+2️⃣", "plus-not-allowed", "'+' cannot follow a license exception"),
    .init("MIT WITH AdditionRef-x1️⃣+2️⃣", "plus-not-allowed", "'+' cannot follow a license exception"),
    .init("(MIT)1️⃣+2️⃣", "plus-not-allowed", "'+' cannot follow a parenthesised expression"),
    // Missing operators.
    .init("MIT 1️⃣Apache-2.02️⃣", "missing-operator", "expected AND or OR before 'Apache-2.0'"),
    .init("MIT 1️⃣(2️⃣ISC)", "missing-operator", "expected AND or OR before '('"),
    .init("MIT 1️⃣(2️⃣AND ISC)", "missing-operator", "expected AND or OR before '('"),
    .init("Apache-2.0 1️⃣License2️⃣", "missing-operator", "expected AND or OR before 'License'"),
    // Characters that are not in the grammar.
    .init(
        "MIT1️⃣/2️⃣Apache-2.0", "invalid-character",
        "'/' is not an SPDX operator: write OR when any one license may be chosen, AND when all apply"),
    .init("MIT1️⃣,2️⃣ Apache-2.0", "invalid-character", "',' is not an SPDX operator: write AND or OR between licenses"),
    .init("MIT 1️⃣&2️⃣ ISC", "invalid-character", "'&' is not an SPDX operator: write AND"),
    .init("MIT1️⃣_2️⃣X", "invalid-character", "unexpected character '_'; ids use letters, digits, '-' and '.'"),
    .init("MIT AND 1️⃣€2️⃣", "invalid-character", "unexpected character U+20AC; ids use letters, digits, '-' and '.'"),
    .init("MIT1️⃣\u{0}2️⃣", "invalid-character", "unexpected character U+0000; ids use letters, digits, '-' and '.'"),
    .init("MIT AND\n1️⃣OR2️⃣ ISC", "dangling-operator", "expected a license after 'AND', found 'OR'"),
    // References.
    .init("1️⃣LicenseRef-2️⃣", "invalid-reference", "'LicenseRef-' must be followed by an id"),
    .init("MIT WITH 1️⃣AdditionRef-2️⃣", "invalid-reference", "'AdditionRef-' must be followed by an id"),
    .init("1️⃣DocumentRef-2️⃣:LicenseRef-x", "invalid-reference", "'DocumentRef-' must be followed by an id"),
    .init("DocumentRef-d1️⃣", "invalid-reference", "'DocumentRef-d' must be followed by ':LicenseRef-…'"),
    .init("DocumentRef-d:1️⃣x2️⃣", "invalid-reference", "expected 'LicenseRef-…' after 'DocumentRef-d:'"),
    .init("DocumentRef-d:1️⃣", "invalid-reference", "expected 'LicenseRef-…' after 'DocumentRef-d:'"),
    .init(
        "DocumentRef-d:LicenseRef-x1️⃣:2️⃣4", "unexpected-token",
        "':' can only join DocumentRef-… to LicenseRef-… or AdditionRef-…"),
    .init("1️⃣:2️⃣MIT", "unexpected-token", "':' can only join DocumentRef-… to LicenseRef-… or AdditionRef-…"),
    // NONE and NOASSERTION stand alone.
    .init(
        "MIT AND 1️⃣NOASSERTION2️⃣", "special-value",
        "'NOASSERTION' stands for a whole license field and cannot be part of an expression"),
    .init(
        "1️⃣NONE2️⃣ OR MIT", "special-value", "'NONE' stands for a whole license field and cannot be part of an expression"),
    // Strict only (lenient accepts these with a warning, or, for unlisted ids, as catalog names).
    .init(
        "MIT 1️⃣aNd2️⃣ ISC", "operator-case", "'aNd' mixes upper and lower case; SPDX operators are written AND or and",
        .strictOnly),
    .init(
        "MIT 1️⃣Or2️⃣ ISC", "operator-case", "'Or' mixes upper and lower case; SPDX operators are written OR or or",
        .strictOnly),
    .init(
        "DocumentRef-d1️⃣ : 2️⃣LicenseRef-x", "space-in-reference",
        "a document reference is written without spaces around ':'", .strictOnly),
    .init(
        "1️⃣llama3.12️⃣", "unlisted-license",
        "'llama3.1' is not on the SPDX license list; a license that is not on it is written LicenseRef-…",
        .strictOnly),
    .init(
        "MIT WITH 1️⃣foo-exception2️⃣", "unlisted-exception",
        "'foo-exception' is not on the SPDX exception list; an exception that is not on it is written AdditionRef-…",
        .strictOnly),
]

@Suite struct ExpressionParserTests {
    @Test func theTableHasAtLeastOneHundredCases() {
        #expect(validExpressions.count + invalidExpressions.count >= 100)
    }

    @Test(arguments: validExpressions)
    func parsesAndNormalizes(_ valid: ValidExpression) throws {
        let lenient = try LicenseExpression.parse(valid.input)
        #expect(lenient.normalized == valid.normalized)
        // The normalized form is a fixed point.
        #expect(try LicenseExpression.parse(lenient.normalized).normalized == valid.normalized)
        if valid.strict {
            let strict = try LicenseExpression.parse(valid.input, strict: true)
            #expect(strict.normalized == valid.normalized)
            #expect(strict.warnings == [])
            #expect(lenient.warnings == [])
        } else {
            #expect(throws: ExpressionDiagnostic.self) { try LicenseExpression.parse(valid.input, strict: true) }
        }
    }

    @Test(arguments: invalidExpressions)
    func rejectsWithPositionAndMessage(_ invalid: InvalidExpression) {
        let marks = ExpressionMarks(invalid.marked)
        let expected = ExpressionDiagnostic(
            id: invalid.id, message: invalid.message, line: marks.line, column: marks.column, utf8Range: marks.range)
        if invalid.modes != .lenientOnly {
            #expect(throws: expected) { try LicenseExpression.parse(marks.text, strict: true) }
        }
        if invalid.modes == .strictOnly {
            let lenient = try? LicenseExpression.parse(marks.text)
            var warning = expected
            warning.severity = .warning
            if invalid.id == "expression.unlisted-license" || invalid.id == "expression.unlisted-exception" {
                #expect(lenient?.warnings == [])  // the resolver, not the parser, reports unknown names
            } else {
                #expect(lenient?.warnings == [warning])
            }
        } else {
            #expect(throws: expected) { try LicenseExpression.parse(marks.text) }
        }
    }

    @Test func treeShapeFollowsPrecedence() throws {
        let parsed = try LicenseExpression.parse("MIT OR Apache-2.0+ AND LicenseRef-x WITH LLVM-exception")
        #expect(
            parsed.expression
                == .or([
                    .term(LicenseTerm(license: .listed("MIT"), licenseRange: 0..<3)),
                    .and([
                        .term(LicenseTerm(license: .listed("Apache-2.0"), orLater: true, licenseRange: 7..<18)),
                        .term(
                            LicenseTerm(
                                license: .reference(document: nil, id: "x"), exception: .listed("LLVM-exception"),
                                licenseRange: 23..<35, exceptionRange: 41..<55)),
                    ]),
                ]))
    }

    @Test func termsComeInTextOrder() throws {
        let parsed = try LicenseExpression.parse("(a OR b) AND c WITH d-exception OR e")
        #expect(parsed.expression.terms.map(\.text) == ["a", "b", "c WITH d-exception", "e"])
        #expect(try LicenseExpression.parse("NONE").expression.terms == [])
    }

    @Test func noneAndNoAssertionAreWholeFieldValues() throws {
        #expect(try LicenseExpression.parse("NONE").expression == .noLicense)
        #expect(try LicenseExpression.parse(" NOASSERTION ").expression == .noAssertion)
        // Lowercase is not the special value: it is an (unknown) id.
        #expect(try LicenseExpression.parse("none").expression.terms.map(\.license) == [.unlisted("none")])
    }

    @Test func lenientWarningsArePositioned() throws {
        let parsed = try LicenseExpression.parse("MIT aNd ISC oR\n  DocumentRef-d :LicenseRef-x")
        #expect(parsed.warnings.map(\.description) == [
            "1:5: warning: 'aNd' mixes upper and lower case; SPDX operators are written AND or and [expression.operator-case]",
            "1:13: warning: 'oR' mixes upper and lower case; SPDX operators are written OR or or [expression.operator-case]",
            "2:16: warning: a document reference is written without spaces around ':' [expression.space-in-reference]",
        ])
        #expect(parsed.normalized == "MIT AND ISC OR DocumentRef-d:LicenseRef-x")
    }

    @Test func diagnosticMapsIntoAFile() {
        let error = ExpressionDiagnostic(
            id: "expression.empty-parentheses", message: "m", line: 1, column: 5, utf8Range: 4..<5)
        #expect(error.diagnostic().description == "<expression>:1:5: error: m [expression.empty-parentheses]")
        #expect(
            error.diagnostic(file: "model.yaml", line: 3, column: 10).description
                == "model.yaml:3:14: error: m [expression.empty-parentheses]")
        var second = error
        second.line = 2
        #expect(
            second.diagnostic(file: "model.yaml", line: 3, column: 10).description
                == "model.yaml:4:5: error: m [expression.empty-parentheses]")
    }

    @Test func spdxListHasCurrentDeprecatedAndExceptionIds() {
        #expect(SPDXLicenseList.entry(for: "apache-2.0") == .init(id: "Apache-2.0", kind: .license))
        #expect(SPDXLicenseList.entry(for: "OPENMDW-1.0") == .init(id: "OpenMDW-1.0", kind: .license))
        #expect(SPDXLicenseList.entry(for: "GPL-2.0") == .init(id: "GPL-2.0", kind: .deprecatedLicense))
        #expect(SPDXLicenseList.entry(for: "llvm-exception") == .init(id: "LLVM-exception", kind: .exception))
        #expect(SPDXLicenseList.entry(for: "llama3.1") == nil)
        #expect(SPDXLicenseList.exactReplacement(for: "GPL-2.0") == "GPL-2.0-only")
        #expect(SPDXLicenseList.exactReplacement(for: "GPL-2.0", orLater: true) == "GPL-2.0-or-later")
        #expect(SPDXLicenseList.exactReplacement(for: "wxWindows") == nil)
        #expect(Set(SPDXLicenseList.deprecatedLicenses) == Set(SPDXLicenseList.replacements.keys))
    }
}
