import ClearanceYAML
import Testing

@testable import ClearanceKit

@Suite("Card statements")
struct CardStatementsTests {
    /// Restrictions as real cards write them (each from a card of the real-world set or the Hub README snapshot).
    @Test(arguments: [
        (
            "The model is intended for research purposes only. Possible research areas and tasks include:",
            "research purposes only"
        ),
        ("is intended for <strong>RESEARCH/NON-COMMERCIAL USE ONLY</strong>.", "non-commercial use only"),
        (
            "The service is a research preview intended for non-commercial use only, subject to the model License",
            "non-commercial use only"
        ),
        ("This model is meant for research purposes only.", "research purposes only"),
        (
            "This contains the weights for the LLaMA-7b model. This model is under a non-commercial license (see the LICENSE file).",
            "non-commercial license"
        ),
        ("The model may not be used for commercial purposes.", "not be used for commercial"),
        ("Commercial use is strictly prohibited.", "commercial use is strictly prohibited"),
        ("Released under CC BY-NC 4.0: no commercial use.", "no commercial use"),
        ("The weights are to be used only for personal projects.", "only for personal"),
        ("目前Sakura发布的所有模型均采用CC BY-NC-SA 4.0协议，Sakura所有模型与其衍生模型均禁止任何形式的商用！", "禁止任何形式的商用"),
        ("由于LLaMA权重的许可限制，该模型不能用于商业用途，请严格遵守LLaMA的使用政策。", "不能用于商业"),
        ("授权方式，与原项目一致，未经过chatglm-6b原开发方允许，不得用于商业用途。", "不得用于商业"),
        ("Sakura系列所有模型皆仅供学习交流使用", "仅供学习"),
        ("本モデルは商用利用不可です。", "商用利用不可"),
        ("These are the leaked weights of the model.", "leaked weights"),
    ])
    func restrictions(line: String, phrase: String) {
        let range = CardStatements.restriction(in: line.lowercased())
        #expect(range.map { String(line.lowercased()[$0]) } == phrase)
    }

    /// The usual boilerplate says nothing restrictive.
    @Test(arguments: [
        "This model is licensed under the Apache 2.0 license.",
        "**Intended Use Cases:** Llama 3.2 is intended for commercial and research use in multiple languages.",
        "The model is intended for both non-commercial and commercial usage.",
        "Free for research and commercial use.",
        "For commercial use, please refer to https://stability.ai/license",
        "You are responsible for anything you do with the model, just as you are responsible for anything you do with any dangerous object.",
        // A safety disclaimer, not a term.
        "Zephyr can produce problematic outputs and should only be used for educational and research purposes.",
        "CodeShell模型允许用于商业用途，但如果您计划将CodeShell模型或其派生产品用于商业用途，需要您确认主体符合以下条件",
        "Use of Llama 3.2 is governed by the Llama 3.2 Community License (a custom, commercial license agreement).",
        "Our research team released this model for the community.",
    ])
    func boilerplate(line: String) {
        #expect(CardStatements.restriction(in: line.lowercased()) == nil)
    }

    func card(_ text: String, file: String = "m/README.md") -> Component {
        let read = HuggingFaceCard.read(bytes: Array(text.utf8), file: file)
        return read.components[0]
    }

