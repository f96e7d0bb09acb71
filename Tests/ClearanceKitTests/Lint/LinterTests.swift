import ClearanceKit
import ClearanceYAML
import Foundation
import Testing

/// One lint case: a file whose one diagnostic starts at 1️⃣, and that diagnostic's id, severity and message.
struct LintCase: CustomTestStringConvertible, Sendable {
    var name: String
    var file = "policy.yaml"
    var text: String
    var id: String
    var severity: Diagnostic.Severity = .error
    var message: String
    var testDescription: String { name }

    /// The case's text without its marker, and the one diagnostic it must give.
    var expected: (text: String, diagnostic: Diagnostic) {
        let marks = ExpressionMarks(text)
        return (
            marks.text,
            Diagnostic(
                id: id, severity: severity, message: message,
                at: SourceLocation(file: file, line: marks.line, column: marks.column))
        )
    }
}

/// The day lint's expiry check is run on.
let lintDay = CalendarDate(year: 2026, month: 11, day: 23)!

let exceptionKeys = "component: org/model, license: llama3.1, reason: Separate agreement, approved-by: legal@example.com"

let policyLintCases: [LintCase] = [
    LintCase(
        name: "unknown top-level key", text: "schema: 1\n1️⃣exeptions: []\n",
        id: "yaml.unknown-key", message: "unknown key 'exeptions'; did you mean 'exceptions'?"),
    LintCase(
        name: "unknown usage key", text: "schema: 1\nusage: {1️⃣comercial: true}\n",
        id: "yaml.unknown-key", message: "unknown key 'comercial'; did you mean 'commercial'?"),
    LintCase(
        name: "unknown category", text: "schema: 1\ncategories: {permissive: allow, 1️⃣comunity: review}\n",
        id: "yaml.unknown-key", message: "unknown key 'comunity'; did you mean 'community'?"),
    LintCase(
        name: "unknown obligation", text: "schema: 1\nunknown: deny\nobligations:\n  accept: [notice, 1️⃣atribution-display]\n",
        id: "yaml.type-mismatch",
        message: "expected one of include-license, notice, attribution-display, derivative-naming, state-changes, share-alike, flow-down, registration, acceptable-use, found 'atribution-display'; did you mean 'attribution-display'?"),
    LintCase(
        name: "an integer that is not one", text: "schema: 1\nusage:\n  monthly-active-users: 1️⃣lots\n",
        id: "yaml.type-mismatch", message: "expected an integer, found 'lots'"),
    LintCase(
        name: "a boolean written yes", text: "schema: 1\nusage:\n  commercial: 1️⃣yes\n",
        id: "yaml.type-mismatch", message: "expected a boolean (true or false), found 'yes'"),
    LintCase(
        name: "a list where a mapping belongs", text: "schema: 1\nlicenses: 1️⃣[MIT]\n",
        id: "yaml.type-mismatch", message: "expected a mapping, found a list"),
    LintCase(
        name: "a category action that is not one", text: "schema: 1\ncategories: {copyleft: 1️⃣maybe}\n",
        id: "yaml.type-mismatch", message: "expected one of allow, review, deny, found 'maybe'"),
    LintCase(
        name: "unknown: allow", text: "schema: 1\nunknown: 1️⃣allow\n",
        id: "policy.unknown-allow", message: "'unknown' must be deny or review: an unresolved license is never a pass"),
    LintCase(
        name: "no schema", text: "1️⃣name: x\nunknown: deny\n",
        id: "schema.missing-key", message: "missing required key 'schema'"),
    LintCase(
        name: "a newer schema", text: "schema: 1️⃣2\nunknown: deny\n",
        id: "schema.unsupported-version", message: "schema version 2 is not supported; this Clearance reads version 1"),
    LintCase(
        name: "unknown license in allow", text: "schema: 1\nlicenses:\n  allow: [MIT, 1️⃣lama3.1]\n",
        id: "policy.unknown-license", message: "unknown license 'lama3.1'; did you mean 'llama3.1'?"),
    LintCase(
        name: "unknown license in review", text: "schema: 1\nlicenses:\n  review:\n    - 1️⃣gemmma\n",
        id: "policy.unknown-license", message: "unknown license 'gemmma'; did you mean 'gemma'?"),
    LintCase(
        name: "unknown license in deny, no near id", text: "schema: 1\nlicenses: {deny: [1️⃣no-such-thing-at-all]}\n",
        id: "policy.unknown-license", message: "unknown license 'no-such-thing-at-all'"),
    LintCase(
        name: "unknown license in an exception",
        text: "schema: 1\nexceptions:\n  - component: x\n    license: 1️⃣llama3.9\n    reason: r\n    approved-by: a\n    expires: 2027-01-01\n",
        id: "policy.unknown-license", message: "unknown license 'llama3.9'; did you mean 'llama3.1'?"),
    LintCase(
        name: "a license listed twice",
        text: "schema: 1\nlicenses:\n  allow: [Apache-2.0]\n  deny: [1️⃣apache2]\n".replacingOccurrences(of: "apache2", with: "apache-2.0"),
        id: "policy.duplicate-license", severity: .warning,
        message: "license 'apache-2.0' is already listed under allow on line 3; deny wins"),
    LintCase(
        name: "an alias listed twice", text: "schema: 1\nlicenses:\n  review: [MIT]\n  deny: [1️⃣MIT License]\n",
        id: "policy.duplicate-license", severity: .warning,
        message: "license 'MIT License' (mit) is already listed under review on line 3; deny wins"),
    LintCase(
        name: "an exception without approved-by",
        text: "schema: 1\nexceptions:\n  - 1️⃣{component: x, reason: r, expires: 2027-01-01}\n",
        id: "schema.missing-key", message: "missing required key 'approved-by'"),
    LintCase(
        name: "an exception without expires",
        text: "schema: 1\nexceptions:\n  - 1️⃣component: x\n    reason: r\n    approved-by: a\n",
        id: "schema.missing-key", message: "missing required key 'expires'"),
    LintCase(
        name: "an exception without a reason",
        text: "schema: 1\nexceptions:\n  - 1️⃣{license: MIT, approved-by: a, expires: 2027-01-01}\n",
        id: "schema.missing-key", message: "missing required key 'reason'"),
    LintCase(
        name: "an exception without component or license",
        text: "schema: 1\nexceptions:\n  - 1️⃣{reason: r, approved-by: a, expires: 2027-01-01}\n",
        id: "policy.exception-scope", message: "an exception needs 'component' or 'license' (or both)"),
    LintCase(
        name: "an exception whose expiry is not a date",
        text: "schema: 1\nexceptions:\n  - {\(exceptionKeys), expires: 1️⃣next year}\n",
        id: "yaml.type-mismatch", message: "expected a date (YYYY-MM-DD), found 'next year'"),
    LintCase(
        name: "an expired exception",
        text: "schema: 1\nexceptions:\n  - {\(exceptionKeys), reference: LEGAL-1, expires: 1️⃣2026-11-22}\n",
        id: "policy.exception-expired", severity: .warning,
        message: "exception LEGAL-1 expired on 2026-11-22; check no longer applies it and fails what it covers (exception-expired)"),
    LintCase(
        name: "extends a missing file", file: "/nonexistent-clearance-dir/policy.yaml",
        text: "schema: 1\nextends: 1️⃣base.yaml\n",
        id: "policy.extends-unreadable",
        message: "cannot read the extended policy '/nonexistent-clearance-dir/base.yaml': no such file"),
]

