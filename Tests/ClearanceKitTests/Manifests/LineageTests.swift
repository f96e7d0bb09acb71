import Foundation
import Testing
@testable import ClearanceKit

@Suite("Lineage")
struct LineageTests {
    func model(
        _ name: String, _ license: String?, bases: [String] = [], relation: String? = nil, file: String = "run.yaml",
        line: Int = 1
    ) -> Component {
        Component(
            name: name, kind: .model, license: license, location: SourceLocation(file: file, line: line, column: 1),
            baseModels: bases, baseModelRelation: relation)
    }

    func apply(_ components: [Component]) -> [Component] {
        Lineage.apply(to: components).components
    }

    /// The effective license must stay a valid expression for the evaluator.
    func expectParses(_ license: String?, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let license else { return }
        if case .failure(let diagnostic) = LicenseTree.parse(license) {
            Issue.record("'\(license)' does not parse: \(diagnostic.message)", sourceLocation: sourceLocation)
        }
    }

    @Test func peftAdapterWithoutLicenseCarriesLlama2() {
        let card = HuggingFaceCard.read(
            bytes: Array("---\nlibrary_name: peft\nbase_model: meta-llama/Llama-2-7b-hf\n---\n\n# Model Card\n".utf8),
            file: "peft-language-code/README.md")
        let result = apply(card.components)
        #expect(result.count == 1)
        let adapter = result[0]
        #expect(adapter.license == "llama2")
        #expect(adapter.declaredLicense == nil)
        #expect(adapter.findings.map(\.rule) == [.baseModel])
        let finding = adapter.findings[0]
        #expect(finding.verdict == .pass)
        #expect(finding.license == "llama2")
        #expect(finding.message.contains("index of well-known models"))
        #expect(finding.message.contains("meta-llama/Llama-2-*"))
        #expect(Catalog.shipped.descriptor(for: adapter.license!)?.id == "llama2")
    }

    @Test func fineTuneDeclaringApacheOnLlamaConflicts() {
        let result = apply([model("acme/support-bot", "apache-2.0", bases: ["meta-llama/Llama-3.1-8B-Instruct"], relation: "finetune")])
        let c = result[0]
        #expect(c.license == "apache-2.0 AND llama3.1")
        #expect(c.declaredLicense == "apache-2.0")
        expectParses(c.license)
        // The naming duty binds the user's own derivatives: the evaluator checks it, not lineage.
        #expect(c.findings.map(\.rule) == [.baseModel, .licenseConflict])
        // The effective license keeps both and is checked as such: the mislabel is recorded, not reviewed.
        let conflict = c.findings[1]
        #expect(conflict.verdict == .pass)
        #expect(conflict.license == "llama3.1")
        #expect(conflict.message == "'acme/support-bot' declares apache-2.0, which drops the terms of its base model 'meta-llama/Llama-3.1-8B-Instruct' (llama3.1); the effective license keeps both")
    }

    @Test func ownLicenseAlreadyCoveringTheBase() {
        let result = apply([model("Llama-32-1B", "llama3.2", bases: ["meta-llama/Llama-3.2-1B"])])
        #expect(result[0].license == "llama3.2")
        #expect(result[0].findings.map(\.rule) == [.baseModel])
    }

    @Test func mergeCarriesAllBases() {
        let result = apply([model("acme/merged", nil, bases: ["meta-llama/Llama-3.2-1B", "google/gemma-2b"], relation: "merge")])
        #expect(result[0].license == "llama3.2 AND gemma")
        #expect(result[0].findings.filter { $0.rule == .baseModel }.count == 2)
        expectParses(result[0].license)
    }

    @Test func loraOnSDXLDeclaringCreativeML() {
        let result = apply([model("less_text_original", "creativeml-openrail-m", bases: ["stabilityai/stable-diffusion-xl-base-1.0"])])
        #expect(result[0].license == "creativeml-openrail-m AND LicenseRef-openrail-plusplus")
        #expect(result[0].findings.map(\.rule) == [.baseModel, .licenseConflict])
        #expect(result[0].findings[1].license == "openrail++")
        #expect(result[0].findings[1].message.hasSuffix("'stabilityai/stable-diffusion-xl-base-1.0' (openrail++); the effective license keeps both"))
        expectParses(result[0].license)
    }

    @Test func unknownBaseFailsClosed() {
        let result = apply([model("acme/qwen-sft", nil, bases: ["Qwen/Qwen-1_8B"])])
        #expect(result[0].license == "LicenseRef-unknown-base-Qwen-Qwen-1-8B")
        #expect(Catalog.shipped.descriptor(for: result[0].license!) == nil)
        #expect(result[0].findings.map(\.rule) == [.baseModel])
        #expect(result[0].findings[0].message.contains("unknown"))
        expectParses(result[0].license)
    }

