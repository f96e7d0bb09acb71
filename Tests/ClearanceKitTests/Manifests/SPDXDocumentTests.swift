import Testing
@testable import ClearanceKit

@Suite("SPDX 2.3")
struct SPDX2DocumentTests {
    let file = "sbom.spdx.json"

    func document(packages: String, extra: String = "") -> ManifestFixture {
        ManifestFixture("""
            {
              "spdxVersion": "SPDX-2.3",
              "SPDXID": "SPDXRef-DOCUMENT",
              "name": "example",
              "documentNamespace": "https://example.com/spdx/example",
              "packages": [
            \(packages)
              ]\(extra)
            }
            """)
    }

    @Test func concludedIsPreferred() {
        let doc = document(packages: """
                {"SPDXID": "SPDXRef-a", "name": "a", "versionInfo": "1.0",
                 "licenseConcluded": 1️⃣"MIT OR Apache-2.0", "licenseDeclared": "NOASSERTION"}
            """)
        let (components, diagnostics) = SPDX2Document.read(bytes: doc.bytes, file: file)
        #expect(diagnostics.isEmpty)
        #expect(components.map(\.license) == ["MIT OR Apache-2.0"])
        #expect(components[0].revision == "1.0")
        #expect(components[0].kind == .package)
        #expect(components[0].location == doc.location("1️⃣", file: file))
    }

    @Test func noAssertionConcludedFallsBackToDeclared() {
        let doc = document(packages: """
                {"SPDXID": "SPDXRef-junit", "name": "JUnit", "licenseConcluded": "NOASSERTION", "licenseDeclared": 1️⃣"CPL-1.0"}
            """)
        let (components, diagnostics) = SPDX2Document.read(bytes: doc.bytes, file: file)
        #expect(diagnostics.isEmpty)
        #expect(components[0].license == "CPL-1.0")
        #expect(components[0].location == doc.location("1️⃣", file: file))
    }

    @Test func noAssertionEverywhereIsUnknownWithANote() {
        let doc = document(packages: """
                {"SPDXID": "SPDXRef-lang", "name": "Apache Commons Lang", "licenseConcluded": 1️⃣"NOASSERTION", "licenseDeclared": "NOASSERTION"},
                2️⃣{"SPDXID": "SPDXRef-jena", "name": "Jena"}
            """)
        let (components, diagnostics) = SPDX2Document.read(bytes: doc.bytes, file: file)
        #expect(components.map(\.license) == [nil, nil])
        #expect(diagnostics.map(\.id) == ["spdx.noassertion", "spdx.noassertion"])
        #expect(diagnostics.map(\.severity) == [.note, .note])
        #expect(diagnostics[0].location == doc.location("1️⃣", file: file))
        #expect(diagnostics[1].location == doc.location("2️⃣", file: file))
    }

    @Test func noneDeclaresNoLicense() {
        let doc = document(packages: """
                {"SPDXID": "SPDXRef-x", "name": "x", "licenseConcluded": 1️⃣"NONE", "licenseDeclared": "MIT"}
            """)
        let (components, diagnostics) = SPDX2Document.read(bytes: doc.bytes, file: file)
        #expect(components[0].license == nil)
        #expect(diagnostics.map(\.id) == ["spdx.no-license"])
        #expect(diagnostics[0].location == doc.location("1️⃣", file: file))
    }

    @Test func licenseRefsResolveThroughExtractedInfos() {
        let doc = document(
            packages: """
                    {"SPDXID": "SPDXRef-model", "name": "llama-ft", "licenseConcluded": "(LGPL-2.0-only OR LicenseRef-3) AND LicenseRef-llama",
                     "downloadLocation": "https://huggingface.co/acme/llama-ft",
                     "externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:huggingface/acme/llama-ft@abc"}]}
                """,
            extra: """
                ,
                  "hasExtractedLicensingInfos": [
                    {"licenseId": "LicenseRef-3", "extractedText": "...", "name": "CyberNeko License", "seeAlsos": ["http://example.com/neko"]},
                    {"licenseId": "LicenseRef-llama", "extractedText": "...", "name": "Llama 2 Community License Agreement"},
                    {"licenseId": "LicenseRef-gemma", "extractedText": "...", "seeAlsos": ["https://ai.google.dev/gemma/terms"]}
                  ]
                """)
        let (components, diagnostics) = SPDX2Document.read(bytes: doc.bytes, file: file)
        #expect(diagnostics.isEmpty)
        #expect(components[0].license == "(LGPL-2.0-only OR LicenseRef-3) AND llama2")
        #expect(components[0].kind == .model)
    }

