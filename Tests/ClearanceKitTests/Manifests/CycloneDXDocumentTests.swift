import Testing
@testable import ClearanceKit

@Suite("CycloneDX")
struct CycloneDXDocumentTests {
    let file = "ml/bom.cdx.json"

    func read(_ fixture: ManifestFixture) -> (components: [Component], diagnostics: [Diagnostic]) {
        CycloneDXDocument.read(bytes: fixture.bytes, file: file)
    }

    @Test func mlBOMWithHubLicenseName() {
        let bom = ManifestFixture("""
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.6",
              "metadata": {"component": {"type": "application", "name": "aibom-job"}},
              "components": [
                {
                  "bom-ref": "pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct@0e9e39f2",
                  "type": "machine-learning-model",
                  "group": "meta-llama",
                  "name": "Llama-3.1-8B-Instruct",
                  "version": "0e9e39f2",
                  "licenses": [{"license": {"name": 1️⃣"llama3.1"}}]
                }
              ]
            }
            """)
        let (components, diagnostics) = read(bom)
        #expect(diagnostics.isEmpty)
        #expect(components.count == 1)
        let model = components[0]
        #expect(model.name == "meta-llama/Llama-3.1-8B-Instruct")
        #expect(model.kind == .model)
        #expect(model.revision == "0e9e39f2")
        #expect(model.license == "llama3.1")
        #expect(model.location == bom.location("1️⃣", file: file))
        #expect(Catalog.shipped.descriptor(for: model.license!)?.id == "llama3.1")
    }