    @Test func unknownBaseNextToOwnLicense() {
        let result = apply([model("acme/x", "mit", bases: ["someone/private-base"])])
        #expect(result[0].license == "mit AND LicenseRef-unknown-base-someone-private-base")
        // An unknown base is no conflict: nothing is known to be dropped.
        #expect(result[0].findings.map(\.rule) == [.baseModel])
    }

    @Test func chainsInTheSameRun() {
        let result = apply([
            model("acme/app-model", "apache-2.0", bases: ["acme/base"], line: 3),
            model("acme/base", nil, bases: ["meta-llama/Llama-2-7b-hf"], line: 9),
            model("acme/unrelated", "mit"),
        ])
        #expect(result[1].license == "llama2")
        #expect(result[0].license == "apache-2.0 AND llama2")
        let finding = result[0].findings[0]
        #expect(finding.rule == .baseModel)
        #expect(finding.policy == SourceLocation(file: "run.yaml", line: 9, column: 1))
        // Where the base is declared is the finding's location, which reports make relative; the message names
        // no path, so it does not depend on how the path was given.
        #expect(finding.message == "'acme/app-model' carries the terms of its base model 'acme/base': llama2, as declared for 'acme/base' in this run")
        #expect(result[0].findings.map(\.rule).contains(.licenseConflict))
        #expect(result[2].license == "mit")
        #expect(result[2].findings.isEmpty)
    }

    @Test func runBeatsTheIndexAndMatchesCaseInsensitively() {
        let result = apply([
            model("acme/ft", nil, bases: ["Meta-Llama/llama-2-7b-hf"]),
            model("meta-llama/Llama-2-7b-hf", "llama2 AND mit"),
        ])
        #expect(result[0].license == "llama2 AND mit")
        #expect(result[0].findings[0].message.contains("as declared for"))
    }

    @Test func baseInTheRunWithoutLicenseIsUnknown() {
        let result = apply([model("acme/ft", "mit", bases: ["acme/base"]), model("acme/base", nil)])
        #expect(result[0].license == "mit AND LicenseRef-unknown-base-acme-base")
        #expect(result[0].findings[0].message.contains("declares no license"))
    }

    @Test func cyclesStop() {
        let (components, diagnostics) = Lineage.apply(to: [
            model("a", "mit", bases: ["b"]),
            model("b", "apache-2.0", bases: ["a"]),
        ])
        #expect(diagnostics.map(\.id) == ["lineage.cycle"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(components[0].license == "mit AND apache-2.0")
        #expect(components[1].license == "apache-2.0 AND mit")
    }

    @Test func selfReferenceUsesTheIndex() {
        let result = apply([model("meta-llama/Llama-3.2-1B", "llama3.2", bases: ["meta-llama/Llama-3.2-1B"])])
        #expect(result[0].license == "llama3.2")
        #expect(result[0].findings[0].message.contains("index"))
    }

    @Test func baseOfferingAChoiceIsKeptByOneOption() {
        let result = apply([model("acme/ft", "mit", bases: ["acme/base"]), model("acme/base", "MIT OR Apache-2.0")])
        #expect(result[0].license == "mit AND (MIT OR Apache-2.0)")
        #expect(!result[0].findings.map(\.rule).contains(.licenseConflict))
    }

