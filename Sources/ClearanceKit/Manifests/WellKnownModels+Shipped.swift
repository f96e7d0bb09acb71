extension WellKnownModels {
    /// The index shipped with Clearance. Each entry cites where its license (and, when set, its modality) was read;
    /// <doc:ModelLineage> lists them.
    public static let shipped = WellKnownModels(entries: [
        Entry(
            "meta-llama/Llama-2-*", "llama2",
            source: "Llama 2 Community License, meta-llama/llama-models models/llama2/LICENSE (P)"),
        Entry(
            "codellama/CodeLlama-*", "llama2",
            source:
                "`license: llama2` in the codellama/CodeLlama-7b-hf … -70b cards, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "meta-llama/CodeLlama-*", "llama2",
            source:
                "`license: llama2` in the codellama/CodeLlama-* cards, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "meta-llama/Meta-Llama-3-*", "llama3",
            source:
                "Meta Llama 3 Community License, models/llama3/LICENSE (P); text only (llama-models models/llama3/MODEL_CARD.md, P)",
            multimodal: false),
        Entry(
            "meta-llama/Meta-Llama-3.1-*", "llama3.1",
            source:
                "Llama 3.1 Community License, models/llama3_1/LICENSE (P); text only (models/llama3_1/MODEL_CARD.md, P)",
            multimodal: false),
        Entry(
            "meta-llama/Llama-3.1-*", "llama3.1",
            source:
                "Llama 3.1 Community License, models/llama3_1/LICENSE (P); text only (models/llama3_1/MODEL_CARD.md, P)",
            multimodal: false),
        Entry("meta-llama/Llama-3.2-*", "llama3.2", source: "Llama 3.2 Community License, models/llama3_2/LICENSE (P)"),
        Entry(
            "meta-llama/Llama-3.2-1B*", "llama3.2",
            source:
                "Llama 3.2 Community License, models/llama3_2/LICENSE (P); 1B: text in/text out (models/llama3_2/MODEL_CARD.md, P)",
            multimodal: false),
        Entry(
            "meta-llama/Llama-3.2-3B*", "llama3.2",
            source:
                "Llama 3.2 Community License, models/llama3_2/LICENSE (P); 3B: text in/text out (models/llama3_2/MODEL_CARD.md, P)",
            multimodal: false),
        Entry(
            "meta-llama/Llama-3.2-11B-Vision*", "llama3.2",
            source:
                "Llama 3.2 Community License, models/llama3_2/LICENSE (P); text + images in (models/llama3_2/MODEL_CARD_VISION.md, P)",
            multimodal: true),
        Entry(
            "meta-llama/Llama-3.2-90B-Vision*", "llama3.2",
            source:
                "Llama 3.2 Community License, models/llama3_2/LICENSE (P); text + images in (models/llama3_2/MODEL_CARD_VISION.md, P)",
            multimodal: true),
        Entry(
            "meta-llama/Llama-3.3-*", "llama3.3",
            source:
                "Llama 3.3 Community License, models/llama3_3/LICENSE (P); 70B text in/text out (models/llama3_3/MODEL_CARD.md, P)",
            multimodal: false),
        Entry(
            "meta-llama/Llama-4-*", "llama4",
            source:
                "Llama 4 Community License, models/llama4/LICENSE (P); natively multimodal (models/llama4/MODEL_CARD.md, P)",
            multimodal: true),
        Entry(
            "huggyllama/llama-7b", "llama1",
            source:
                "re-upload of LLaMA 1 (its card: \"the weights for the LLaMA-7b model … under a non-commercial license\", card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03, C); licence: facebookresearch/llama llama_v1 MODEL_CARD.md (P)"
        ),
        Entry(
            "huggyllama/llama-13b", "llama1",
            source:
                "re-upload of LLaMA 1 (its card: \"the weights for the LLaMA-7b model … under a non-commercial license\", card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03, C); licence: facebookresearch/llama llama_v1 MODEL_CARD.md (P)"
        ),
        Entry(
            "huggyllama/llama-30b", "llama1",
            source:
                "re-upload of LLaMA 1 (its card: \"the weights for the LLaMA-7b model … under a non-commercial license\", card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03, C); licence: facebookresearch/llama llama_v1 MODEL_CARD.md (P)"
        ),
        Entry(
            "huggyllama/llama-65b", "llama1",
            source:
                "re-upload of LLaMA 1 (its card: \"the weights for the LLaMA-7b model … under a non-commercial license\", card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03, C); licence: facebookresearch/llama llama_v1 MODEL_CARD.md (P)"
        ),
        Entry(
            "decapoda-research/llama-7b-hf", "llama1",
            source:
                "re-upload of LLaMA 1 (named as the LLaMA-7b base in tloen/alpaca-lora-7b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03, C); licence: facebookresearch/llama llama_v1 MODEL_CARD.md (P)"
        ),
        Entry(
            "decapoda-research/llama-13b-hf", "llama1",
            source:
                "re-upload of LLaMA 1 (named as the LLaMA-7b base in tloen/alpaca-lora-7b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03, C); licence: facebookresearch/llama llama_v1 MODEL_CARD.md (P)"
        ),
        Entry(
            "decapoda-research/llama-30b-hf", "llama1",
            source:
                "re-upload of LLaMA 1 (named as the LLaMA-7b base in tloen/alpaca-lora-7b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03, C); licence: facebookresearch/llama llama_v1 MODEL_CARD.md (P)"
        ),
        Entry(
            "decapoda-research/llama-65b-hf", "llama1",
            source:
                "re-upload of LLaMA 1 (named as the LLaMA-7b base in tloen/alpaca-lora-7b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03, C); licence: facebookresearch/llama llama_v1 MODEL_CARD.md (P)"
        ),
        Entry("google/gemma-*", "gemma", source: "Gemma Terms of Use, for Gemma 1–3 (C)"),
        Entry("google/codegemma-*", "gemma", source: "Gemma Terms of Use, for CodeGemma (C)"),
        Entry("google/paligemma*", "gemma", source: "Gemma Terms of Use, for PaliGemma (C)"),
        Entry("google/gemma-4", "apache-2.0", source: "the 2026 Gemma Terms of Use point Gemma 4 to Apache 2.0 (C)"),
        Entry("google/gemma-4-*", "apache-2.0", source: "the 2026 Gemma Terms of Use point Gemma 4 to Apache 2.0 (C)"),
        Entry(
            "mistralai/Mistral-7B-v0.1", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-7b-0-1.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-7B-Instruct-v0.1", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-7b-0-1.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-7B-v0.2", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-7b-0-2.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-7B-Instruct-v0.2", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-7b-0-2.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-7B-v0.3", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-7b-0-3.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-7B-Instruct-v0.3", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-7b-0-3.ts (P)"
        ),
        Entry(
            "mistralai/Mixtral-8x7B-v0.1", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mixtral-8x7b-0-1.ts (P)"
        ),
        Entry(
            "mistralai/Mixtral-8x7B-Instruct-v0.1", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mixtral-8x7b-0-1.ts (P)"
        ),
        Entry(
            "mistralai/Mixtral-8x22B-v0.1", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mixtral-8x22b-0-1-0-3.ts (P)"
        ),
        Entry(
            "mistralai/Mixtral-8x22B-Instruct-v0.1", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mixtral-8x22b-0-1-0-3.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Nemo-Base-2407", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-nemo-12b-24-07.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Nemo-Instruct-2407", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-nemo-12b-24-07.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Small-24B-Base-2501", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-small-3-0-25-01.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Small-24B-Instruct-2501", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-small-3-0-25-01.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Small-3.1-24B-Base-2503", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-small-3-1-25-03.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Small-3.1-24B-Instruct-2503", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-small-3-1-25-03.ts (P)"
        ),
        Entry(
            "mistralai/Pixtral-12B-2409", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/pixtral-12b-24-09.ts (P)"
        ),
        Entry(
            "mistralai/Pixtral-12B-Base-2409", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/pixtral-12b-24-09.ts (P)"
        ),
        Entry(
            "mistralai/Mathstral-7B-v0.1", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mathstral-7b-0-1.ts (P)"
        ),
        Entry(
            "mistralai/Mamba-Codestral-7B-v0.1", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/codestral-mamba-7b-0-1.ts (P)"
        ),
        Entry(
            "mistralai/Codestral-22B-v0.1", "mnpl",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/codestral-24-05.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Large-Instruct-2407", "mrl",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-large-2-0-24-07.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Small-Instruct-2409", "mrl",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-small-2-0-24-09.ts (P)"
        ),
        Entry(
            "mistralai/Ministral-8B-Instruct-2410", "mrl",
            source:
                "gating text of mistralai/Ministral-8B-Instruct-2410 (C); mistralai/platform-docs-public @222f4ba src/schema/models/models/ministral-8b-24-1.ts (P)"
        ),
        Entry(
            "Qwen/Qwen-7B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen-license-agreement` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen-72B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen-license-agreement` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C); Qwen-72B-Chat: `license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen1.5-0.5B*", "tongyi-qianwen-research",
            source:
                "`license_name: tongyi-qianwen-research` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen1.5-1.8B*", "tongyi-qianwen-research",
            source:
                "`license_name: tongyi-qianwen-research` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen1.5-7B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen1.5-14B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen1.5-32B", "tongyi-qianwen-research",
            source:
                "`license_name: tongyi-qianwen-research` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen1.5-32B-Chat*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen1.5-72B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen1.5-110B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen1.5-MoE-A2.7B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/CodeQwen1.5-7B", "tongyi-qianwen-research",
            source:
                "`license_name: tongyi-qianwen-research` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/CodeQwen1.5-7B-Chat*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-0.5B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-1.5B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-7B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-57B-A14B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-72B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-Math-1.5B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-Math-72B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-Audio-7B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-VL-2B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-VL-7B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2-VL-72B*", "tongyi-qianwen",
            source:
                "`license_name: tongyi-qianwen` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-0.5B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-1.5B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-3B*", "qwen-research",
            source:
                "Qwen RESEARCH LICENSE AGREEMENT, e.g. Qwen2.5-3B (C); `license_name: qwen-research`, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-7B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-14B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-32B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-72B*", "qwen",
            source:
                "Qwen LICENSE AGREEMENT of Qwen2.5-72B (C); `license_name: qwen`, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-Coder-1.5B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-Coder-7B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-Math-7B*", "apache-2.0",
            source:
                "`license: apache-2.0` in the Qwen card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Qwen/Qwen2.5-VL-3B*", "qwen-research", source: "Qwen RESEARCH LICENSE AGREEMENT, e.g. Qwen2.5-VL-3B (C)"),
        Entry(
            "microsoft/phi-1", "mit",
            source:
                "`license: mit` in Microsoft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/phi-1_5", "mit",
            source:
                "`license: mit` in Microsoft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/phi-2", "mit",
            source:
                "`license: mit` in Microsoft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/Phi-3-*", "mit",
            source:
                "`license: mit` in Microsoft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/Phi-3.5-*", "mit",
            source:
                "`license: mit` in Microsoft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "01-ai/Yi-6B*", "apache-2.0",
            source:
                "`license: apache-2.0` in 01.AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C); Yi weights moved to Apache-2.0 on 2024-05-30 (01-ai/Yi @6280097, P)"
        ),
        Entry(
            "01-ai/Yi-9B*", "apache-2.0",
            source:
                "`license: apache-2.0` in 01.AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C); Yi weights moved to Apache-2.0 on 2024-05-30 (01-ai/Yi @6280097, P)"
        ),
        Entry(
            "01-ai/Yi-34B*", "apache-2.0",
            source:
                "`license: apache-2.0` in 01.AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C); Yi weights moved to Apache-2.0 on 2024-05-30 (01-ai/Yi @6280097, P)"
        ),
        Entry(
            "01-ai/Yi-1.5-*", "apache-2.0",
            source:
                "`license: apache-2.0` in 01.AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "01-ai/Yi-Coder-*", "apache-2.0",
            source:
                "`license: apache-2.0` in 01.AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry("deepseek-ai/DeepSeek-R1", "mit", source: "deepseek-ai/DeepSeek-R1 LICENSE and README §7 (P)"),
        Entry("deepseek-ai/DeepSeek-V3-0324", "mit", source: "DeepSeek-V3-0324 card front matter `license: mit` (C)"),
        Entry(
            "deepseek-ai/DeepSeek-V3", "deepseek",
            source: "deepseek-ai/DeepSeek-V3: V3 Base/Chat weights under LICENSE-MODEL (P)"),
        Entry(
            "deepseek-ai/DeepSeek-V3-Base", "deepseek",
            source: "deepseek-ai/DeepSeek-V3: V3 Base/Chat weights under LICENSE-MODEL (P)"),
        Entry(
            "deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "llama3.1",
            source: "DeepSeek-R1 README §7: distilled from Llama 3.1-8B (P)"),
        Entry(
            "deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "llama3.3",
            source: "DeepSeek-R1 README §7: distilled from Llama-3.3-70B-Instruct (P)"),
        Entry(
            "deepseek-ai/DeepSeek-R1-Distill-Qwen-*", "apache-2.0",
            source: "DeepSeek-R1 README §7: distilled from Qwen2.5, Apache-2.0 (P)"),
        Entry(
            "deepseek-ai/deepseek-coder-*", "deepseek",
            source:
                "`license_name: deepseek` or `deepseek-license` in DeepSeek's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepseek-ai/deepseek-llm-*", "deepseek",
            source:
                "`license_name: deepseek` or `deepseek-license` in DeepSeek's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepseek-ai/deepseek-math-*", "deepseek",
            source:
                "`license_name: deepseek` or `deepseek-license` in DeepSeek's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepseek-ai/deepseek-moe-*", "deepseek",
            source:
                "`license_name: deepseek` or `deepseek-license` in DeepSeek's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepseek-ai/deepseek-vl-*", "deepseek",
            source:
                "`license_name: deepseek` or `deepseek-license` in DeepSeek's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepseek-ai/DeepSeek-V2", "deepseek",
            source:
                "`license_name: deepseek` or `deepseek-license` in DeepSeek's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepseek-ai/DeepSeek-V2-*", "deepseek",
            source:
                "`license_name: deepseek` or `deepseek-license` in DeepSeek's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepseek-ai/DeepSeek-V2.5", "deepseek",
            source:
                "`license_name: deepseek` or `deepseek-license` in DeepSeek's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepseek-ai/DeepSeek-Coder-V2-*", "deepseek",
            source:
                "`license_name: deepseek` or `deepseek-license` in DeepSeek's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry("tiiuae/falcon-180B*", "falcon-180b", source: "Falcon 180B TII License 1.0 (C)"),
        Entry("tiiuae/falcon-11B*", "falcon-2-11b", source: "Falcon 2 11B TII License 1.0 (C, partial)"),
        Entry(
            "tiiuae/falcon-7b*", "apache-2.0",
            source:
                "`license: apache-2.0` in TII's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "tiiuae/falcon-40b*", "apache-2.0",
            source:
                "`license: apache-2.0` in TII's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "tiiuae/falcon-rw-1b", "apache-2.0",
            source:
                "`license: apache-2.0` in TII's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "tiiuae/falcon-mamba-7b*", "falcon-mamba-7b-license",
            source:
                "`license_name: falcon-mamba-7b-license` in TII's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "tiiuae/Falcon3-*", "falcon-llm-license",
            source: "TII Falcon-LLM License 2.0 in Falcon 3 card front matter (C)"),
        Entry(
            "tiiuae/Falcon-H1-*", "falcon-llm-license",
            source: "TII Falcon-LLM License 2.0 in Falcon-H1 card front matter (C)"),
        Entry(
            "stabilityai/stable-diffusion-xl-base-1.0", "openrail++",
            source: "Stability-AI/generative-models model_licenses/LICENSE-SDXL1.0 (P)"),
        Entry(
            "stabilityai/stable-diffusion-xl-refiner-1.0", "openrail++",
            source: "Stability-AI/generative-models model_licenses/LICENSE-SDXL1.0 (P)"),
        Entry(
            "stabilityai/stable-diffusion-2*", "openrail++",
            source:
                "`license: openrail++` in Stability AI's SD 2 / 2.1 cards, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "stabilityai/stable-diffusion-x4-upscaler", "openrail++",
            source:
                "`license: openrail++` in Stability AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "stabilityai/sdxl-turbo", "sai-nc-community",
            source:
                "`license_name: sai-nc-community` in Stability AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C); LICENSE-SDXL-Turbo (P)"
        ),
        Entry(
            "stabilityai/stable-cascade", "stable-cascade-nc-community",
            source:
                "`license_name: stable-cascade-nc-community` in Stability AI's card (C); Stability-AI/StableCascade WEIGHTS_LICENSE (P)"
        ),
        Entry(
            "stabilityai/stable-video-diffusion-img2vid*", "stable-video-diffusion-community",
            source:
                "`license_name: stable-video-diffusion-community` in Stability AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "stabilityai/stable-fast-3d", "stabilityai-ai-community",
            source: "Stability-AI/stable-fast-3d LICENSE.md (P)"),
        Entry("CompVis/stable-diffusion-v1-*", "creativeml-openrail-m", source: "CompVis/stable-diffusion LICENSE (P)"),
        Entry(
            "CompVis/stable-diffusion-v-1-4-original", "creativeml-openrail-m",
            source:
                "CompVis/stable-diffusion LICENSE (P); `license: creativeml-openrail-m` in the card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "runwayml/stable-diffusion-v1-5", "creativeml-openrail-m",
            source:
                "`license: creativeml-openrail-m` and \"License: The CreativeML OpenRAIL M license\" in runwayml's card, verbatim copy in a public Hub-metadata dump (C); CompVis/stable-diffusion LICENSE (P)"
        ),
        Entry(
            "black-forest-labs/FLUX.1-dev", "flux-1-dev-non-commercial-license",
            source:
                "black-forest-labs/flux @802fb47 model_licenses/LICENSE-FLUX1-dev: the FLUX.1 [dev] Non-Commercial License covers FLUX.1 [dev], Fill, Depth, Canny, Redux, their LoRAs and Kontext [dev] (P)"
        ),
        Entry(
            "black-forest-labs/FLUX.1-Fill-dev", "flux-1-dev-non-commercial-license",
            source:
                "black-forest-labs/flux @802fb47 model_licenses/LICENSE-FLUX1-dev: the FLUX.1 [dev] Non-Commercial License covers FLUX.1 [dev], Fill, Depth, Canny, Redux, their LoRAs and Kontext [dev] (P)"
        ),
        Entry(
            "black-forest-labs/FLUX.1-Depth-dev*", "flux-1-dev-non-commercial-license",
            source:
                "black-forest-labs/flux @802fb47 model_licenses/LICENSE-FLUX1-dev: the FLUX.1 [dev] Non-Commercial License covers FLUX.1 [dev], Fill, Depth, Canny, Redux, their LoRAs and Kontext [dev] (P)"
        ),
        Entry(
            "black-forest-labs/FLUX.1-Canny-dev*", "flux-1-dev-non-commercial-license",
            source:
                "black-forest-labs/flux @802fb47 model_licenses/LICENSE-FLUX1-dev: the FLUX.1 [dev] Non-Commercial License covers FLUX.1 [dev], Fill, Depth, Canny, Redux, their LoRAs and Kontext [dev] (P)"
        ),
        Entry(
            "black-forest-labs/FLUX.1-Redux-dev", "flux-1-dev-non-commercial-license",
            source:
                "black-forest-labs/flux @802fb47 model_licenses/LICENSE-FLUX1-dev: the FLUX.1 [dev] Non-Commercial License covers FLUX.1 [dev], Fill, Depth, Canny, Redux, their LoRAs and Kontext [dev] (P)"
        ),
        Entry(
            "black-forest-labs/FLUX.1-Kontext-dev", "flux-1-dev-non-commercial-license",
            source:
                "black-forest-labs/flux @802fb47 model_licenses/LICENSE-FLUX1-dev: the FLUX.1 [dev] Non-Commercial License covers FLUX.1 [dev], Fill, Depth, Canny, Redux, their LoRAs and Kontext [dev] (P)"
        ),
        Entry(
            "black-forest-labs/FLUX.1-schnell", "apache-2.0",
            source:
                "black-forest-labs/flux @802fb47 model_licenses/LICENSE-FLUX1-schnell (P); `license: apache-2.0` in the card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "bigscience/bloom", "bigscience-bloom-rail-1.0",
            source:
                "`license: bigscience-bloom-rail-1.0` in BigScience's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "bigscience/bloom-*", "bigscience-bloom-rail-1.0",
            source:
                "`license: bigscience-bloom-rail-1.0` in BigScience's cards (560m … 7b1), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "bigscience/bloomz*", "bigscience-bloom-rail-1.0",
            source:
                "`license: bigscience-bloom-rail-1.0` in BigScience's cards, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "bigcode/starcoder2-*", "bigcode-openrail-m",
            source:
                "`license: bigcode-openrail-m` in BigCode's cards, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "bigcode/santacoder", "bigcode-openrail-m",
            source:
                "`license: bigcode-openrail-m` in BigCode's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openai/whisper-tiny*", "apache-2.0",
            source:
                "`license: apache-2.0` in OpenAI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openai/whisper-base*", "apache-2.0",
            source:
                "`license: apache-2.0` in OpenAI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openai/whisper-small*", "apache-2.0",
            source:
                "`license: apache-2.0` in OpenAI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openai/whisper-medium*", "apache-2.0",
            source:
                "`license: apache-2.0` in OpenAI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openai/whisper-large", "apache-2.0",
            source:
                "`license: apache-2.0` in OpenAI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openai/whisper-large-v2", "apache-2.0",
            source:
                "`license: apache-2.0` in OpenAI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openai/whisper-large-v3", "apache-2.0",
            source:
                "`license: apache-2.0` in OpenAI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openai/whisper-large-v3-turbo", "mit",
            source:
                "`license: mit` in OpenAI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "FacebookAI/roberta-base", "mit",
            source:
                "`license: mit` in Facebook AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "FacebookAI/roberta-large", "mit",
            source:
                "`license: mit` in Facebook AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "FacebookAI/roberta-large-mnli", "mit",
            source:
                "`license: mit` in Facebook AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "FacebookAI/xlm-roberta-base", "mit",
            source:
                "`license: mit` in Facebook AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "FacebookAI/xlm-roberta-large", "mit",
            source:
                "`license: mit` in Facebook AI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/deberta-*", "mit",
            source:
                "`license: mit` in Microsoft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/mdeberta-v3-base", "mit",
            source:
                "`license: mit` in Microsoft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google-bert/bert-base-uncased", "apache-2.0",
            source:
                "`license: apache-2.0` in Google's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google-bert/bert-base-cased", "apache-2.0",
            source:
                "`license: apache-2.0` in Google's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google-bert/bert-large-uncased", "apache-2.0",
            source:
                "`license: apache-2.0` in Google's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google-bert/bert-large-cased", "apache-2.0",
            source:
                "`license: apache-2.0` in Google's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google-bert/bert-base-multilingual-cased", "apache-2.0",
            source:
                "`license: apache-2.0` in Google's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google-bert/bert-base-multilingual-uncased", "apache-2.0",
            source:
                "`license: apache-2.0` in Google's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google-t5/t5-*", "apache-2.0",
            source:
                "`license: apache-2.0` in Google's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/flan-t5-*", "apache-2.0",
            source:
                "`license: apache-2.0` in Google's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/vit-*", "apache-2.0",
            source:
                "`license: apache-2.0` in Google's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/wav2vec2-*", "apache-2.0",
            source:
                "`license: apache-2.0` in Meta AI (facebook)'s card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/bart-base", "apache-2.0",
            source:
                "`license: apache-2.0` in Meta AI (facebook)'s card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/bart-large", "apache-2.0",
            source:
                "`license: apache-2.0` in Meta AI (facebook)'s card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/bart-large-cnn", "mit",
            source:
                "`license: mit` in Meta AI (facebook)'s card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/bart-large-mnli", "mit",
            source:
                "`license: mit` in Meta AI (facebook)'s card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/bart-large-xsum", "mit",
            source:
                "`license: mit` in Meta AI (facebook)'s card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "sentence-transformers/all-MiniLM-*", "apache-2.0",
            source:
                "`license: apache-2.0` in sentence-transformers's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "HuggingFaceTB/SmolLM-*", "apache-2.0",
            source:
                "`license: apache-2.0` in Hugging Face's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "TinyLlama/TinyLlama-*", "apache-2.0",
            source:
                "`license: apache-2.0` in TinyLlama's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "TinyLlama/TinyLlama_v1.1", "apache-2.0",
            source:
                "`license: apache-2.0` in TinyLlama's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "upstage/SOLAR-10.7B-v1.0", "apache-2.0",
            source:
                "`license: apache-2.0` in Upstage's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "upstage/SOLAR-10.7B-Instruct-v1.0", "cc-by-nc-4.0",
            source:
                "`license: cc-by-nc-4.0` in Upstage's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry("openai/gpt-oss-20b", "apache-2.0", source: "openai/gpt-oss LICENSE (P)"),
        Entry("openai/gpt-oss-120b", "apache-2.0", source: "openai/gpt-oss LICENSE (P)"),
        Entry(
            "allenai/OLMo-*", "apache-2.0", source: "allenai/OLMo LICENSE (P); OLMo-2-1124-13B card front matter (C)"),
        Entry(
            "nvidia/Cosmos-1.0-Diffusion-7B-Text2World", "nvidia-open-model-license",
            source: "verbatim card copy of the NVIDIA Open Model License (C)"),
    ])
}
