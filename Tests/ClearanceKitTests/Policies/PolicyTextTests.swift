import ClearanceKit
import Testing

/// `clearance policy show`: the resolved text reads back as a policy with the same decisions.
@Suite struct PolicyTextTests {
    static let policy = """
        schema: 1
        name: "acme: AI"
        extends: default
        usage:
          monthly-active-users: 850_000_000
          distribution: [hosted, weights]
          domicile: de
        lock-facts: [domicile, commercial]
        licenses:
          allow: [MIT, Apache-2.0]
          deny: [cc-by-nc-4.0]
        categories:
          community: deny
        unknown: review
        exceptions:
          - component: "acme/model #2"
            license: llama3.1
            verdict: review
            reason: "Signed: a separate agreement"
            approved-by: legal@acme.example
            expires: 2027-06-30

        """

    @Test func theResolvedTextReadsBackTheSame() throws {
        let (read, diagnostics) = Policy.load(bytes: Array(Self.policy.utf8), file: "p.yaml", catalog: .shipped)
        #expect(diagnostics.isEmpty)
        let policy = try #require(read)
        let text = policy.resolvedText
        #expect(text.contains("\nname: \"acme: AI\"\n"))
        #expect(text.contains("\n  monthly-active-users: 850000000  # p.yaml:5\n"))
        #expect(text.contains("\n  commercial: true  # embedded:Policies/default.yaml:6\n"))
        #expect(text.contains("\nlock-facts: [commercial, domicile]  # p.yaml:8\n"))
        #expect(text.contains("\n  allow:\n    - apache-2.0  # p.yaml:10\n    - mit  # p.yaml:10\n"))
        #expect(text.contains("\n  community: deny  # p.yaml:13\n"))
        #expect(text.contains("\n  - component: \"acme/model #2\"  # p.yaml:16\n"))
        let (again, againDiagnostics) = Policy.load(bytes: Array(text.utf8), file: "shown.yaml", catalog: .shipped)
        #expect(againDiagnostics.isEmpty)
        let shown = try #require(again)
        #expect(shown.name == policy.name)
        #expect(shown.usage.text(.distribution) == "[hosted, weights]")
        for key in Usage.Key.allCases { #expect(shown.usage.text(key) == policy.usage.text(key)) }
        #expect(Set(shown.lockedFacts.keys) == Set(policy.lockedFacts.keys))
        #expect(shown.licenses.mapValues(\.action) == policy.licenses.mapValues(\.action))
        #expect(shown.categories.mapValues(\.action) == policy.categories.mapValues(\.action))
        #expect(shown.unknown.action == policy.unknown.action)
        #expect(shown.acceptedObligations == policy.acceptedObligations)
        #expect(shown.derivativeNaming.action == policy.derivativeNaming.action)
        #expect(shown.exceptions.map(\.reason) == policy.exceptions.map(\.reason))
        #expect(shown.exceptions.map(\.component) == policy.exceptions.map(\.component))
        #expect(shown.exceptions.map(\.action) == policy.exceptions.map(\.action))
        // And printing it again gives the same text but for the file names.
        #expect(
            shown.resolvedText.replacingOccurrences(of: "shown.yaml", with: "p.yaml")
                .split(separator: "\n").count == text.split(separator: "\n").count)
    }
}
