import ClearanceKit
import ClearanceYAML
import Foundation
import Testing

/// The files in `Licenses/`, found from this test file's path.
let licensesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Licenses")

let descriptorFiles: [String] = (try? FileManager.default.contentsOfDirectory(atPath: licensesDirectory.path))?
    .filter { $0.hasSuffix(".yaml") }.sorted() ?? []

@Suite struct CatalogTests {
    @Test(arguments: descriptorFiles)
    func everyDescriptorParsesAndLintsClean(file: String) throws {
        let path = licensesDirectory.appendingPathComponent(file).path
        #expect(Linter().lint(paths: [path]) == [])
        let descriptor = try #require(Catalog.shipped.descriptor(for: String(file.dropLast(5))))
        #expect(descriptor.file == "Licenses/\(file)")
        #expect(!descriptor.sources.isEmpty)
    }

    @Test func theShippedCatalogHasNoProblemsAndAtLeast28Licenses() {
        #expect(Catalog.shipped.diagnostics == [])
        #expect(Catalog.shipped.descriptors.count >= 28)
        #expect(Catalog.shipped.descriptors.count == descriptorFiles.count)
    }

    @Test func idsAndAliasesAreUniqueAcrossTheCatalog() {
        var owner: [String: String] = [:]
        for d in Catalog.shipped.descriptors {
            for name in Set(([d.id, d.spdx] + d.aliases).map { $0.lowercased() }) {
                #expect(owner[name] == nil, "'\(name)' names both \(owner[name] ?? "") and \(d.id)")
                owner[name] = d.id
            }
        }
    }

    @Test(arguments: [
        ("llama3.1", "llama3.1"), ("LLAMA3.1", "llama3.1"), ("cc-by-nc-4.0", "cc-by-nc-4.0"),
        ("CC-BY-NC-4.0", "cc-by-nc-4.0"), ("apache-2.0", "apache-2.0"), ("Apache-2.0", "apache-2.0"),
        ("openrail++", "openrail++"), ("llama2", "llama2"), ("llama3", "llama3"), ("llama3.2", "llama3.2"),
        ("llama3.3", "llama3.3"), ("llama4", "llama4"), ("gemma", "gemma"), ("mit", "mit"),
        ("bsd-3-clause", "bsd-3-clause"), ("creativeml-openrail-m", "creativeml-openrail-m"),
        ("bigscience-openrail-m", "bigscience-openrail-m"), ("bigscience-bloom-rail-1.0", "bigscience-bloom-rail-1.0"),
        ("cc-by-4.0", "cc-by-4.0"), ("cc-by-sa-4.0", "cc-by-sa-4.0"), ("openmdw-1.0", "openmdw-1.0"),
        ("mrl", "mrl"), ("mnpl", "mnpl"), ("tongyi-qianwen", "tongyi-qianwen"), ("qwen", "qwen"),
        ("qwen-research", "qwen-research"), ("deepseek", "deepseek"), ("deepseek-license", "deepseek"),
        ("stabilityai-ai-community", "stabilityai-ai-community"), ("nvidia-open-model-license", "nvidia-open-model-license"),
        ("LicenseRef-llama3.1", "llama3.1"), ("https://www.apache.org/licenses/LICENSE-2.0/", "apache-2.0"),
        // Names real cards use (issue 16): a card body's license line, a second Hub slug, a link without `blob/`.
        ("BLOOMChat-176B LICENSE v1.0", "bloomchat-176b-license-v1.0"),
        ("LicenseRef-bloomchat-176b-license-v1.0", "bloomchat-176b-license-v1.0"),
        ("falcon-mamba-license", "falcon-mamba-7b-license"), ("TII Falcon-Mamba License 2.0", "falcon-mamba-7b-license"),
        ("https://huggingface.co/THUDM/glm-4-9b/main/LICENSE", "glm-4"),
        ("stable-video-diffusion-community", "stable-video-diffusion-community"),
    ])
    func hubIdsAndAliasesResolve(name: String, id: String) {
        #expect(Catalog.shipped.descriptor(for: name)?.id == id)
    }

    @Test(arguments: ["llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4"])
    func llamaCapsUsersAt700MillionOnTheReleaseDate(id: String) throws {
        let d = try #require(Catalog.shipped.descriptor(for: id))
        let cap = try #require(d.limits.monthlyActiveUsers)
        #expect(cap.maximum == 700_000_000)
        #expect(cap.affiliates)
        #expect(cap.measured == .releaseDate)
        #expect(cap.clause == "§2")
        #expect(d.permission(.commercialUse)?.value == .conditional)
    }

    @Test func llama4NotesTheEffectiveDateAmbiguity() throws {
        let note = try #require(Catalog.shipped.descriptor(for: "llama4")?.limits.monthlyActiveUsers?.note)
        #expect(note.contains("Effective Date"))
        #expect(note.contains("ambiguous"))
    }