    /// A permissive label over a card whose text names a non-commercial license: both are kept, and the line is
    /// quoted with its position.
    @Test func aPermissiveLabelOverANonCommercialLicenseNamedInTheText() {
        let c = card(
            """
            ---
            license: apache-2.0
            ---

            # 目前Sakura发布的所有模型均采用[CC BY-NC-SA 4.0协议](https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh-hans)，Sakura所有模型与其衍生模型均禁止任何形式的商用！

            v0.9版本模型的使用须遵守[Qwen模型许可协议](https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT)和[CC BY-NC-SA 4.0协议](https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh-hans)。
            """)
        #expect(c.license == "apache-2.0 AND cc-by-nc-sa-4.0")
        #expect(c.declaredLicense == "apache-2.0")
        #expect(c.findings.map(\.rule) == [.cardStatement])
        #expect(c.findings[0].verdict == .review)
        #expect(c.findings[0].license == "cc-by-nc-sa-4.0")
        #expect(
            c.findings[0].message
                == "'m' declares apache-2.0, but its card names cc-by-nc-sa-4.0 (non-commercial): \"目前Sakura发布的所有模型均采用CC BY-NC-SA 4.0协议，Sakura所有模型与其衍生模型均禁止任何形式的商用！\" (line 5, column 22); the effective license keeps both"
        )
        #expect(c.findings[0].policy == SourceLocation(file: "m/README.md", line: 5, column: 22))
    }

    @Test func aPermissiveLabelOverARestrictionInTheText() {
        let c = card(
            """
            ---
            license: mit
            ---
            # Model
            This model is licensed under the MIT license.

            The model is intended for research purposes only. Possible research areas and tasks include:
            """)
        #expect(c.license == "mit")
        #expect(c.findings.map(\.rule) == [.cardStatement])
        #expect(c.findings[0].verdict == .review)
        #expect(
            c.findings[0].message
                == "'m' declares mit, but its card says \"The model is intended for research purposes only. Possible research areas and tasks include:\" (line 7, column 27); a restriction the declared license does not have: confirm which terms apply"
        )
    }

    @Test func commercialFalseInTheFrontMatter() {
        let c = card("---\nlicense: apache-2.0\ncommercial: false\n---\n# OPT\n")
        #expect(c.findings.map(\.rule) == [.cardStatement])
        #expect(
            c.findings[0].message
                == "'m' declares apache-2.0, but its card's front matter says `commercial: false` (line 3); confirm the model may be used commercially"
        )
    }

    /// A restriction under a license that is not permissive is the license's own business.
    @Test(arguments: ["llama3", "creativeml-openrail-m", "cc-by-nc-4.0"])
    func restrictionsUnderOtherLicensesAreNotFindings(license: String) {
        let c = card("---\nlicense: \(license)\n---\nThe model is intended for research purposes only.\n")
        #expect(c.findings.isEmpty)
    }

    /// A card whose metadata names no license the catalog knows, and whose text names one.
    @Test func aLicenseNamedOnlyInTheText() {
        let c = card(
            """
            ---
            license: other
            license_name: license
            license_link: https://huggingface.co/Orenguteng/Lexi-Llama-3-8B-Uncensored
            ---

            This model is based on Llama-3-8b-Instruct, and is governed by [META LLAMA 3 COMMUNITY LICENSE AGREEMENT](https://llama.meta.com/llama3/license/)
            """)
        #expect(c.license == "llama3")
        #expect(c.baseModels == ["Llama-3-8b-Instruct"])
        #expect(c.findings.map(\.rule) == [.cardStatement, .cardStatement])
        #expect(c.findings.map(\.verdict) == [.pass, .pass])
        #expect(
            c.findings[0].message
                == "'m' names no base model in its front matter; its card says \"This model is based on Llama-3-8b-Instruct, and is governed by META LLAMA 3 COMMUNITY LICENSE AGREEMENT\" (line 7, column 24), read as its base model 'Llama-3-8b-Instruct'"
        )
        #expect(
            c.findings[1].message
                == "'m' declares LicenseRef-license, which the catalog does not know; its card names llama3 for it: \"This model is based on Llama-3-8b-Instruct, and is governed by META LLAMA 3 COMMUNITY LICENSE AGREEMENT\" (line 7, column 65)"
        )
        #expect(c.location == SourceLocation(file: "m/README.md", line: 7, column: 65))
    }

    /// Licenses named for the code or the data, a variant of a license, a model in a link, a comparison table:
    /// none is the model's license.
    @Test(arguments: [
        "本仓库的代码依照 [Apache-2.0](https://www.apache.org/licenses/LICENSE-2.0) 协议开源，模型的权重的使用则需要遵循 [Model License](MODEL_LICENSE)。",
        "The dataset of this project is released under the CC-BY-NC 4.0 license as found in the DATASET_LICENSE file.",
        "Mitsua Open RAIL-M License (More restrictive variant of CreativeML Open RAIL-M)",
        "| Model | License |\n| WizardCoder | [OpenRAIL-M license](https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement) |",
        "It improves on [Falcon-180B](https://huggingface.co/tiiuae/falcon-180B); see its license.",
    ])
    func licensesNotOfTheModel(text: String) {
        let c = card("---\nlicense: other\n---\n\(text)\n")
        #expect(c.license == "LicenseRef-other")
        #expect(c.findings.isEmpty)
    }

    /// Two different licenses named: the text does not say which is the model's.
    @Test func twoLicensesNamedAdoptNeither() {
        let c = card(
            "---\nlicense: other\n---\nLicensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) or [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/).\n"
        )
        #expect(c.license == "LicenseRef-other")
        #expect(c.findings.isEmpty)
    }

    /// A base model that only the card's code names.
    @Test func aBaseModelInTheCardsCode() {
        let c = card(
            """
            ---
            license: mit
            ---
            This repo contains a low-rank adapter for LLaMA-7b

            ```
            python finetune.py \\
                --base_model='decapoda-research/llama-7b-hf' \\
                --num_epochs=10
            ```
            """)
        #expect(c.baseModels == ["decapoda-research/llama-7b-hf"])
        #expect(c.findings.map(\.rule) == [.cardStatement])
        #expect(c.findings[0].verdict == .pass)
        #expect(c.findings[0].policy == SourceLocation(file: "m/README.md", line: 8, column: 19))
        let applied = Lineage.apply(to: [c]).components[0]
        #expect(applied.license == "mit AND llama1")
    }

    /// Base models the card's prose says the model derives from, as real cards write it: a Llama family name, a
    /// Hugging Face link, a Hub id.
    @Test(arguments: [
        ("It is based on LLaMA (Large Language Model Meta AI) and contains 7 billion parameters.", "m", "LLaMA", 16, "llama1"),
        ("Llama-2-Ko serves as an advanced iteration of Llama 2, benefiting from an expanded vocabulary", "llama-2-ko-7b", "Llama 2", 47, "llama2"),
        ("Pygmalion 7B is a dialogue model based on Meta's LLaMA-7B.", "m", "LLaMA-7B", 50, "llama1"),
        ("Vicuna v1.5 is fine-tuned from Llama 2 with supervised instruction fine-tuning.", "m", "Llama 2", 32, "llama2"),
        ("Model type: Stable Beluga 7B is an auto-regressive language model fine-tuned on Llama2 7B.", "m", "Llama2 7B", 81, "llama2"),
        ("m is derived from Llama3.1-8B-Base and is originally licensed under llama3.1 license.", "m", "Llama3.1-8B", 19, "llama3.1"),
        ("This model is fine-tuned from CodeLlama-34B-Python and achieves 69.5% pass@1 on HumanEval.", "m", "CodeLlama-34B", 31, "llama2"),
        (
            "Smaug-72B is finetuned directly from a model and is ultimately based on [Qwen-72B](https://huggingface.co/Qwen/Qwen-72B).",
            "Smaug-72B-v0.1", "Qwen/Qwen-72B", 107, "tongyi-qianwen"
        ),
        ("This is a quantized version of `meta-llama/Llama-3.3-70B-Instruct`.", "m", "meta-llama/Llama-3.3-70B-Instruct", 33, "llama3.3"),
    ])
    func aBaseModelInTheText(line: String, name: String, base: String, column: Int, license: String) {
        let c = card("---\nlicense: other\nlicense_name: own\n---\n\(line)\n", file: "\(name)/README.md")
        #expect(c.baseModels == [base])
        #expect(c.findings.map(\.rule) == [.cardStatement])
        #expect(c.findings.first?.policy == SourceLocation(file: "\(name)/README.md", line: 5, column: column))
        #expect(c.findings.first?.message.hasSuffix("read as its base model '\(base)'") == true)
        let applied = Lineage.apply(to: [c]).components[0]
        #expect(applied.license == "LicenseRef-own AND \(license)")
    }

    /// Sentences that name a model without saying this one derives from it: a tool, an architecture, another
    /// model of the family, a comparison, a model the index does not know.
    @Test(arguments: [
        "Please use the latest version of llama.cpp with GGUF Quants.",
        "KoboldCpp, a powerful inference engine based on llama.cpp, with good UI.",
        "Llama-2-Ko uses an optimized transformer architecture based on Llama-2.",
        "It uses the same tokenizer as LLaMA and is based on the LLaMA architecture.",
        "TinyLlama can be plugged and played in many open-source projects built upon Llama.",
        "Note that ChatQA-1.5 is built on Llama-3, and ChatQA-1.0 is built based on Llama-2 base model.",
        "Our model outperforms models fine-tuned from Llama 2.",
        "It is fine-tuned from [Foo-7B](https://huggingface.co/nobody/foo-7b).",
        "This model card is based on the [Stable Diffusion model card](https://huggingface.co/CompVis/stable-diffusion-v1-4).",
    ])
    func noBaseModelInTheText(line: String) {
        let c = card("---\nlicense: other\nlicense_name: own\n---\n\(line)\n")
        #expect(c.baseModels == [])
        #expect(c.findings.isEmpty)
    }

    /// A card that declares no license the catalog knows, whose words restrict its use: the restriction is
    /// weighed against the declared use.
    @Test(arguments: [
        ("commercial: true", Verdict.fail, "; the use is declared commercial"),
        ("commercial: false", .pass, "; the use is declared non-commercial"),
        ("monthly-active-users: 10", .review, "; 'commercial' is not declared, so confirm the use is not commercial"),
    ])
    func aRestrictionOnACardWithoutAKnownLicense(usage: String, verdict: Verdict, tail: String) throws {
        let c = card(
            "---\nlicense: other\n---\nThe model is shared with the public to be used solely for non-commercial academic research purposes.\n"
        )
        let location = SourceLocation(file: "m/README.md", line: 4, column: 48)
        #expect(c.statedRestriction?.location == location)
        let (policy, _) = Policy.load(
            bytes: Array("schema: 1\nunknown: review\nusage: {\(usage)}\n".utf8), file: "policy.yaml", catalog: .shipped)
        let result = Evaluator(catalog: .shipped, policy: try #require(policy), asOf: try #require(CalendarDate(year: 2026, month: 12, day: 3)))
            .result(for: c)
        let finding = try #require(result.findings.first { $0.rule == .cardStatement })
        #expect(finding.verdict == verdict)
        #expect(
            finding.message
                == "'m' declares no license the catalog knows, and its card says \"The model is shared with the public to be used solely for non-commercial academic research purposes.\" (line 4, column 48)"
                + tail)
        #expect(finding.policy == location)
        #expect(result.verdict == max(verdict, .review))
    }

    /// A line longer than any paragraph (data, minified HTML) is not read; one just under the limit is.
    @Test(arguments: [(8_000, true), (9_000, false)])
    func longLines(length: Int, read: Bool) {
        let line = String(repeating: "a-", count: length / 2) + " It is based on LLaMA 7B."
        let c = card("---\nlicense: other\nlicense_name: own\n---\n\(line)\n")
        #expect(c.baseModels == (read ? ["LLaMA 7B"] : []))
    }

    /// A known license decides; its card's words are weighed as before (a permissive label gets a review).
    @Test func aKnownLicenseHasNoStatedRestriction() {
        let c = card("---\nlicense: cc-by-nc-4.0\n---\nFor non-commercial use only.\n")
        #expect(c.statedRestriction == nil)
    }

    /// A base model the front matter names is not replaced by one in the text.
    @Test func theFrontMattersBaseWins() {
        let c = card("---\nbase_model: meta-llama/Llama-2-7b-hf\n---\n```\nbase_model = 'huggyllama/llama-7b'\n```\n")
        #expect(c.baseModels == ["meta-llama/Llama-2-7b-hf"])
        #expect(c.findings.isEmpty)
    }
}