    @Test func huggingFaceDatasetsAndLineage() {
        let doc = document(
            packages: """
                    {"SPDXID": "SPDXRef-data", "name": "wikimedia/wikipedia", "downloadLocation": "https://huggingface.co/datasets/wikimedia/wikipedia", "licenseDeclared": "CC-BY-SA-3.0"},
                    {"SPDXID": "SPDXRef-base", "name": "meta-llama/Llama-3.2-1B", "downloadLocation": "https://huggingface.co/meta-llama/Llama-3.2-1B", "licenseDeclared": "LicenseRef-llama3.2"},
                    {"SPDXID": "SPDXRef-ft", "name": "acme/Llama-ft", "downloadLocation": "NOASSERTION", "licenseConcluded": "Apache-2.0"}
                """,
            extra: """
                ,
                  "relationships": [
                    {"spdxElementId": "SPDXRef-ft", "relationshipType": "DESCENDANT_OF", "relatedSpdxElement": "SPDXRef-base"},
                    {"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-ft"}
                  ]
                """)
        let (components, _) = SPDX2Document.read(bytes: doc.bytes, file: file)
        #expect(components.map(\.kind) == [.dataset, .model, .package])
        #expect(components[2].baseModels == ["meta-llama/Llama-3.2-1B"])
        let applied = Lineage.apply(to: components).components
        #expect(applied[2].license == "Apache-2.0 AND LicenseRef-llama3.2")
        #expect(applied[2].findings.map(\.rule).contains(.licenseConflict))
    }