let manifestLintCases: [LintCase] = [
    LintCase(
        name: "unknown component key", file: "clearance.yaml",
        text: "schema: 1\nmodels:\n  - name: a/b\n    license: MIT\n    1️⃣revison: abc\n",
        id: "yaml.unknown-key", message: "unknown key 'revison'; did you mean 'revision'?"),
    LintCase(
        name: "unknown top-level key", file: "clearance.yaml", text: "schema: 1\n1️⃣model: []\n",
        id: "yaml.unknown-key", message: "unknown key 'model'; did you mean 'models'?"),
    LintCase(
        name: "a boolean written yes", file: "clearance.yaml",
        text: "schema: 1\nmodels:\n  - {name: a/b, license: MIT, multimodal: 1️⃣yes}\n",
        id: "yaml.type-mismatch", message: "expected a boolean (true or false), found 'yes'"),
    LintCase(
        name: "models as a mapping", file: "clearance.yaml", text: "schema: 1\nmodels: 1️⃣{name: a/b}\n",
        id: "yaml.type-mismatch", message: "expected a list, found a mapping"),
    LintCase(
        name: "a component without a name", file: "clearance.yaml", text: "schema: 1\ndatasets:\n  - 1️⃣license: MIT\n",
        id: "schema.missing-key", message: "missing required key 'name'"),
    LintCase(
        name: "a manifest not named clearance.yaml without schema", file: "models.yaml",
        text: "1️⃣models:\n  - {name: a/b, license: MIT}\n",
        id: "schema.missing-key", message: "missing required key 'schema'"),
    LintCase(
        name: "an unknown license", file: "clearance.yaml",
        text: "schema: 1\nmodels:\n  - name: a/b\n    license: 1️⃣lama3.1\n",
        id: "manifest.unknown-license", severity: .warning,
        message: "unknown license 'lama3.1'; check reports it as unknown-license; did you mean 'llama3.1'?"),
    LintCase(
        name: "an unknown license inside an expression", file: "clearance.yaml",
        text: "schema: 1\npackages:\n  - {name: p, license: 1️⃣MIT OR LicenseRef-mine}\n",
        id: "manifest.unknown-license", severity: .warning,
        message: "unknown license 'LicenseRef-mine'; check reports it as unknown-license"),
    LintCase(
        name: "an SPDX license the catalog lacks", file: "clearance.yaml",
        text: "schema: 1\ndatasets:\n  - name: d\n    license: 1️⃣Sleepycat\n",
        id: "manifest.unknown-license", severity: .warning,
        message: "license 'Sleepycat' is on the SPDX list but not in Clearance's catalog, so its terms are not checked; check decides it by the policy's licenses and its category and reports terms-unchecked"),
    LintCase(
        name: "an invalid expression", file: "clearance.yaml",
        text: "schema: 1\nmodels:\n  - name: a/b\n    license: 1️⃣MIT AND\n",
        id: "manifest.invalid-license", severity: .warning,
        message: "license 'MIT AND' is not a valid license expression (expected a license after 'AND', found the end of the expression); check reports it as unknown-license"),
    LintCase(
        name: "no license", file: "clearance.yaml", text: "schema: 1\nmodels:\n  - 1️⃣name: a/b\n",
        id: "manifest.no-license", severity: .warning,
        message: "'a/b' declares no license; check reports it as unknown-license, which is never a pass"),
]