    @Test func componentsWithoutBasesAreUntouched() {
        let input = [model("a", "mit"), Component(name: "d", kind: .dataset, license: nil)]
        #expect(apply(input) == input)
    }
    /// A model the index knows by its own name, declared under a license that drops the index's terms: a
    /// review, the effective license keeps both, and models derived from it in the run carry both.
    @Test(arguments: [
        (
            "meta-llama/Llama-3.1-70B-Instruct", "mit", "mit AND llama3.1",
            "'meta-llama/Llama-3.1-70B-Instruct' declares mit, but Clearance's index of well-known models lists it under llama3.1 (meta-llama/Llama-3.1-*: Llama 3.1 Community License, models/llama3_1/LICENSE (P); text only (models/llama3_1/MODEL_CARD.md, P)); the effective license keeps both",
            "llama3.1"
        ),
        (
            "google/gemma-2-9b", "apache-2.0", "apache-2.0 AND gemma",
            "'google/gemma-2-9b' declares apache-2.0, but Clearance's index of well-known models lists it under gemma (google/gemma-*: Gemma Terms of Use, for Gemma 1–3 (C)); the effective license keeps both",
            "gemma"
        ),
        (
            "https://huggingface.co/Meta-Llama/Llama-3.1-8B@main", "MIT OR Apache-2.0", "(MIT OR Apache-2.0) AND llama3.1",
            "'https://huggingface.co/Meta-Llama/Llama-3.1-8B@main' declares MIT OR Apache-2.0, but Clearance's index of well-known models lists it under llama3.1 (meta-llama/Llama-3.1-*: Llama 3.1 Community License, models/llama3_1/LICENSE (P); text only (models/llama3_1/MODEL_CARD.md, P)); the effective license keeps both",
            "llama3.1"
        ),
    ])
    func aWellKnownModelUnderAnotherLicenseIsAConflict(
        name: String, declared: String, effective: String, message: String, dropped: String
    ) {
        let result = apply([model(name, declared), model("acme/ft", nil, bases: [name], line: 5)])
        #expect(result[0].license == effective)
        #expect(result[0].declaredLicense == declared)
        #expect(result[0].findings.map(\.rule) == [.licenseConflict])
        #expect(result[0].findings.map(\.verdict) == [.review])
        #expect(result[0].findings.first?.message == message)
        #expect(result[0].findings.first?.license == dropped)
        expectParses(result[0].license)
        // Its fine-tune inherits the index's license through it.
        #expect(result[1].license == effective)
        #expect(result[1].findings.map(\.rule).first == .baseModel)
    }

    @Test(arguments: [
        ("meta-llama/Llama-3.1-70B-Instruct", "llama3.1"),
        ("meta-llama/Llama-3.1-70B-Instruct", "llama3.1 AND mit"),
        ("google/gemma-2-9b", "gemma"),
        ("google/gemma-4-31b", "apache-2.0"),
        ("acme/gemma-2-9b", "apache-2.0"),
        ("google-gemma/x", "mit"),
    ])
    func aModelUnderItsIndexLicenseOrNotInTheIndexIsUnchanged(name: String, declared: String) {
        let result = apply([model(name, declared)])
        #expect(result[0].license == declared)
        #expect(result[0].findings.isEmpty)
    }

    /// A base named by a re-upload is matched to the original, and the finding says how.
    @Test func aQuantizationByARepublisherCarriesTheOriginalsTerms() {
        let result = apply([model("acme/chat", nil, bases: ["TheBloke/Llama-2-7B-Chat-GGUF"], relation: "quantized")])
        #expect(result[0].license == "llama2")
        #expect(result[0].findings.map(\.rule) == [.baseModel])
        #expect(
            result[0].findings[0].message
                == "'acme/chat' carries the terms of its base model 'TheBloke/Llama-2-7B-Chat-GGUF' (quantized): llama2, from Clearance's index of well-known models (meta-llama/Llama-2-*: Llama 2 Community License, meta-llama/llama-models models/llama2/LICENSE (P)), matched after removing the re-upload publisher `TheBloke` and the format suffix `-GGUF`"
        )
    }

    /// An unknown base stays unknown and says what was looked up.
    @Test func anUnknownBaseSaysWhatWasTried() {
        let result = apply([model("acme/chat", "mit", bases: ["TheBloke/MythoMax-L2-13B-GGUF"])])
        #expect(result[0].license == "mit AND LicenseRef-unknown-base-TheBloke-MythoMax-L2-13B-GGUF")
        #expect(
            result[0].findings[0].message
                == "'acme/chat' derives from base model 'TheBloke/MythoMax-L2-13B-GGUF', whose license is unknown because it is neither in this run nor in the index of well-known models (looked up as `thebloke/mythomax-l2-13b-gguf`, `thebloke/mythomax-l2-13b`, `mythomax-l2-13b`); its terms stay unknown (LicenseRef-unknown-base-TheBloke-MythoMax-L2-13B-GGUF) until the base is declared"
        )
    }

    /// `license: other` naming nothing, over a known base: the base's license, with a note.
    @Test func bareOtherOverAKnownBaseIsTheBasesLicense() {
        let result = apply([model("llama3_lora", "LicenseRef-other", bases: ["unsloth/llama-3-8b-Instruct-bnb-4bit"])])
        #expect(result[0].license == "llama3")
        #expect(result[0].findings.map(\.rule) == [.baseModel, .baseModel])
        #expect(
            result[0].findings[0].message
                == "'llama3_lora' declares `license: other` without naming a license; it is read as the license of its base model 'unsloth/llama-3-8b-Instruct-bnb-4bit'"
        )
    }

    /// Over an unknown base, a bare `other` stays: nothing is known.
    @Test func bareOtherOverAnUnknownBaseStaysUnknown() {
        let result = apply([model("m", "LicenseRef-other", bases: ["acme/base-model"])])
        #expect(result[0].license == "LicenseRef-other AND LicenseRef-unknown-base-acme-base-model")
    }

    /// A base whose license is the card's own is no conflict.
    @Test func aBaseUnderTheCardsOwnLicenseIsNoConflict() {
        let result = apply([model("dolphin-vision-72b", "tongyi-qianwen", bases: ["Qwen/Qwen2-72B"])])
        #expect(result[0].license == "tongyi-qianwen")
        #expect(result[0].findings.map(\.rule) == [.baseModel])
    }

    @Test func aWellKnownModelWithoutALicenseStaysUnknown() {
        let result = apply([model("meta-llama/Llama-3.1-70B-Instruct", nil)])
        #expect(result[0].license == nil)
        #expect(result[0].findings.isEmpty)
    }
}