    @Test func spdx3IsNotSPDX2() {
        let (_, diagnostics) = SPDX2Document.read(bytes: Array(#"{"spdxVersion": "SPDX-3.0"}"#.utf8), file: file)
        #expect(diagnostics.map(\.id) == ["spdx.unsupported-version"])
    }

    /// A package that cannot be checked (no name, not an object, a repeated SPDXID) makes the document invalid.
    @Test(arguments: [
        (
            #"{"SPDXID": "SPDXRef-a", "name": "benign", "licenseConcluded": "MIT"}, 1️⃣{"SPDXID": "SPDXRef-b", "licenseConcluded": "CC-BY-NC-4.0"}"#,
            "packages[1] has no 'name'; a package must be named to be checked, so this document is invalid [spdx.missing-name]"
        ),
        (
            #"{"SPDXID": "SPDXRef-b", "name": 1️⃣" ", "licenseConcluded": "CC-BY-NC-4.0"}"#,
            "packages[0] has a blank 'name'; a package must be named to be checked, so this document is invalid [spdx.missing-name]"
        ),
        (
            #"1️⃣"nc-model""#,
            "packages[0] is a string, not a package object, so this document is invalid [spdx.invalid-package]"
        ),
        (
            #"{"SPDXID": "SPDXRef-a", "name": "benign", "licenseConcluded": "MIT"}, {"SPDXID": 1️⃣"SPDXRef-a", "name": "nc-model", "licenseConcluded": "CC-BY-NC-4.0"}"#,
            "packages[1] reuses the SPDXID 'SPDXRef-a' of an earlier package; each package needs its own SPDXID, so this document is invalid [spdx.duplicate-id]"
        ),
    ])
    func uncheckablePackagesAreErrors(packages: String, message: String) {
        let doc = document(packages: packages)
        let (_, diagnostics) = SPDX2Document.read(bytes: doc.bytes, file: file)
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.map { "\($0.message) [\($0.id)]" } == [message])
        #expect(diagnostics.first?.location == doc.location("1️⃣", file: file))
    }

    @Test func aNullPackageIsSkippedWithAWarning() {
        let doc = document(packages: #"1️⃣null, {"SPDXID": "SPDXRef-a", "name": "a", "licenseConcluded": "MIT"}"#)
        let (components, diagnostics) = SPDX2Document.read(bytes: doc.bytes, file: file)
        #expect(components.map(\.name) == ["a"])
        #expect(diagnostics.map(\.description) == ["sbom.spdx.json:7:1: warning: packages[0] is null, not a package; skipped [spdx.invalid-package]"])
        #expect(diagnostics.first?.location == doc.location("1️⃣", file: file))
    }
}

@Suite("SPDX 3.0")
struct SPDX3DocumentTests {
    let file = "aibom.spdx3.json"

    func document(_ graph: String) -> ManifestFixture {
        ManifestFixture("""
            {
              "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
              "@graph": [
            \(graph)
              ]
            }
            """)
    }

    func read(_ doc: ManifestFixture) -> (components: [Component], diagnostics: [Diagnostic]) {
        SPDX3Document.read(bytes: doc.bytes, file: file)
    }

    @Test func aiPackageWithAnUndefinedListedLicenseIRI() {
        let doc = document("""
                {"type": "ai_AIPackage", "spdxId": "https://example.com/word-model", "name": "word-model",
                 "software_packageVersion": "0.0", "software_primaryPurpose": "application"},
                1️⃣{"type": "Relationship", "spdxId": "https://example.com/rel1", "relationshipType": "hasDeclaredLicense",
                 "from": "https://example.com/word-model", "to": ["https://spdx.org/licenses/MIT"]}
            """)
        let (components, diagnostics) = read(doc)
        #expect(diagnostics.isEmpty)
        #expect(components.count == 1)
        #expect(components[0].kind == .model)
        #expect(components[0].name == "word-model")
        #expect(components[0].revision == "0.0")
        #expect(components[0].license == "MIT")
        #expect(components[0].location == doc.location("1️⃣", file: file))
    }

    @Test func concludedWinsAndExpressionsAreRead() {
        let doc = document("""
                {"type": "dataset_DatasetPackage", "spdxId": "urn:d", "name": "Data after preprocessing"},
                {"type": "simplelicensing_LicenseExpression", "spdxId": "urn:expr", "simplelicensing_licenseExpression": "CC0-1.0 OR CC-BY-4.0"},
                {"type": "Relationship", "spdxId": "urn:r1", "relationshipType": "hasDeclaredLicense", "from": "urn:d", "to": ["https://spdx.org/licenses/MIT"]},
                {"type": "Relationship", "spdxId": "urn:r2", "relationshipType": "hasConcludedLicense", "from": "urn:d", "to": ["urn:expr"]}
            """)
        let (components, _) = read(doc)
        #expect(components[0].kind == .dataset)
        #expect(components[0].license == "CC0-1.0 OR CC-BY-4.0")
    }

    @Test func customLicenses() {
        let doc = document("""
                {"type": "dataset_DatasetPackage", "spdxId": "urn:iam", "name": "IAMdataset"},
                {"type": "expandedlicensing_CustomLicense", "spdxId": "https://spdx.org/spdxdocs/CustomLicense-c635",
                 "simplelicensing_licenseText": "This database may be used for non-commercial research purpose only."},
                {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:iam",
                 "to": ["https://spdx.org/spdxdocs/CustomLicense-c635"]},
                {"type": "ai_AIPackage", "spdxId": "urn:m", "name": "m"},
                {"type": "expandedlicensing_CustomLicense", "spdxId": "urn:gemma", "name": "Gemma Terms of Use", "simplelicensing_licenseText": "..."},
                {"type": "Relationship", "spdxId": "urn:r2", "relationshipType": "hasDeclaredLicense", "from": "urn:m", "to": ["urn:gemma"]}
            """)
        let (components, _) = read(doc)
        #expect(components[0].license == "LicenseRef-CustomLicense-c635")
        #expect(Catalog.shipped.descriptor(for: components[0].license!) == nil)
        #expect(components[1].license == "gemma")
    }

    @Test func expandedLicenseSets() {
        let doc = document("""
                {"type": "software_Package", "spdxId": "urn:p", "name": "p", "software_primaryPurpose": "model"},
                {"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "urn:and",
                 "expandedlicensing_member": ["https://spdx.org/licenses/MIT", "urn:or"]},
                {"type": "expandedlicensing_DisjunctiveLicenseSet", "spdxId": "urn:or",
                 "expandedlicensing_member": ["https://spdx.org/licenses/Apache-2.0", "urn:with"]},
                {"type": "expandedlicensing_WithAdditionOperator", "spdxId": "urn:with",
                 "expandedlicensing_subjectExtendableLicense": "urn:later",
                 "expandedlicensing_subjectAddition": "https://spdx.org/licenses/Classpath-exception-2.0"},
                {"type": "expandedlicensing_OrLaterOperator", "spdxId": "urn:later",
                 "expandedlicensing_subjectLicense": "https://spdx.org/licenses/GPL-2.0-only"},
                {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:p", "to": ["urn:and"]}
            """)
        let (components, _) = read(doc)
        #expect(components[0].kind == .model)
        #expect(components[0].license == "MIT AND (Apache-2.0 OR (GPL-2.0-only+ WITH Classpath-exception-2.0))")
    }

    @Test func noAssertionAndNone() {
        let doc = document("""
                {"type": "software_Package", "spdxId": "urn:a", "name": "a"},
                {"type": "software_Package", "spdxId": "urn:b", "name": "b"},
                {"type": "software_Package", "spdxId": "urn:c", "name": "c"},
                {"type": "Relationship", "spdxId": "urn:r1", "relationshipType": "hasConcludedLicense", "from": "urn:a",
                 "to": ["https://spdx.org/rdf/3.0.1/terms/Expanded/NoAssertionLicense"]},
                {"type": "Relationship", "spdxId": "urn:r2", "relationshipType": "hasDeclaredLicense", "from": "urn:a", "to": ["https://spdx.org/licenses/MIT"]},
                {"type": "Relationship", "spdxId": "urn:r3", "relationshipType": "hasConcludedLicense", "from": "urn:b",
                 "to": ["https://spdx.org/rdf/3.0.1/terms/Expanded/NoneLicense"]}
            """)
        let (components, diagnostics) = read(doc)
        #expect(components.map(\.license) == ["MIT", nil, nil])
        #expect(diagnostics.map(\.id) == ["spdx.no-license", "spdx.noassertion"])
    }

    @Test func nonConformantBareStringTarget() {
        let doc = document("""
                {"type": "software_Package", "spdxId": "urn:spdx:Llama", "name": "Llama-3.1-8B-Instruct", "licenseDeclared": "llama3.1"},
                {"type": "ai_AIPackage", "spdxId": "urn:spdx:ai-Llama", "name": "Llama-3.1-8B-Instruct"},
                {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasDeclaredLicense", "from": "urn:spdx:Llama", "to": ["llama3.1"]},
                {"type": "Relationship", "spdxId": "urn:r2", "relationshipType": "trainedOn", "from": "urn:spdx:ai-Llama", "to": ["for"]}
            """)
        let (components, diagnostics) = read(doc)
        // The software package and the AI package describe one model (same name): one component.
        #expect(components.map(\.license) == ["llama3.1"])
        #expect(components.map(\.kind) == [.model])
        #expect(diagnostics.isEmpty)
    }

    @Test func ancestorRelationships() {
        let doc = document("""
                {"type": "ai_AIPackage", "spdxId": "urn:base", "name": "meta-llama/Llama-3.2-1B"},
                {"type": "ai_AIPackage", "spdxId": "urn:ft", "name": "acme/ft"},
                {"type": "ai_AIPackage", "spdxId": "urn:ft2", "name": "acme/ft2"},
                {"type": "Relationship", "spdxId": "urn:r1", "relationshipType": "ancestorOf", "from": "urn:base", "to": ["urn:ft"]},
                {"type": "Relationship", "spdxId": "urn:r2", "relationshipType": "descendantOf", "from": "urn:ft2", "to": ["urn:ft"]}
            """)
        let (components, _) = read(doc)
        #expect(components.map(\.baseModels) == [[], ["meta-llama/Llama-3.2-1B"], ["acme/ft"]])
    }

    /// As one generator writes SPDX 3: the elements inside the document's `element` list, not in `@graph`, and
    /// types and properties without their profile's prefix.
    @Test func elementsInTheDocumentWithUnprefixedNames() {
        let doc = ManifestFixture("""
            {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "type": "SpdxDocument",
             "spdxId": "urn:doc", "element": [
              {"type": "AIPackage", "spdxId": "urn:m", "name": "acme/model", "packageVersion": "abc123"},
              {"type": "Package", "spdxId": "urn:p", "name": "torch", "primaryPurpose": "library"},
              {"type": "LicenseExpression", "spdxId": "urn:l", "licenseExpression": "Apache-2.0 OR MIT"},
              1️⃣{"type": "Relationship", "spdxId": "urn:r", "from": "urn:m", "to": "urn:l",
               "relationshipType": "hasConcludedLicense"}
            ]}
            """)
        let (components, diagnostics) = read(doc)
        #expect(components.map(\.name) == ["acme/model", "torch"])
        #expect(components.map(\.kind) == [.model, .package])
        #expect(components.map(\.license) == ["Apache-2.0 OR MIT", nil])
        #expect(components[0].revision == "abc123")
        #expect(components[0].location == doc.location("1️⃣", file: file))
        #expect(diagnostics.map(\.id) == ["spdx.noassertion"])
    }

    /// One generator describes a model twice: a `software_Package` with the license and an `ai_AIPackage`
    /// without; they are one model, and the AI package's silence is no note.
    @Test func aModelDescribedByASoftwareAndAnAIPackageIsOneModel() {
        let doc = document("""
                {"type": "software_Package", "spdxId": "urn:sw", "name": "Llama-3.1-8B-Instruct",
                 "software_packageVersion": "0e9e39f2",
                 "software_downloadLocation": "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/tree/main"},
                {"type": "ai_AIPackage", "spdxId": "urn:ai", "name": "Llama-3.1-8B-Instruct",
                 "software_downloadLocation": "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/tree/main"},
                {"type": "dataset_DatasetPackage", "spdxId": "urn:d", "name": "Llama-3.1-8B-Instruct"},
                1️⃣{"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasDeclaredLicense",
                 "from": "urn:sw", "to": ["urn:l"]},
                {"type": "simplelicensing_LicenseExpression", "spdxId": "urn:l", "simplelicensing_licenseExpression": "llama3.1"}
            """)
        let (components, diagnostics) = read(doc)
        #expect(components.map(\.name) == ["Llama-3.1-8B-Instruct", "Llama-3.1-8B-Instruct"])
        #expect(components.map(\.kind) == [.model, .dataset])
        #expect(components[0].license == "llama3.1")
        #expect(components[0].revision == "0e9e39f2")
        #expect(components[0].location == doc.location("1️⃣", file: file))
        #expect(diagnostics.map(\.id) == ["spdx.noassertion"])
        #expect(diagnostics.first?.message == "the document asserts no license for 'Llama-3.1-8B-Instruct'; it stays unknown")
    }

    /// Twins that declare different licenses: both apply.
    @Test func twinsUnderDifferentLicensesKeepBoth() {
        let doc = document("""
                {"type": "software_Package", "spdxId": "urn:sw", "name": "m"},
                {"type": "ai_AIPackage", "spdxId": "urn:ai", "name": "M"},
                {"type": "Relationship", "spdxId": "urn:r1", "relationshipType": "hasDeclaredLicense", "from": "urn:sw", "to": ["https://spdx.org/licenses/MIT"]},
                {"type": "Relationship", "spdxId": "urn:r2", "relationshipType": "hasDeclaredLicense", "from": "urn:ai", "to": ["https://spdx.org/licenses/CC-BY-NC-4.0"]}
            """)
        let (components, _) = read(doc)
        #expect(components.map(\.name) == ["M"])
        #expect(components[0].license == "CC-BY-NC-4.0 AND MIT")
    }

    /// A license given as its text is read by its title; a text whose title the catalog does not know asserts
    /// nothing, so the declared license is read instead.
    @Test(arguments: [
        ("**LLAMA 3.3 COMMUNITY LICENSE AGREEMENT**\\n\\n Llama 3.3 Version Release Date: December 6, 2024\\n…", "llama3.3"),
        // "Apache License" names no version: the text asserts nothing Clearance can read, so the declared
        // license is read.
        ("\\n# Apache License\\nVersion 2.0, January 2004", "CC-BY-4.0"),
        ("Some licence we wrote ourselves\\n…", "CC-BY-4.0"),
    ])
    func licenseTextsAreReadByTitle(text: String, expected: String) {
        let doc = document("""
                {"type": "AIPackage", "spdxId": "urn:m", "name": "meta-llama/Llama-3.3-70B-Instruct"},
                {"type": "SimpleLicensingText", "spdxId": "urn:text", "licenseText": "\(text)"},
                {"type": "Relationship", "spdxId": "urn:r1", "relationshipType": "hasConcludedLicense", "from": "urn:m", "to": "urn:text"},
                {"type": "Relationship", "spdxId": "urn:r2", "relationshipType": "hasDeclaredLicense", "from": "urn:m", "to": "https://spdx.org/licenses/CC-BY-4.0"}
            """)
        let (components, _) = read(doc)
        #expect(components.map(\.license) == [expected])
    }

    /// Libraries a model depends on, listed with no license data, are named in a note and not checked; a
    /// dependency with a license, or a package no model depends on, still is.
    @Test func dependenciesWithoutLicenseDataAreNotComponents() {
        let doc = document("""
                {"type": "AIPackage", "spdxId": "urn:m", "name": "Qwen/Qwen-Image"},
                1️⃣{"type": "Package", "spdxId": "urn:torch", "name": "torch", "packageUrl": "pkg:pypi/torch"},
                {"type": "Package", "spdxId": "urn:numpy", "name": "numpy"},
                {"type": "Package", "spdxId": "urn:tool", "name": "tool"},
                {"type": "Relationship", "spdxId": "urn:r0", "relationshipType": "hasConcludedLicense", "from": "urn:m", "to": "https://spdx.org/licenses/Apache-2.0"},
                {"type": "Relationship", "spdxId": "urn:r1", "relationshipType": "dependsOn", "from": "urn:m", "to": "urn:torch"},
                {"type": "Relationship", "spdxId": "urn:r2", "relationshipType": "dependsOn", "from": "urn:m", "to": "urn:numpy"},
                {"type": "Relationship", "spdxId": "urn:r3", "relationshipType": "hasDeclaredLicense", "from": "urn:numpy", "to": "https://spdx.org/licenses/BSD-3-Clause"}
            """)
        let (components, diagnostics) = read(doc)
        #expect(components.map(\.name) == ["Qwen/Qwen-Image", "numpy", "tool"])
        #expect(components.map(\.license) == ["Apache-2.0", "BSD-3-Clause", nil])
        #expect(diagnostics.map(\.id) == ["spdx.dependency-without-license", "spdx.noassertion"])
        #expect(
            diagnostics.first?.message
                == "'torch' is listed only as a software dependency of a model, with no license relationship; it is not checked (declare its license to check it)"
        )
        #expect(diagnostics.first?.location == doc.location("1️⃣", file: file))
    }

    @Test func missingGraphIsAnError() {
        let (_, diagnostics) = read(ManifestFixture(#"{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"}"#))
        #expect(diagnostics.map(\.id) == ["spdx.missing-graph"])
        #expect(
            diagnostics.map(\.message) == [
                "the document has no '@graph' array of elements (nor an 'element' list of them)"
            ])
    }

    static let noAssertion = "https://spdx.org/rdf/3.0.1/terms/Expanded/NoAssertionLicense"
    static let none = "https://spdx.org/rdf/3.0.1/terms/Expanded/NoneLicense"

    /// A member that asserts nothing (or no license) stays in its set, and among a package's targets.
    @Test(arguments: [
        (#"{"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "urn:set", "expandedlicensing_member": ["https://spdx.org/licenses/MIT", "\#(noAssertion)"]}"#, "urn:set", "MIT AND LicenseRef-NOASSERTION"),
        (#"{"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "urn:set", "expandedlicensing_member": ["\#(noAssertion)", "https://spdx.org/licenses/MIT"]}"#, "urn:set", "LicenseRef-NOASSERTION AND MIT"),
        (#"{"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "urn:set", "expandedlicensing_member": ["https://spdx.org/licenses/MIT", "\#(none)"]}"#, "urn:set", "MIT AND LicenseRef-NOASSERTION"),
        (#"{"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "urn:set", "expandedlicensing_member": ["https://spdx.org/licenses/MIT", "urn:empty"]}, {"type": "simplelicensing_LicenseExpression", "spdxId": "urn:empty", "simplelicensing_licenseExpression": " "}"#, "urn:set", "MIT AND LicenseRef-NOASSERTION"),
        (#"{"type": "expandedlicensing_DisjunctiveLicenseSet", "spdxId": "urn:set", "expandedlicensing_member": ["https://spdx.org/licenses/MIT", "\#(noAssertion)"]}"#, "urn:set", "MIT OR LicenseRef-NOASSERTION"),
        (#"{"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "urn:set", "expandedlicensing_member": ["https://spdx.org/licenses/MIT", "urn:inner"]}, {"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "urn:inner", "expandedlicensing_member": ["\#(noAssertion)", "https://spdx.org/licenses/Apache-2.0"]}"#, "urn:set", "MIT AND (LicenseRef-NOASSERTION AND Apache-2.0)"),
        (#"{"type": "Annotation", "spdxId": "urn:unused"}"#, #"https://spdx.org/licenses/MIT", "\#(noAssertion)"#, "MIT AND LicenseRef-NOASSERTION"),
    ])
    func unassertedMembersStay(elements: String, targets: String, expected: String) {
        let doc = document("""
                {"type": "ai_AIPackage", "spdxId": "urn:m", "name": "m"},
                \(elements),
                {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:m", "to": ["\(targets)"]}
            """)
        let (components, diagnostics) = read(doc)
        #expect(diagnostics.isEmpty)
        #expect(components.first?.license == expected)
    }

    /// An addition reaches the evaluator as a WITH term: a listed exception by its id, anything else as an
    /// `AdditionRef-` (which the evaluator holds to be an unknown term), never under a listed exception's name.
    @Test(arguments: [
        (#"{"type": "expandedlicensing_CustomLicenseAddition", "spdxId": "urn:add", "name": "Commons Clause"}"#, "urn:add", "Apache-2.0 WITH AdditionRef-Commons-Clause"),
        (#"{"type": "expandedlicensing_CustomLicenseAddition", "spdxId": "https://spdx.org/licenses/Classpath-exception-2.0"}"#, "https://spdx.org/licenses/Classpath-exception-2.0", "Apache-2.0 WITH AdditionRef-Classpath-exception-2.0"),
        (#"{"type": "expandedlicensing_CustomLicenseAddition", "spdxId": "urn:acme:AdditionRef-no-ai"}"#, "urn:acme:AdditionRef-no-ai", "Apache-2.0 WITH AdditionRef-no-ai"),
        (#"{"type": "expandedlicensing_ListedLicenseException", "spdxId": "https://spdx.org/licenses/LLVM-exception"}"#, "https://spdx.org/licenses/LLVM-exception", "Apache-2.0 WITH LLVM-exception"),
        (#"{"type": "Annotation", "spdxId": "urn:unused"}"#, "https://spdx.org/licenses/LLVM-exception", "Apache-2.0 WITH LLVM-exception"),
        (#"{"type": "Annotation", "spdxId": "urn:unused"}"#, "urn:acme:commons-clause", "Apache-2.0 WITH AdditionRef-commons-clause"),
        (#"{"type": "Annotation", "spdxId": "urn:unused"}"#, "https://example.com/AdditionRef-x", "Apache-2.0 WITH AdditionRef-x"),
    ])
    func additionsAreWithTerms(element: String, addition: String, expected: String) {
        let doc = document("""
                {"type": "ai_AIPackage", "spdxId": "urn:m", "name": "m"},
                \(element),
                {"type": "expandedlicensing_WithAdditionOperator", "spdxId": "urn:with",
                 "expandedlicensing_subjectExtendableLicense": "https://spdx.org/licenses/Apache-2.0",
                 "expandedlicensing_subjectAddition": "\(addition)"},
                {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:m", "to": ["urn:with"]}
            """)
        let (components, diagnostics) = read(doc)
        #expect(diagnostics.isEmpty)
        #expect(components.first?.license == expected)
    }

    @Test func anAdditionlessWithIsAnUnnamedAddition() {
        let doc = document("""
                {"type": "ai_AIPackage", "spdxId": "urn:m", "name": "m"},
                {"type": "expandedlicensing_WithAdditionOperator", "spdxId": "urn:with",
                 "expandedlicensing_subjectExtendableLicense": "https://spdx.org/licenses/Apache-2.0"},
                {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:m", "to": ["urn:with"]}
            """)
        #expect(read(doc).components.first?.license == "Apache-2.0 WITH AdditionRef-unnamed")
    }

    /// A package without a name, or a package or license id used twice, makes the document invalid.
    @Test(arguments: [
        (
            #"1️⃣{"type": "ai_AIPackage", "spdxId": "urn:nc"}"#,
            "the ai_AIPackage 'urn:nc' has no 'name'; a package must be named to be checked, so this document is invalid [spdx.missing-name]"
        ),
        (
            #"{"type": "dataset_DatasetPackage", "spdxId": "urn:nc", "name": 1️⃣""}"#,
            "the dataset_DatasetPackage 'urn:nc' has a blank 'name'; a package must be named to be checked, so this document is invalid [spdx.missing-name]"
        ),
        (
            #"{"type": "ai_AIPackage", "spdxId": "urn:m", "name": "m"}, {"type": "expandedlicensing_CustomLicense", "spdxId": "urn:m", "name": "NC"}"#,
            nil
        ),
    ] as [(String, String?)])
    func uncheckablePackagesAreErrors(graph: String, message: String?) {
        let doc = document(graph)
        let diagnostics = read(doc).diagnostics.filter { $0.severity == .error }
        if let message {
            #expect(diagnostics.map { "\($0.message) [\($0.id)]" } == [message])
            #expect(diagnostics.first?.location == doc.location("1️⃣", file: file))
        } else {
            #expect(diagnostics.map(\.id) == ["spdx.duplicate-id"])
        }
    }

    @Test func aLicenseIdUsedTwiceIsAnErrorAtTheSecond() {
        let doc = document("""
                {"type": "ai_AIPackage", "spdxId": "urn:m", "name": "m"},
                {"type": "expandedlicensing_ListedLicense", "spdxId": 1️⃣"urn:lic", "name": "MIT"},
                {"type": "expandedlicensing_CustomLicense", "spdxId": 2️⃣"urn:lic", "name": "Acme Non-Commercial"},
                {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:m", "to": ["urn:lic"]},
                {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasDeclaredLicense", "from": "urn:m", "to": ["urn:lic"]}
            """)
        let (_, diagnostics) = read(doc)
        // A relationship id used twice is not (real documents repeat them); a license's is.
        #expect(diagnostics.map(\.message) == [
            "the expandedlicensing_CustomLicense 'urn:lic' reuses the id of an earlier element; each element needs its own spdxId, so this document is invalid"
        ])
        #expect(diagnostics.first?.location == doc.location("2️⃣", file: file))
        #expect(diagnostics.first?.notes.map(\.message) == ["the id 'urn:lic' is first used here"])
    }
}