let unknownKindMessage = "cannot tell what this file is: expected a mapping with the keys of a license descriptor (spdx, category, …), a policy (licenses, categories, exceptions, …) or a project manifest (models, datasets, packages)"

let kindLintCases: [LintCase] = [
    LintCase(
        name: "no known keys", file: "x.yaml", text: "1️⃣foo: 1\nbar: 2\n",
        id: "lint.unknown-kind", message: unknownKindMessage),
    LintCase(
        name: "only shared keys", file: "x.yaml", text: "1️⃣schema: 1\nname: x\n",
        id: "lint.unknown-kind", message: unknownKindMessage),
    LintCase(
        name: "a list", file: "x.yaml", text: "1️⃣- models\n- licenses\n", id: "lint.unknown-kind", message: unknownKindMessage),
    LintCase(
        name: "a scalar", file: "x.yaml", text: "1️⃣models\n", id: "lint.unknown-kind", message: unknownKindMessage),
    LintCase(
        name: "clearance.yaml is a manifest whatever its keys", file: "sub/clearance.yaml",
        text: "schema: 1\n1️⃣licenses: {allow: [MIT]}\n",
        id: "yaml.unknown-key", message: "unknown key 'licenses'"),
    LintCase(
        name: "a misspelt key does not change a policy's kind",
        text: "schema: 1\n1️⃣category: {permissive: allow}\nlicenses: {allow: [MIT]}\nunknown: deny\n",
        id: "yaml.unknown-key", message: "unknown key 'category'"),
]

