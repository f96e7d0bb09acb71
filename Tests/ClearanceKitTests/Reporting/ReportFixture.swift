@testable import ClearanceKit
import Foundation
import Testing

/// The one set of findings every formatter test renders: fail, review and pass components; a component
/// with no location, one with line and column, one with a line only, one with a file only; and text that
/// needs escaping in every format (`<&>"'`, `|`, `%`, `,`, `:`, Markdown punctuation, a line break, ESC, a
/// leading `=` for spreadsheets, a space in a path).
enum ReportFixture {
    /// The report, with verdicts and summary derived from the findings.
    static let report: Report = {
        let policy = "policy.yaml"
        let exceptionApplied = Finding(.exceptionApplied, .pass, "exception EX-12 (approved by legal) applies", license: "gemma",
            policy: SourceLocation(file: policy, line: 31, column: 5))
        var waived = Finding(.licenseDenied, .fail, "the policy denies gemma", license: "gemma",
            policy: SourceLocation(file: policy, line: 9, column: 5))
        waived.waivedBy = "EX-12 (approved by legal)"
        var baselined = Finding(.obligation, .review,
            "apache-2.0 requires: include the license text (obligation 'include-license' is not in obligations.accept)",
            license: "apache-2.0", clause: "§4(a)", policy: SourceLocation(file: policy, line: 20, column: 3))
        baselined.waivedBy = "baseline"
        // The facts most components were evaluated with: one from the policy, one from --set (no distribution,
        // hence sd-turbo's missing-fact).
        var policyFacts = Usage()
        policyFacts.commercial = true
        policyFacts.sources[.commercial] = SourceLocation(file: policy, line: 3, column: 15)
        policyFacts.monthlyActiveUsers = 900_000_000
        policyFacts.sources[.monthlyActiveUsers] = SourceLocation(file: "--set monthly-active-users")
        // The gemma model's manifest declares its own facts, in a file whose name needs escaping.
        var manifestFacts = policyFacts
        manifestFacts.commercial = false
        manifestFacts.sources[.commercial] = SourceLocation(file: "models/my models, v2.yaml", line: 3, column: 15)
        manifestFacts.domicile = "FR"
        manifestFacts.sources[.domicile] = SourceLocation(file: "models/my models, v2.yaml", line: 4, column: 13)
        manifestFacts.distribution = [.hosted, .weights]
        manifestFacts.sources[.distribution] = SourceLocation(file: "models/my models, v2.yaml", line: 5, column: 17)
        let results: [Report.Result] = [
            Report.Result(
                component: "meta-llama/Llama-3.1-8B-Instruct", kind: .model, license: "llama3.1", verdict: .pass,
                location: SourceLocation(file: "models/README.md", line: 3, column: 10),
                findings: [
                    Finding(.licenseAllowed, .pass, "the policy allows llama3.1", license: "llama3.1",
                        policy: SourceLocation(file: policy, line: 12, column: 5)),
                    Finding(.obligation, .review,
                        "llama3.1 requires: display \"Built with Llama\" (obligation 'attribution-display' is not in obligations.accept)",
                        license: "llama3.1", clause: "§1.b.i", policy: SourceLocation(file: policy, line: 20, column: 3)),
                    Finding(.userCap, .fail,
                        "900,000,000 monthly active users exceed the cap of 700,000,000 (affiliates count)",
                        license: "llama3.1", clause: "§2", policy: SourceLocation(file: policy, line: 4, column: 3)),
                ],
                obligations: [
                    .init(id: "attribution-display", license: "llama3.1", text: "Display \"Built with Llama\"", clause: "§1.b.i"),
                    .init(id: "notice", license: "llama3.1",
                        text: "Ship a \"Notice\" text file: Llama 3.1 is licensed under the Llama 3.1 Community License",
                        clause: "§1.b.iii"),
                ], factSet: 0),
            Report.Result(
                component: "acme/tricky | <data> & \"quotes\", 100%: *bold* _x_ `tick`", kind: .dataset,
                license: "LicenseRef-acme-custom", verdict: .pass, location: nil,
                findings: [
                    Finding(.unknownLicense, .review,
                        "license 'LicenseRef-acme-custom' is not in the catalog; its terms are unknown <b>not bold</b> & 100%, see: #12\nsecond line\u{1B}[31m",
                        policy: SourceLocation(file: policy, line: 2, column: 1))
                ],
                obligations: [], factSet: 1),
            Report.Result(
                component: "google/gemma-2-9b", kind: .model, license: "gemma", verdict: .pass,
                location: SourceLocation(file: "models/my models, v2.yaml", line: 7),
                findings: [
                    Finding(.categoryAllowed, .pass, "the policy allows community licenses", license: "gemma",
                        policy: SourceLocation(file: policy, line: 15, column: 5)),
                    waived, exceptionApplied,
                ],
                obligations: [
                    .init(id: "notice", license: "gemma",
                        text: "Ship a \"Notice\" text file: Gemma is provided under and subject to the Gemma Terms of Use",
                        clause: "§3.1")
                ], factSet: 2),
            Report.Result(
                component: "=HYPERLINK(\"http://x\")", kind: .package, license: "mit", verdict: .pass,
                location: SourceLocation(file: "requirements.txt"),
                findings: [
                    Finding(.licenseAllowed, .pass, "the policy allows mit", license: "mit",
                        policy: SourceLocation(file: policy, line: 11, column: 5))
                ],
                obligations: [
                    .init(id: "include-license", license: "mit", text: "Include the license text", clause: "Notice condition")
                ], factSet: 0),
            Report.Result(
                component: "stabilityai/sd-turbo", kind: .model, license: "apache-2.0 OR mit", verdict: .pass,
                location: SourceLocation(file: "models.yaml", line: 12, column: 5),
                findings: [
                    Finding(.expressionChoice, .pass,
                        "chose apache-2.0 of the alternatives apache-2.0 OR mit (the best verdict: review)"),
                    Finding(.missingFact, .review, "the license's hosting term depends on 'distribution', which is not declared",
                        license: "apache-2.0", clause: "§2"),
                    Finding(.licenseAllowed, .pass, "the policy allows apache-2.0", license: "apache-2.0",
                        policy: SourceLocation(file: policy, line: 10, column: 5)),
                    baselined,
                ],
                obligations: [
                    .init(id: "include-license", license: "apache-2.0", text: "Include the license text", clause: "§4(a)")
                ], factSet: 0),
        ]
        let report = Report(
            verdict: .pass, summary: Report.Summary(),
            policy: .init(
                name: "Acme <AI> & \"Models\" policy", file: policy,
                sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            asOf: "2026-11-23", results: results,
            policyFindings: [
                Finding(.exceptionExpired, .review, "exception EX-9 for acme/old-model expired on 2026-01-01",
                    policy: SourceLocation(file: policy, line: 40, column: 5)),
                Finding(.exceptionUnused, .pass, "exception for bert (EX-3) matched no component; remove it or fix its scope",
                    policy: SourceLocation(file: policy, line: 44, column: 5)),
            ],
            overrides: [Catalog.Override(id: "mit", file: "licenses/mit.yaml")],
            licenses: [
                .init(id: "apache-2.0", name: "Apache License 2.0", verified: "2026-11-20"),
                .init(
                    id: "gemma", name: "Gemma Terms of Use", verified: "2026-11-21",
                    unverified: [
                        "Fixture note: whether <hosting> counts as distribution | is not settled & *not* encoded.",
                        "Fixture note: a second caveat.",
                    ]),
                .init(id: "llama3.1", name: "Llama 3.1 Community License Agreement", verified: "2026-11-23"),
                .init(id: "mit", name: "MIT License", verified: "2026-11-22"),
            ],
            factSets: [policyFacts, Usage(), manifestFacts])
        return report.recomputingVerdicts()
    }()

    /// A small catalog with the fixture's licenses, so that expected output does not follow the shipped one.
    static let catalog: Catalog = {
        let catalog = Catalog.load([
            ("apache-2.0.yaml", descriptor(
                id: "apache-2.0", spdx: "Apache-2.0", name: "Apache License 2.0",
                url: "https://www.apache.org/licenses/LICENSE-2.0",
                obligations: """
                  - {id: include-license, when: distribution, clause: "§4(a)"}
                  - {id: notice, when: distribution, clause: "§4(c); §4(d)", note: "Keep the NOTICE file's attribution notices."}
                """)),
            ("gemma.yaml", descriptor(
                id: "gemma", spdx: "LicenseRef-gemma", name: "Gemma Terms of Use", url: "https://ai.google.dev/gemma/terms",
                obligations: """
                  - {id: notice, when: distribution, clause: "§3.1", text: "Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms"}
                """)),
            ("llama3.1.yaml", descriptor(
                id: "llama3.1", spdx: "LicenseRef-llama3.1", name: "Llama 3.1 Community License Agreement",
                url: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE",
                obligations: """
                  - {id: notice, when: distribution, clause: "§1.b.iii", text: "Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved."}
                  - {id: attribution-display, when: distribution, clause: "§1.b.i", text: "Built with Llama"}
                  - {id: attribution-display, when: product, clause: "§1.b.i", text: "Built with Llama"}
                informational:
                  termination:
                    - {trigger: "Breach of the Agreement <b>", clause: "§6", note: "Delete and cease use of the Llama Materials."}
                  trademark: {text: "No licence to Meta's marks except as §1.b.i requires", clause: "§5.a"}
                """)),
            ("mit.yaml", descriptor(
                id: "mit", spdx: "MIT", name: "MIT License", url: "javascript:alert(1)",
                obligations: """
                  - {id: include-license, when: distribution, clause: "Notice condition"}
                """)),
        ].map { (file: "Licenses/\($0.0)", bytes: Array($0.1.utf8)) })
        precondition(catalog.diagnostics.isEmpty, "fixture catalog: \(catalog.diagnostics)")
        return catalog
    }()

    private static func descriptor(id: String, spdx: String, name: String, url: String, obligations: String) -> String {
        """
        schema: 1
        id: \(id)
        spdx: \(spdx)
        name: \(name)
        family: \(id)
        url: "\(url)"
        category: permissive
        osi-approved: false
        verified: 2026-11-23
        sources:
          - {url: "https://example.com/\(id)", confidence: P}
        permissions:
          commercial-use: {value: yes, clause: "§1"}
        obligations:
        \(obligations)
        """
    }

    /// The context the canned outputs are rendered with: fail on fail, one finding baselined, no colour.
    static let context = RenderContext(failOn: .fail, baselined: 1, catalog: catalog, colour: false)
}
