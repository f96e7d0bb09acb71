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

    @Test func repeatedBomRefIsReadOnce() {
        let (components, _) = read(ManifestFixture("""
            {"bomFormat": "CycloneDX", "specVersion": "1.6",
             "metadata": {"component": {"bom-ref": "m", "type": "machine-learning-model", "name": "m"}},
             "components": [{"bom-ref": "m", "type": "machine-learning-model", "name": "m"}]}
            """))
        #expect(components.count == 1)
    }
}