/// `Policies/*.yaml` and `Examples/clearance.yaml`, found from this test file's path.
let repositoryDirectory = licensesDirectory.deletingLastPathComponent()
/// `Tests/Fixtures/Licenses`: a descriptor that only a `--licenses` directory provides.
let fixtureLicensesDirectory = repositoryDirectory.appendingPathComponent("Tests/Fixtures/Licenses")
let shippedPolicyAndExampleFiles: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: repositoryDirectory.appendingPathComponent("Policies").path)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.sorted().map { "Policies/\($0)" } + ["Examples/clearance.yaml"]

@Suite struct LinterTests {
    let linter = Linter(catalog: .shipped, asOf: lintDay)

    @Test(arguments: policyLintCases)
    func policyDiagnosticAtItsLineAndColumn(_ c: LintCase) {
        let (text, diagnostic) = c.expected
        let (kind, diagnostics) = linter.lint(bytes: Array(text.utf8), file: c.file)
        #expect(kind == .policy)
        #expect(diagnostics == [diagnostic])
        // check reads the policy with the same decoder: it refuses exactly the policies lint finds errors in.
        let (policy, _) = Policy.load(bytes: Array(text.utf8), file: c.file, catalog: .shipped)
        #expect((policy == nil) == (c.severity == .error))
    }

    @Test(arguments: manifestLintCases)
    func manifestDiagnosticAtItsLineAndColumn(_ c: LintCase) {
        let (text, diagnostic) = c.expected
        let (kind, diagnostics) = linter.lint(bytes: Array(text.utf8), file: c.file)
        #expect(kind == .manifest)
        #expect(diagnostics == [diagnostic])
        let (_, read) = ProjectManifest.read(bytes: Array(text.utf8), file: c.file)
        #expect(read.hasErrors == (c.severity == .error))
    }

    @Test(arguments: kindLintCases)
    func kindIsToldFromTheKeys(_ c: LintCase) {
        let (text, diagnostic) = c.expected
        #expect(linter.lint(bytes: Array(text.utf8), file: c.file).1 == [diagnostic])
    }

    @Test(arguments: [
        ("spdx: MIT\ncategory: permissive\n", Linter.Kind.descriptor),
        ("schema: 1\nusage: {commercial: true}\nlicenses: {}\n", .policy),
        // usage without components is a policy.
        ("schema: 1\nusage: {commercial: true}\n", .policy),
        // A misspelt key counts, half.
        ("schema: 1\nexeptions: []\n", .policy),
        ("schema: 1\nmodles: []\nexeptions: []\n", .manifest),
        ("schema: 1\nusage: {commercial: true}\ndatasets: []\n", .manifest),
        ("schema: 1\nobligations: {accept: []}\n", .unknown),
        // A tie goes to the descriptor, then the manifest.
        ("category: permissive\nunknown: deny\n", .descriptor),
        ("models: []\nunknown: deny\n", .manifest),
        ("[]\n", .unknown),
    ])
    func kindOfKeys(text: String, kind: Linter.Kind) throws {
        let root = try #require(try YAMLParser().parse(text))
        #expect(Linter.kind(of: root) == kind)
    }