@Suite("Well-known models")
struct WellKnownModelsTests {
    @Test(arguments: WellKnownModels.shipped.entries)
    func everyEntryResolvesInTheCatalog(entry: WellKnownModels.Entry) {
        // One catalog id, or (a derivative that keeps its base's terms) catalog ids joined by AND.
        let ids = entry.license.components(separatedBy: " AND ")
        for id in ids {
            #expect(Catalog.shipped.descriptor(for: id)?.id == id, "\(entry.pattern): \(id)")
        }
        #expect(Set(ids).count == ids.count)
        #expect(entry.source.contains("(P") || entry.source.contains("(C"))
    }

    /// The bases real cards name most (issue 17), with what their own cards declare; a derivative whose card
    /// drops its base's terms carries both.
    @Test(arguments: [
        ("moreh/MoMo-72B-lora-1.8.7-DPO", "mit AND tongyi-qianwen"),
        ("LumiOpen/Llama-Poro-2-8B-Instruct", "llama3.3 AND llama3.1"),
        ("LumiOpen/Llama-Poro-2-8B-base", "llama3.1"),
        ("OpenGVLab/InternViT-6B-448px-V1-5", "mit"),
        ("OpenGVLab/InternViT-300M-448px", "mit"),
        ("NousResearch/Hermes-2-Theta-Llama-3-70B", "llama3"),
        ("NousResearch/Hermes-2-Pro-Llama-3-8B", "llama3"),
        ("HuggingFaceH4/zephyr-7b-beta", "mit AND apache-2.0"),
        ("teknium/OpenHermes-2.5-Mistral-7B", "apache-2.0"),
        ("Tap-M/Luna-AI-Llama2-Uncensored", "cc-by-sa-4.0 AND llama2"),
        ("lizpreciatior/lzlv_70b_fp16_hf", "cc-by-nc-2.0 AND llama2"),
        ("NousResearch/Nous-Capybara-34B", "mit AND apache-2.0"),
        ("nvidia/NVLM-D-72B", "cc-by-nc-4.0 AND tongyi-qianwen"),
        ("ise-uiuc/Magicoder-S-DS-6.7B", "deepseek"),
        ("Linaqruf/animagine-xl-3.0", "faipl-1.0-sd AND openrail++"),
        ("segmind/SSD-1B", "apache-2.0 AND openrail++"),
        ("WizardLM/WizardCoder-Python-34B-V1.0", "llama2"),
        ("CohereForAI/c4ai-command-r-plus", "cc-by-nc-4.0"),
        ("distilbert/distilbert-base-uncased", "apache-2.0"),
        ("BAAI/bge-large-en-v1.5", "mit"),
        ("databricks/dolly-v2-12b", "mit AND apache-2.0"),
        ("eachadea/vicuna-13b-1.1", "apache-2.0 AND llama1"),
        ("NousResearch/Hermes-3-Llama-3.1-8B", "llama3 AND llama3.1"),
        ("EleutherAI/gpt-j-6B", "apache-2.0"),
        ("BAAI/bge-en-icl", "apache-2.0"),
        ("Lykon/dreamshaper-7", "creativeml-openrail-m"),
        ("THUDM/glm-4-9b", "glm-4"),
        ("Qwen/Qwen3-8B", "apache-2.0"),
        ("Qwen/Qwen3-30B-A3B-Instruct-2507", "apache-2.0"),
        ("mistralai/Mistral-Small-3.2-24B-Instruct-2506", "apache-2.0"),
        ("mistralai/Ministral-3-8B-Instruct-2512", "apache-2.0"),
        ("mistralai/Mistral-Large-Instruct-2411", "mrl"),
        ("mistralai/Voxtral-4B-TTS-2603", "cc-by-nc-4.0"),
        ("ibm-granite/granite-8b-code-base", "apache-2.0"),
        ("ibm-granite/granite-34b-code-base-8k", "apache-2.0"),
        ("ibm-granite/granite-3.1-8b-instruct", "apache-2.0"),
    ])
    func basesRealCardsName(id: String, license: String) {
        #expect(WellKnownModels.shipped.entry(for: id)?.license == license)
    }

