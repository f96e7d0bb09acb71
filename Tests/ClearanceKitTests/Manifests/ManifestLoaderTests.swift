import Foundation
import Testing
@testable import ClearanceKit

@Suite("Manifest loader")
struct ManifestLoaderTests {
    static let cdx = """
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
          {"type": "machine-learning-model", "name": "meta-llama/Llama-3.1-8B-Instruct", "licenses": [{"license": {"name": "llama3.1"}}]}]}
        """
    static let spdx = """
        {"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "packages": [
          {"SPDXID": "SPDXRef-p", "name": "numpy", "licenseConcluded": "BSD-3-Clause"}]}
        """
    static let spdx3 = """
        {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
          {"type": "dataset_DatasetPackage", "spdxId": "urn:d", "name": "co2-data"},
          {"type": "Relationship", "spdxId": "urn:r", "relationshipType": "hasConcludedLicense", "from": "urn:d", "to": ["https://spdx.org/licenses/CC-BY-4.0"]}]}
        """
    static let manifest = """
        schema: 1
        models:
          - name: acme/in-house
            license: apache-2.0
        """

    /// A long manifest is decoded on all cores: components and diagnostics must come out in source order.
    @Test func longManifestKeepsSourceOrder() {
        var yaml = "schema: 1\nmodels:\n"
        for i in 0..<100 {
            yaml += i % 40 == 7 ? "  - {name: org/m\(i), licence: MIT}\n" : "  - {name: org/m\(i), license: MIT}\n"
        }
        let (components, diagnostics) = ProjectManifest.read(bytes: Array(yaml.utf8), file: "clearance.yaml")
        #expect(components.map(\.name) == (0..<100).map { "org/m\($0)" })
        #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" } == [
            "10:20 unknown key 'licence'; did you mean 'license'?",
            "50:21 unknown key 'licence'; did you mean 'license'?",
            "90:21 unknown key 'licence'; did you mean 'license'?",
        ])
    }

    @Test func directoryOfEveryFormat() {
        let tree = TemporaryTree()
        tree.write("project/clearance.yaml", Self.manifest)
        tree.write("project/models/support-bot/README.md", "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B-Instruct\ndatasets:\n- acme/tickets\n---\n# Support bot\n")
        tree.write("project/sbom/model.cdx.json", Self.cdx)
        tree.write("project/sbom/deps.spdx.json", Self.spdx)
        tree.write("project/sbom/data.spdx3.json", Self.spdx3)
        tree.write("project/vendor/bom.json", Self.cdx.replacingOccurrences(of: "meta-llama/Llama-3.1-8B-Instruct", with: "vendor/model"))
        tree.write("project/notes.txt", "not a manifest")
        tree.write("project/data.json", "{ this is not read: it matches no name pattern }")
        tree.write("project/.git/README.md", "---\nlicense: mit\n---\n")
        tree.write("project/.build-release/README.md", "---\nlicense: mit\n---\n")
        tree.write("project/README.md", "# The project\n\nDocumentation, no front matter.\n")

        let (components, diagnostics) = ManifestLoader.load(paths: [tree.path("project")])
        #expect(!diagnostics.hasErrors)
        #expect(components.map(\.name) == [
            "acme/in-house", "support-bot", "co2-data", "numpy", "meta-llama/Llama-3.1-8B-Instruct", "vendor/model",
        ])
        let bot = components.first { $0.name == "support-bot" }!
        // The base is in the same run (the CycloneDX file), so its declared license is used.
        #expect(bot.license == "apache-2.0 AND llama3.1")
        #expect(bot.findings.map(\.rule) == [.baseModel, .licenseConflict])
        #expect(bot.findings[0].message.hasSuffix("as declared for 'meta-llama/Llama-3.1-8B-Instruct' in this run"))
        #expect(bot.findings[0].policy?.file == tree.path("project/sbom/model.cdx.json"))
        #expect(diagnostics.map(\.id).sorted() == ["card.dataset-unchecked", "card.no-front-matter"])
        #expect(diagnostics.allSatisfy { $0.severity == .note })
    }

    /// Many repositories side by side are walked on all cores; the result is the one a sequential walk gives.
    @Test func wideTreeIsWalkedCompletelyInPathOrder() {
        let tree = TemporaryTree()
        for i in 0..<60 {
            tree.write("models/org-\(i % 7)/m\(i)/README.md", "---\nlicense: mit\n---\n")
            tree.write("models/org-\(i % 7)/m\(i)/config.json", "{}")
        }
        tree.write("models/org-3/m3/notes/README.md", "# Notes, no front matter\n")
        let concurrent = ManifestLoader.read(paths: [tree.path("models")])
        let sequential = ManifestLoader.read(paths: [tree.path("models")], concurrently: false)
        #expect(concurrent.components.count == 60)
        #expect(concurrent.components.map(\.location?.file) == sequential.components.map(\.location?.file))
        let files = concurrent.components.map { $0.location?.file ?? "" }
        #expect(files == files.sorted())
        #expect(concurrent.diagnostics.map(\.id) == ["card.no-front-matter"])
    }

    @Test func readmeWithoutFrontMatterBesideWeightsIsACard() {
        let tree = TemporaryTree()
        tree.write("repo/README.md", "# Model card\n\nNo metadata.\n")
        tree.write("repo/adapter_config.json", "{}")
        let (components, diagnostics) = ManifestLoader.load(paths: [tree.path("repo")])
        #expect(diagnostics.isEmpty)
        #expect(components.map(\.name) == ["repo"])
        #expect(components[0].license == nil)
    }

    @Test func namedFilesAreDetectedByContent() {
        let tree = TemporaryTree()
        let bom = tree.write("anything.json", Self.cdx)
        let card = tree.write("peft-adapter.md", "---\nlibrary_name: peft\nbase_model: meta-llama/Llama-2-7b-hf\n---\n")
        let bare = tree.write("notes.md", "# no front matter\n")
        let yaml = tree.write("deps.yml", Self.manifest)
        let (components, diagnostics) = ManifestLoader.load(paths: [yaml, card, bom, bare])
        #expect(diagnostics.isEmpty)
        #expect(components.map(\.name) == ["meta-llama/Llama-3.1-8B-Instruct", "acme/in-house", "notes", "peft-adapter"])
        #expect(components.map(\.license) == ["llama3.1", "apache-2.0", nil, "llama2"])
    }

    @Test func unknownFormatsAndMissingFilesAreErrors() {
        let tree = TemporaryTree()
        let text = tree.write("notes.txt", "hello")
        let json = tree.write("package.json", #"{"name": "x", "version": "1.0.0"}"#)
        let broken = tree.write("broken.cdx.json", "{\"bomFormat\": \"CycloneDX\",}")
        let missing = tree.path("missing.yaml")
        let (components, diagnostics) = ManifestLoader.load(paths: [text, json, broken, missing])
        #expect(components.isEmpty)
        #expect(diagnostics.map(\.id) == ["io.unreadable", "json.trailing-comma", "manifest.unknown-format", "manifest.unknown-format"])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics.map(\.location?.file) == [missing, broken, text, json])
        #expect(diagnostics[1].location?.line == 1)
        #expect(diagnostics[1].location?.column == 26)
    }

    /// A YAML file named on the command line that libyaml cannot read gets libyaml's error at its position, not
    /// "cannot tell what this file is".
    @Test func aYAMLFileWithASyntaxErrorReportsIt() {
        let tree = TemporaryTree()
        let yaml = tree.write("project.yaml", "schema: 1\nmodels:\n  - name: a\n    license: [mit\n")
        let (components, diagnostics) = ManifestLoader.load(paths: [yaml])
        #expect(components.isEmpty)
        #expect(diagnostics.map(\.id) == ["yaml.syntax"])
        #expect(diagnostics.map(\.location) == [SourceLocation(file: yaml, line: 5, column: 1)])
    }

    @Test func clearanceYAMLIsAlwaysTheProjectManifest() {
        let tree = TemporaryTree()
        let file = tree.write("clearance.yaml", "schema: 1\nmodel:\n  - name: x\n")
        let (_, diagnostics) = ManifestLoader.load(paths: [file])
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.contains { $0.id == "yaml.unknown-key" })
    }

    @Test func relativeBasePathsNameCardsInTheRun() {
        let tree = TemporaryTree()
        tree.write("work/base/README.md", "---\nlicense: gemma\n---\n")
        tree.write("work/adapter/README.md", "---\nbase_model: ../base\nbase_model_relation: adapter\n---\n")
        let (components, _) = ManifestLoader.load(paths: [tree.path("work")])
        let adapter = components.first { $0.name == "adapter" }!
        #expect(adapter.license == "gemma")
        #expect(adapter.findings.first?.rule == .baseModel)
    }

    @Test func theSameFileTwiceIsReadOnce() {
        let tree = TemporaryTree()
        let file = tree.write("dir/model.cdx.json", Self.cdx)
        let (components, _) = ManifestLoader.load(paths: [file, tree.path("dir"), file])
        #expect(components.count == 1)
    }

    @Test func symbolicLinksToDirectoriesAreNotFollowed() throws {
        let tree = TemporaryTree()
        tree.write("a/model.cdx.json", Self.cdx)
        try FileManager.default.createSymbolicLink(atPath: tree.path("a/loop"), withDestinationPath: tree.path("a"))
        let (components, diagnostics) = ManifestLoader.load(paths: [tree.path("a")])
        #expect(components.count == 1)
        #expect(!diagnostics.hasErrors)
    }

    @Test func datasetsDeclaredInTheRunGetNoNote() {
        let tree = TemporaryTree()
        tree.write("m/README.md", "---\nlicense: mit\ndatasets:\n- co2-data\n- beans\n---\n")
        tree.write("m/data.spdx3.json", Self.spdx3)
        let (_, diagnostics) = ManifestLoader.load(paths: [tree.path("m")])
        #expect(diagnostics.map(\.message) == [
            "dataset 'beans' is named by a card but declared nowhere in this run, so its license is not checked; declare it (for example in clearance.yaml) to check it"
        ])
    }


    /// JSON carrying the marks of two formats is read by neither: an error at the second mark.
    @Test(arguments: [
        (
            #"{"bomFormat": "CycloneDX", "specVersion": "1.6", 1️⃣"spdxVersion": "SPDX-2.3", "components": [], "packages": []}"#,
            "this JSON is marked as a CycloneDX BOM ('bomFormat') and an SPDX 2 document ('spdxVersion'); a document must be one format, so it is not read"
        ),
        (
            #"{"spdxVersion": "SPDX-2.3", 1️⃣"bomFormat": "CycloneDX", "packages": []}"#,
            "this JSON is marked as a CycloneDX BOM ('bomFormat') and an SPDX 2 document ('spdxVersion'); a document must be one format, so it is not read"
        ),
        (
            #"{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [], 1️⃣"bomFormat": "CycloneDX", "components": []}"#,
            "this JSON is marked as a CycloneDX BOM ('bomFormat') and an SPDX 3 document ('@context'); a document must be one format, so it is not read"
        ),
        (
            #"{"bomFormat": "cyclonedx", 1️⃣"spdxVersion": "SPDX-2.3", "packages": []}"#,
            "this JSON is marked as a CycloneDX BOM ('bomFormat') and an SPDX 2 document ('spdxVersion'); a document must be one format, so it is not read"
        ),
    ])
    func polyglotJSONIsAnError(json: String, message: String) {
        let fixture = ManifestFixture(json)
        let read = ManifestLoader.read(bytes: fixture.bytes, file: "bom.json", catalog: .shipped)
        #expect(read.components.isEmpty)
        #expect(read.diagnostics.map(\.id) == ["manifest.ambiguous-format"])
        #expect(read.diagnostics.first?.message == message)
        #expect(read.diagnostics.first?.location == fixture.location("1️⃣", file: "bom.json"))
    }

    /// The error for an empty run says where Clearance looked and what it read there.
    @Test func noComponentsSaysWhereItLooked() {
        let tree = TemporaryTree()
        tree.write("docs/README.md", "# Docs\n")
        tree.write("docs/notes.txt", "x\n")
        tree.write("empty/.keep", "")
        let docs = tree.path("docs"), empty = tree.path("empty")
        #expect(ManifestLoader.noComponents(paths: [docs]).description == "\(docs): error: found no component to check in '\(docs)': 1 file was read (\(docs)/README.md) and none declares a component; a check of nothing is not a pass (pass --allow-empty to accept it) [check.no-components]")
        #expect(ManifestLoader.noComponents(paths: [empty, docs]).description == "\(empty): error: found no component to check in '\(empty)' and '\(docs)': 1 file was read (\(docs)/README.md) and none declares a component; a check of nothing is not a pass (pass --allow-empty to accept it) [check.no-components]")
        #expect(ManifestLoader.noComponents(paths: [empty]).description == "\(empty): error: found no component to check in '\(empty)': no file there is one Clearance reads (README.md, clearance.yaml, bom.json, *.cdx.json, *.spdx.json, *.spdx3.json); a check of nothing is not a pass (pass --allow-empty to accept it) [check.no-components]")
    }
}