    /// The Stability AI Community License, also under Stable Video Diffusion's slug: its LICENSE.md is the same
    /// text (July 5, 2024).
    @Test(arguments: ["stabilityai-ai-community", "stable-video-diffusion-community"])
    func stabilityCapsRevenueAtOneMillionDollars(id: String) throws {
        let d = try #require(Catalog.shipped.descriptor(for: id))
        let cap = try #require(d.limits.annualRevenueUSD)
        #expect(cap.maximum == 1_000_000)
        #expect(cap.affiliates)
        #expect(cap.clause.hasPrefix("§III"))
    }

    @Test(arguments: ["qwen", "tongyi-qianwen"])
    func qwenCapsUsersAt100MillionWithNoMeasuringDate(id: String) throws {
        let cap = try #require(Catalog.shipped.descriptor(for: id)?.limits.monthlyActiveUsers)
        #expect(cap.maximum == 100_000_000)
        #expect(cap.measured == .continuous)
        #expect(cap.clause == "§4")
    }

    @Test(arguments: ["cc-by-nc-4.0", "mrl", "mnpl", "tongyi-qianwen-research", "qwen-research"])
    func nonCommercialLicensesForbidCommercialUse(id: String) {
        #expect(Catalog.shipped.descriptor(for: id)?.permission(.commercialUse)?.value == .no)
    }

    /// Llama 2 forbids improving other large language models with its outputs, Llama 2 derivatives excepted
    /// (§1.b.v): a ban scoped to some models.
    @Test func llama2RestrictsOutputTrainingWhile31AllowsItWithTheNamingRule() throws {
        #expect(Catalog.shipped.descriptor(for: "llama2")?.restrictions.outputTraining?.value == .restricted)
        let d31 = try #require(Catalog.shipped.descriptor(for: "llama3.1"))
        #expect(d31.restrictions.outputTraining?.value == .allowedWithNaming)
        #expect(d31.obligations.first { $0.id == .derivativeNaming }?.prefix == "Llama")
        #expect(d31.obligations.contains { $0.id == .attributionDisplay && $0.text == "Built with Llama" })
    }

    @Test(arguments: [("llama3.2", true), ("llama3.3", true), ("llama4", true), ("llama3.1", false), ("llama2", false)])
    func llama32AndLaterExcludeTheEUForMultimodalModels(id: String, excluded: Bool) throws {
        let rules = try #require(Catalog.shipped.descriptor(for: id)).restrictions.domicile
        #expect(rules.contains { $0.excluded == ["EU"] && $0.appliesTo == .multimodal } == excluded)
    }

    @Test func aMisspeltKeyFailsLintAtItsLineAndColumn() throws {
        let original = try String(contentsOf: licensesDirectory.appendingPathComponent("mit.yaml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "\ncategory:", with: "\ncategroy:")
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("categroy:") }! + 1
        let (_, diagnostics) = Linter().lint(bytes: Array(broken.utf8), file: "mit.yaml")
        #expect(diagnostics.contains(Diagnostic(
            id: "yaml.unknown-key", message: "unknown key 'categroy'; did you mean 'category'?",
            at: SourceLocation(file: "mit.yaml", line: line, column: 1))))
    }

    @Test func aTermWithoutAClauseFailsLint() throws {
        let text = """
            schema: 1
            id: x
            spdx: LicenseRef-x
            name: X
            family: x
            url: https://example.com
            category: permissive
            osi-approved: false
            verified: 2026-11-23
            sources: [{url: "https://example.com", confidence: P}]
            permissions:
              commercial-use: {value: yes}

            """
        let (kind, diagnostics) = Linter().lint(bytes: Array(text.utf8), file: "x.yaml")
        #expect(kind == .descriptor)
        #expect(diagnostics == [Diagnostic(
            id: "descriptor.missing-clause",
            message: "term 'commercial-use' has no clause; every term must cite the clause of the license it comes from",
            at: SourceLocation(file: "x.yaml", line: 12, column: 19))])
    }

    @Test func duplicateAliasesAcrossFilesAreErrors() {
        func file(_ id: String, alias: String) -> [UInt8] {
            Array("""
                schema: 1
                id: \(id)
                spdx: LicenseRef-\(id)
                name: \(id)
                family: x
                url: https://example.com/\(id)
                aliases: [\(alias)]
                category: permissive
                osi-approved: false
                verified: 2026-11-23
                sources: [{url: "https://example.com", confidence: C}]

                """.utf8)
        }
        let catalog = Catalog.load([("a.yaml", file("a", alias: "shared")), ("b.yaml", file("b", alias: "Shared"))])
        #expect(catalog.diagnostics.map(\.description) == [
            "b.yaml:7:11: error: 'Shared' already names license 'a' [catalog.duplicate-name]"
        ])
    }
}