    @Test func aComponentListedTwiceWarnsWithWhereItWasFirstListed() {
        let marks = ExpressionMarks("""
            schema: 1
            models:
              - {name: a/b, license: MIT}
              - {name: 1️⃣A/B, license: Apache-2.0}
            datasets:
              - {name: a/b, license: MIT}

            """)
        let (_, diagnostics) = linter.lint(bytes: Array(marks.text.utf8), file: "clearance.yaml")
        #expect(diagnostics == [
            Diagnostic(
                id: "manifest.duplicate-component", severity: .warning,
                message: "'A/B' is already listed under models; check reports it twice",
                at: SourceLocation(file: "clearance.yaml", line: marks.line, column: marks.column),
                notes: [Diagnostic.Note("first listed here", at: SourceLocation(file: "clearance.yaml", line: 3, column: 12))])
        ])
    }

    @Test func everyProblemInAFileIsReportedInSourceOrder() {
        let text = """
            schema: 1
            licenses: {allow: [lama3.1]}
            unknown: allow
            exceptions:
              - {component: x, reason: r}
            usage: {comercial: true}

            """
        let (_, diagnostics) = linter.lint(bytes: Array(text.utf8), file: "p.yaml")
        #expect(diagnostics.map(\.description) == [
            "p.yaml:2:20: error: unknown license 'lama3.1'; did you mean 'llama3.1'? [policy.unknown-license]",
            "p.yaml:3:10: error: 'unknown' must be deny or review: an unresolved license is never a pass [policy.unknown-allow]",
            "p.yaml:5:5: error: missing required key 'approved-by' [schema.missing-key]",
            "p.yaml:5:5: error: missing required key 'expires' [schema.missing-key]",
            "p.yaml:6:9: error: unknown key 'comercial'; did you mean 'commercial'? [yaml.unknown-key]",
        ])
    }

    @Test func anExceptionIsNotExpiredOnItsLastDayNorWithoutADate() {
        let text = "schema: 1\nexceptions:\n  - {\(exceptionKeys), expires: 2026-11-23}\n"
        #expect(linter.lint(bytes: Array(text.utf8), file: "p.yaml").1 == [])
        #expect(Linter(asOf: nil).lint(bytes: Array(text.replacingOccurrences(of: "2026-11-23", with: "2001-01-01").utf8), file: "p.yaml").1 == [])
    }

    @Test func problemsInAnExtendedPolicyAreReportedAtTheirOwnFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clearance-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = directory.appendingPathComponent("base.yaml").path
        try Data("schema: 1\nlicenses: {deny: [mitt]}\n".utf8).write(to: URL(fileURLWithPath: base))
        let policy = directory.appendingPathComponent("policy.yaml").path
        let (kind, diagnostics) = linter.lint(bytes: Array("schema: 1\nextends: base.yaml\nunknown: deny\n".utf8), file: policy)
        #expect(kind == .policy)
        #expect(diagnostics == [
            Diagnostic(
                id: "policy.unknown-license", message: "unknown license 'mitt'; did you mean 'mit'?",
                at: SourceLocation(file: base, line: 2, column: 19))
        ])
    }

    @Test func aLicenseFromLicensesDirResolves() throws {
        let text = "schema: 1\nlicenses: {allow: [in-house]}\n"
        #expect(linter.lint(bytes: Array(text.utf8), file: "p.yaml").1.map(\.description) == [
            "p.yaml:2:20: error: unknown license 'in-house' [policy.unknown-license]"
        ])
        let catalog = Catalog.shipped.adding(directory: fixtureLicensesDirectory.path)
        #expect(catalog.diagnostics == [])
        #expect(Linter(catalog: catalog).lint(bytes: Array(text.utf8), file: "p.yaml").1 == [])
    }

    @Test(arguments: shippedPolicyAndExampleFiles)
    func everyShippedPolicyAndTheExampleLintClean(file: String) {
        let path = repositoryDirectory.appendingPathComponent(file).path
        #expect(linter.lint(paths: [path]) == [])
    }
}