    /// An entry's `a AND b` reaches the effective license leaf by leaf, through a fine-tune and through a model
    /// that is itself in the index.
    @Test func entryWithAnExpressionCarriesBoth() {
        let fineTune = Lineage.apply(to: [
            LineageTests().model("acme/chat", "apache-2.0", bases: ["moreh/MoMo-72B-lora-1.8.7-DPO"])
        ]).components[0]
        #expect(fineTune.license == "apache-2.0 AND mit AND tongyi-qianwen")
        #expect(fineTune.findings.map(\.rule) == [.baseModel, .licenseConflict])
        #expect(
            fineTune.findings[0].message
                == "'acme/chat' carries the terms of its base model 'moreh/MoMo-72B-lora-1.8.7-DPO': mit AND tongyi-qianwen, from Clearance's index of well-known models (moreh/MoMo-72B-lora-1.8.7-DPO: `license: mit` in moreh/MoMo-72B-lora-1.8.7-DPO's card, which says its base MoMo-72B-LoRA-V1.4 was trained \"with the QWEN-72B model as its base-model\"; the Qwen-72B terms are kept, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C))"
        )
        let itself = Lineage.apply(to: [
            LineageTests().model("moreh/MoMo-72B-lora-1.8.7-DPO", "mit")
        ]).components[0]
        #expect(itself.license == "mit AND tongyi-qianwen")
        #expect(itself.findings.map(\.rule) == [.licenseConflict])
        #expect(itself.findings[0].license == "tongyi-qianwen")
    }

    @Test(arguments: [
        ("meta-llama/Llama-2-7b-hf", "llama2"),
        ("meta-llama/Meta-Llama-3-8B-Instruct", "llama3"),
        ("meta-llama/Meta-Llama-3.1-8B", "llama3.1"),
        ("meta-llama/Llama-3.1-8B-Instruct", "llama3.1"),
        ("meta-llama/Llama-3.2-1B", "llama3.2"),
        ("meta-llama/Llama-3.3-70B-Instruct", "llama3.3"),
        ("meta-llama/Llama-4-Scout-17B-16E-Instruct", "llama4"),
        ("google/gemma-2b", "gemma"),
        ("google/gemma-3-27b-it", "gemma"),
        ("google/gemma-4-31b-it", "apache-2.0"),
        ("deepseek-ai/DeepSeek-R1", "mit"),
        ("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "llama3.1"),
        ("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "llama3.3"),
        ("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "apache-2.0"),
        ("stabilityai/stable-diffusion-xl-base-1.0", "openrail++"),
        ("Qwen/Qwen2.5-3B-Instruct", "qwen-research"),
        ("Qwen/Qwen2.5-72B-Instruct", "qwen"),
        ("https://huggingface.co/meta-llama/Llama-2-7b-hf", "llama2"),
        ("pkg:huggingface/meta-llama/Llama-3.2-1B@4e20de3", "llama3.2"),
        ("META-LLAMA/LLAMA-2-7B-HF", "llama2"),
    ])
    func lookups(id: String, license: String) {
        #expect(WellKnownModels.shipped.entry(for: id)?.license == license)
    }

    @Test(arguments: [
        "deepseek-ai/DeepSeek-R1-Zero", "Qwen/Qwen-1_8B", "microsoft/phi-4",
        "mistralai/Mistral-Medium-3.5-128B", "NousResearch/Llama-2-7b-chat-hf", "meta-llama/Llama-Guard-3-8B",
        "Qwen/Qwen3-VL-8B-Instruct", "BelleGroup/BELLE-7B-2M",
    ])
    func notInTheIndex(id: String) {
        #expect(WellKnownModels.shipped.entry(for: id) == nil)
    }

    /// The "Model lineage" article lists every entry.
    @Test func articleListsEveryEntry() throws {
        let article = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ClearanceKit/ClearanceKit.docc/ModelLineage.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        for entry in WellKnownModels.shipped.entries {
            #expect(text.contains("`\(entry.pattern)` | `\(entry.license)`"), "missing \(entry.pattern)")
        }
    }

}