    @Test func modelOnlyInMetadataComponent() {
        let bom = ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.6",
             "metadata": {"component": 1️⃣{
               "type": "machine-learning-model", "name": "meta-llama/Llama-3.1-8B-Instruct",
               "modelCard": {"properties": [{"name": "library_name", "value": "transformers"},
                                            {"name": "base_model", "value": "meta-llama/Meta-Llama-3.1-8B"}]},
               "licenses": [{"license": {"name": "llama3.1"}}]}}}
            """)
        let (components, diagnostics) = read(bom)
        #expect(diagnostics.isEmpty)
        #expect(components.map(\.name) == ["meta-llama/Llama-3.1-8B-Instruct"])
        #expect(components[0].baseModels == ["meta-llama/Meta-Llama-3.1-8B"])
        let applied = Lineage.apply(to: components).components
        #expect(applied[0].license == "llama3.1")
        _ = bom.location("1️⃣", file: file)
    }

    @Test func nullInComponentsIsSkippedWithAWarning() {
        let bom = ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
              {"type": "data", "name": "sentence-transformers/embedding-data"},
              1️⃣null,
              {"type": "library", "name": "torch", "licenses": [{"license": {"id": "BSD-3-Clause"}}]}
            ]}
            """)
        let (components, diagnostics) = read(bom)
        #expect(components.map(\.name) == ["sentence-transformers/embedding-data", "torch"])
        #expect(components.map(\.kind) == [.dataset, .package])
        #expect(components[0].license == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].id == "cyclonedx.invalid-component")
        #expect(diagnostics[0].severity == .warning)
        #expect(diagnostics[0].message == "components[1] is null, not a component; skipped")
        #expect(diagnostics[0].location == bom.location("1️⃣", file: file))
    }

    @Test func nestedComponents() {
        let (components, _) = read(ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
              {"type": "application", "name": "app", "licenses": [{"expression": "MIT"}], "components": [
                {"type": "machine-learning-model", "name": "inner", "licenses": [{"expression": "Apache-2.0"}],
                 "components": [{"type": "data", "name": "deepest"}]}]}]}
            """))
        #expect(components.map(\.name) == ["app", "inner", "deepest"])
        #expect(components.map(\.kind) == [.package, .model, .dataset])
    }

    @Test func trailingCommaIsAnErrorAtItsPosition() {
        let bom = ManifestFixture("""
            {
              "bomFormat": "CycloneDX",
              "metadata": {
                "timestamp": "2024-01-01T00:00:00Z"1️⃣,
              },
              "components": []
            }
            """)
        let (components, diagnostics) = read(bom)
        #expect(components.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].id == "json.trailing-comma")
        #expect(diagnostics[0].severity == .error)
        #expect(diagnostics[0].location == bom.location("1️⃣", file: file))
        #expect(diagnostics[0].description == "ml/bom.cdx.json:4:40: error: trailing comma before '}': JSON allows no comma after the last member [json.trailing-comma]")
    }

    @Test(arguments: [
        (#"[{"license": {"id": "apache-2.0"}}]"#, "apache-2.0"),
        (#"[{"license": {"id": "Apache-2.0", "name": "Apache License 2.0"}}]"#, "Apache-2.0"),
        (#"[{"license": {"id": "CC-BY-SA-3.0"}}, {"license": {"id": "GFDL-1.3"}}]"#, "CC-BY-SA-3.0 AND GFDL-1.3"),
        (#"[{"expression": "EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0"}]"#, "EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0"),
        (#"[{"license": {"name": "Llama 3.1 Community License"}}]"#, "llama3.1"),
        (#"[{"license": {"name": "Acme Model License v2"}}]"#, "LicenseRef-Acme-Model-License-v2"),
        (#"[{"license": {"name": "openrail++"}}]"#, "LicenseRef-openrail-plusplus"),
        (#"[{"expression": "LicenseRef-AcmeCommercialLicense", "licensing": {"licensor": {}}}]"#, "LicenseRef-AcmeCommercialLicense"),
        (#"[{"expression": "MIT OR Apache-2.0"}, {"license": {"id": "BSD-3-Clause"}}]"#, "(MIT OR Apache-2.0) AND BSD-3-Clause"),
    ])
    func licenseForms(licenses: String, expected: String) {
        let (components, diagnostics) = read(ManifestFixture(
            #"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library", "name": "x", "licenses": "#
                + licenses + "}]}"))
        #expect(diagnostics.isEmpty)
        #expect(components.first?.license == expected)
    }

    @Test func concludedWinsOverDeclared() {
        let bom = ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.7", "components": [{"type": "library", "name": "mixed",
              "licenses": [
                {"license": {"id": "GPL-3.0-only", "acknowledgement": "declared"}},
                {"license": {"id": "MIT", "acknowledgement": "declared"}},
                {"expression": 1️⃣"GPL-3.0-only AND MIT", "acknowledgement": "concluded"},
                {"expression": "Apache-2.0", "acknowledgement": "declared"}
              ]}]}
            """)
        let (components, diagnostics) = read(bom)
        #expect(diagnostics.isEmpty)
        #expect(components[0].license == "GPL-3.0-only AND MIT")
        #expect(components[0].location == bom.location("1️⃣", file: file))
    }

    @Test func declaredOnlyEntriesAreAllKept() {
        let (components, _) = read(ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.7", "components": [{"type": "library", "name": "d",
              "licenses": [{"license": {"id": "MIT", "acknowledgement": "declared"}},
                           {"expression": "Apache-2.0", "acknowledgement": "declared"}]}]}
            """))
        #expect(components[0].license == "MIT AND Apache-2.0")
    }

    @Test func licenseWithoutIdOrNameIsUnknown() {
        let bom = ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library", "name": "x",
              "licenses": [{"license": 1️⃣{}}]}]}
            """)
        let (components, diagnostics) = read(bom)
        #expect(components[0].license == "LicenseRef-unnamed")
        #expect(diagnostics.map(\.id) == ["cyclonedx.license-without-id"])
        #expect(diagnostics[0].location == bom.location("1️⃣", file: file))
    }

    @Test func nullOrMissingLicensesDeclareNone() {
        let bom = ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
              1️⃣{"type": "machine-learning-model", "name": "gpt-4o", "licenses": null},
              {"type": "machine-learning-model", "name": "other"}]}
            """)
        let (components, diagnostics) = read(bom)
        #expect(diagnostics.isEmpty)
        #expect(components.map(\.license) == [nil, nil])
        #expect(components[0].location == bom.location("1️⃣", file: file))
    }

    @Test func lineageFromTagsAndPedigree() {
        let (components, _) = read(ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
              {"type": "machine-learning-model", "name": "Kijai/WanVideo_comfy",
               "tags": ["base_model:finetune:Wan-AI/Wan2.1-VACE-1.3B"]},
              {"type": "machine-learning-model", "name": "comma-joined",
               "modelCard": {"properties": [{"name": "base_model", "value": "a/b, c/d"}]}},
              {"type": "machine-learning-model", "name": "pedigree",
               "pedigree": {"ancestors": [{"type": "machine-learning-model", "group": "meta-llama", "name": "Llama-3.2-1B"}]}}
            ]}
            """))
        #expect(components[0].baseModels == ["Wan-AI/Wan2.1-VACE-1.3B"])
        #expect(components[0].baseModelRelation == "finetune")
        #expect(components[1].baseModels == ["a/b", "c/d"])
        #expect(components[2].baseModels == ["meta-llama/Llama-3.2-1B"])
    }

    @Test func columnsCountCharactersNotBytes() {
        let bom = ManifestFixture(#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"name": "🦙é", "licenses": [{"license": {"id": 1️⃣"MIT"}}]}]}"#)
        let (components, _) = read(bom)
        #expect(components[0].location == bom.location("1️⃣", file: file))
    }

    @Test func newerVersionIsAnError() {
        let (components, diagnostics) = read(ManifestFixture(#"{"bomFormat": "CycloneDX", "specVersion": "1.8", "components": [{"name": "x"}]}"#))
        #expect(components.isEmpty)
        #expect(diagnostics.map(\.id) == ["cyclonedx.unsupported-version"])
    }

    @Test func notABOM() {
        let (_, diagnostics) = read(ManifestFixture(#"{"bomFormat": "SPDX"}"#))
        #expect(diagnostics.map(\.id) == ["cyclonedx.not-a-bom"])
    }

    @Test func aBomRefSharedWithMetadataComponentIsAnError() {
        // Was read once, silently dropping the second component; a BOM's bom-refs must be unique.
        let bom = ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.6",
             "metadata": {"component": {"bom-ref": 1️⃣"m", "type": "machine-learning-model", "name": "m"}},
             "components": [{"bom-ref": 2️⃣"m", "type": "machine-learning-model", "name": "m"}]}
            """)
        let (components, diagnostics) = read(bom)
        #expect(components.count == 1)
        #expect(diagnostics.map(\.description) == [
            "ml/bom.cdx.json:3:29: error: components[0] uses the bom-ref 'm' of an earlier component; each component needs its own bom-ref, so this BOM is invalid [cyclonedx.duplicate-ref]"
        ])
        #expect(diagnostics.first?.location == bom.location("2️⃣", file: file))
        #expect(diagnostics.first?.notes == [Diagnostic.Note("the bom-ref 'm' is first used here", at: bom.location("1️⃣", file: file))])
    }

    /// An entry that asserts nothing readable stays in the AND as an unknown leaf, with a warning at it.
    @Test(arguments: [
        (#"[{"license": {"id": "MIT"}}, {"expression": 1️⃣""}]"#, "MIT AND LicenseRef-NOASSERTION", "a license entry of components[0] has a blank 'expression'; read as an unknown license"),
        (#"[{"license": {"id": "MIT"}}, {"expression": 1️⃣"  "}]"#, "MIT AND LicenseRef-NOASSERTION", "a license entry of components[0] has a blank 'expression'; read as an unknown license"),
        (#"[{"license": {"id": "MIT"}}, {"expression": 1️⃣null}]"#, "MIT AND LicenseRef-NOASSERTION", "a license entry of components[0] has an 'expression' that is null; read as an unknown license"),
        (#"[{"license": {"id": "MIT"}}, {"expression": 1️⃣7}]"#, "MIT AND LicenseRef-NOASSERTION", "a license entry of components[0] has an 'expression' that is a number; read as an unknown license"),
        (#"[{"license": {"id": "MIT"}}, 1️⃣{"acknowledgement": "declared"}]"#, "MIT AND LicenseRef-NOASSERTION", "a license entry of components[0] has neither 'license' nor 'expression'; read as an unknown license"),
        (#"[{"license": {"id": "MIT"}}, {"license": 1️⃣"CC-BY-NC-4.0"}]"#, "MIT AND LicenseRef-NOASSERTION", "a license entry of components[0] has a 'license' that is a string; read as an unknown license"),
        (#"[{"license": {"id": "MIT"}}, 1️⃣null]"#, "MIT AND LicenseRef-NOASSERTION", "a license entry of components[0] is null, not an object; read as an unknown license"),
        (#"[{"license": {"id": "MIT"}}, 1️⃣"CC-BY-NC-4.0"]"#, "MIT AND LicenseRef-NOASSERTION", "a license entry of components[0] is a string, not an object; read as an unknown license"),
    ])
    func unreadableLicenseEntriesStayUnknown(licenses: String, expected: String, warning: String) {
        let bom = ManifestFixture(
            #"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library", "name": "x", "licenses": "#
                + licenses + "}]}")
        let (components, diagnostics) = read(bom)
        #expect(components.map(\.license) == [expected])
        #expect(diagnostics.map(\.id) == ["cyclonedx.invalid-license"])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message == warning)
        #expect(diagnostics.first?.location == bom.location("1️⃣", file: file))
    }

    /// Problems that would drop a component or a license silently make the BOM invalid: an error at the value.
    @Test(arguments: [
        (
            #"[{"type": "library", "name": "m", "licenses": [{"license": {"id": "MIT"}, "expression": 1️⃣"CC-BY-NC-4.0"}]}]"#,
            "ml/bom.cdx.json:1:152: error: a license entry of components[0] has both 'license' and 'expression'; an entry holds one of them, so this BOM is invalid (write two entries, or one expression) [cyclonedx.license-and-expression]"
        ),
        (
            #"[{"type": "library", "name": "ok"}, 1️⃣{"type": "machine-learning-model", "licenses": [{"license": {"id": "CC-BY-NC-4.0"}}]}]"#,
            "ml/bom.cdx.json:1:100: error: components[1] has no 'name'; a component must be named to be checked, so this BOM is invalid [cyclonedx.missing-name]"
        ),
        (
            #"[{"type": "machine-learning-model", "name": 1️⃣"  ", "licenses": [{"license": {"id": "CC-BY-NC-4.0"}}]}]"#,
            "ml/bom.cdx.json:1:108: error: components[0] has a blank or non-string 'name'; a component must be named to be checked, so this BOM is invalid [cyclonedx.missing-name]"
        ),
        (
            #"[{"type": "library", "name": "app", "components": [{"type": "data", "name": 1️⃣null}]}]"#,
            "ml/bom.cdx.json:1:140: error: components[0].components[0] has a blank or non-string 'name'; a component must be named to be checked, so this BOM is invalid [cyclonedx.missing-name]"
        ),
        (
            #"[1️⃣"meta-llama/Llama-3.1-8B"]"#,
            "ml/bom.cdx.json:1:65: error: components[0] is a string, not a component object, so this BOM is invalid [cyclonedx.invalid-component]"
        ),
    ])
    func invalidComponentsAreErrors(components: String, expected: String) {
        let bom = ManifestFixture(#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": "# + components + "}")
        let (_, diagnostics) = read(bom)
        #expect(diagnostics.map(\.description) == [expected])
        #expect(diagnostics.first?.location == bom.location("1️⃣", file: file))
    }

    @Test func componentsThatIsNotAnArrayIsAnError() {
        let bom = ManifestFixture(#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": 1️⃣{"name": "nc", "licenses": [{"license": {"id": "CC-BY-NC-4.0"}}]}}"#)
        let (components, diagnostics) = read(bom)
        #expect(components.isEmpty)
        #expect(diagnostics.map(\.id) == ["cyclonedx.type-mismatch"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location == bom.location("1️⃣", file: file))
    }

    /// A bom-ref used twice is an error wherever the second use is: a sibling, a nested component, or a
    /// component sharing the ref of a `metadata.component` that is not itself checked.
    @Test(arguments: [
        (
            #"{"components": [{"bom-ref": 1️⃣"r", "name": "benign", "licenses": [{"license": {"id": "MIT"}}]}, {"bom-ref": 2️⃣"r", "name": "nc-model", "licenses": [{"license": {"id": "CC-BY-NC-4.0"}}]}]}"#,
            "components[1]"
        ),
        (
            #"{"components": [{"bom-ref": 1️⃣"r", "name": "app", "components": [{"bom-ref": 2️⃣"r", "name": "nc-model"}]}]}"#,
            "components[0].components[0]"
        ),
        (
            #"{"metadata": {"component": {"type": "application", "bom-ref": 1️⃣"r", "name": "app"}}, "components": [{"bom-ref": 2️⃣"r", "name": "nc-model"}]}"#,
            "components[0]"
        ),
    ])
    func repeatedBomRefsAreErrors(body: String, path: String) {
        let bom = ManifestFixture(#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "# + body.dropFirst())
        let (_, diagnostics) = read(bom)
        #expect(diagnostics.map(\.id) == ["cyclonedx.duplicate-ref"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message == "\(path) uses the bom-ref 'r' of an earlier component; each component needs its own bom-ref, so this BOM is invalid")
        #expect(diagnostics.first?.location == bom.location("2️⃣", file: file))
        #expect(diagnostics.first?.notes == [Diagnostic.Note("the bom-ref 'r' is first used here", at: bom.location("1️⃣", file: file))])
    }
}
