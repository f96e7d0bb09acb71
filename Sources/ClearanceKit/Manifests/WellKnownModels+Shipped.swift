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
            "mistralai/Devstral-Small-*", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/devstral-small-1-0-25-05.ts, devstral-small-1-1-25-07.ts, devstral-small-2-25-12.ts (P)"
        ),
        Entry(
            "mistralai/Magistral-Small-*", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/magistral-small-1-0-25-06.ts, -1-1-25-07.ts, -1-2-25-09.ts (P)"
        ),
        Entry(
            "mistralai/Ministral-3-*", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/ministral-3-3b-25-12.ts, ministral-3-8b-25-12.ts, ministral-3-14b-25-12.ts (P)"
        ),
        Entry(
            "mistralai/Leanstral-1.5-119B-A6B", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/leanstral-1-5.ts (P)"
        ),
        Entry(
            "mistralai/Leanstral-2603", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/leanstral-26-03.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Large-3-675B-Instruct-2512", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-large-3-25-12.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Large-Instruct-2411", "mrl",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-large-2-1-24-11.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Nemo-Instruct-FP8-2407", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-nemo-12b-24-07.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Small-3.2-24B-Instruct-2506", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-small-3-2-25-06.ts (P)"
        ),
        Entry(
            "mistralai/Mistral-Small-4-2603", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/mistral-small-4-0-26-03.ts (P)"
        ),
        Entry(
            "mistralai/Pixtral-Large-Instruct-2411", "mrl",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/pixtral-large-24-11.ts (P)"
        ),
        Entry(
            "mistralai/Shieldstral-1.0", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/shieldstral-1-0.ts (P)"
        ),
        Entry(
            "mistralai/Voxtral-Mini-3B-2507", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/voxtral-mini-25-07.ts (P)"
        ),
        Entry(
            "mistralai/Voxtral-Mini-4B-Realtime-2602", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/voxtral-mini-transcribe-realtime-26-02.ts (P)"
        ),
        Entry(
            "mistralai/Voxtral-Small-24B-2507", "apache-2.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/voxtral-small-25-07.ts (P)"
        ),
        Entry(
            "mistralai/Voxtral-4B-TTS-2603", "cc-by-nc-4.0",
            source:
                "Mistral's model page data, mistralai/platform-docs-public @222f4ba src/schema/models/models/voxtral-tts-26-03.ts, \"CC BY-NC 4.0\" (P)"
        ),
        Entry(
            "Qwen/Qwen3-0.6B*", "apache-2.0",
            source:
                "QwenLM/Qwen3 @7a2f61f README.md \"License Agreement\": \"All our open-weight models are licensed under Apache 2.0\"; Qwen3-0.6B is one of the sizes that README lists (P)"
        ),
        Entry(
            "Qwen/Qwen3-1.7B*", "apache-2.0",
            source:
                "QwenLM/Qwen3 @7a2f61f README.md \"License Agreement\": \"All our open-weight models are licensed under Apache 2.0\"; Qwen3-1.7B is one of the sizes that README lists (P)"
        ),
        Entry(
            "Qwen/Qwen3-4B*", "apache-2.0",
            source:
                "QwenLM/Qwen3 @7a2f61f README.md \"License Agreement\": \"All our open-weight models are licensed under Apache 2.0\"; Qwen3-4B is one of the sizes that README lists (P)"
        ),
        Entry(
            "Qwen/Qwen3-8B*", "apache-2.0",
            source:
                "QwenLM/Qwen3 @7a2f61f README.md \"License Agreement\": \"All our open-weight models are licensed under Apache 2.0\"; Qwen3-8B is one of the sizes that README lists (P)"
        ),
        Entry(
            "Qwen/Qwen3-14B*", "apache-2.0",
            source:
                "QwenLM/Qwen3 @7a2f61f README.md \"License Agreement\": \"All our open-weight models are licensed under Apache 2.0\"; Qwen3-14B is one of the sizes that README lists (P)"
        ),
        Entry(
            "Qwen/Qwen3-32B*", "apache-2.0",
            source:
                "QwenLM/Qwen3 @7a2f61f README.md \"License Agreement\": \"All our open-weight models are licensed under Apache 2.0\"; Qwen3-32B is one of the sizes that README lists (P)"
        ),
        Entry(
            "Qwen/Qwen3-30B-A3B*", "apache-2.0",
            source:
                "QwenLM/Qwen3 @7a2f61f README.md \"License Agreement\": \"All our open-weight models are licensed under Apache 2.0\"; Qwen3-30B-A3B is one of the sizes that README lists (P)"
        ),
        Entry(
            "Qwen/Qwen3-235B-A22B*", "apache-2.0",
            source:
                "QwenLM/Qwen3 @7a2f61f README.md \"License Agreement\": \"All our open-weight models are licensed under Apache 2.0\"; Qwen3-235B-A22B is one of the sizes that README lists (P)"
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
        Entry(
            "ibm-granite/granite-3b-code-*", "apache-2.0",
            source:
                "ibm-granite/granite-code-models @4eaac8e README.md \"License\": \"All Granite Code Models are distributed under Apache 2.0 license\" (P)"
        ),
        Entry(
            "ibm-granite/granite-8b-code-*", "apache-2.0",
            source:
                "ibm-granite/granite-code-models @4eaac8e README.md \"License\": \"All Granite Code Models are distributed under Apache 2.0 license\" (P)"
        ),
        Entry(
            "ibm-granite/granite-20b-code-*", "apache-2.0",
            source:
                "ibm-granite/granite-code-models @4eaac8e README.md \"License\": \"All Granite Code Models are distributed under Apache 2.0 license\" (P)"
        ),
        Entry(
            "ibm-granite/granite-34b-code-*", "apache-2.0",
            source:
                "ibm-granite/granite-code-models @4eaac8e README.md \"License\": \"All Granite Code Models are distributed under Apache 2.0 license\" (P)"
        ),
        Entry(
            "ibm-granite/granite-3.0-*", "apache-2.0",
            source:
                "ibm-granite/granite-3.0-language-models @5960b7f README.md: \"All the models are publicly released under an Apache 2.0 license\" (P)"
        ),
        Entry(
            "ibm-granite/granite-3.1-*", "apache-2.0",
            source:
                "ibm-granite/granite-3.1-language-models @336bd55 README.md: \"All the models are publicly released under an Apache 2.0 license\" (P)"
        ),
        Entry(
            "utter-project/EuroLLM-1.7B", "apache-2.0",
            source:
                "\"License: Apache License 2.0\" in utter-project/EuroLLM-1.7B's card, verbatim copy at https://huggingface.proxy.nlp.skieer.com/utter-project/EuroLLM-1.7B (C)"
        ),
        Entry(
            "utter-project/EuroLLM-1.7B-Instruct", "apache-2.0",
            source:
                "`license: apache-2.0` in utter-project/EuroLLM-1.7B-Instruct's card, base utter-project/EuroLLM-1.7B (Apache-2.0), card front matter, verbatim copy at https://hf.qhduan.com/utter-project/EuroLLM-1.7B-Instruct/resolve/main/README.md (C)"
        ),
        // Bases that real cards name (issue 17): the most named bases of the cards in YinanWusoymilk/hf-readme,
        // asgaardlab/model-card-reorganization and daniel-p-green/alain-ai-learning-platform that the entries above
        // did not know (Scripts/index-candidates.py lists them), each with what its own card declares. A base whose
        // card declares a license that drops its own base's terms carries both.
        Entry(
            "OpenGVLab/InternViT-6B-448px-V1-5", "mit",
            source:
                "`license: mit` in OpenGVLab/InternViT-6B-448px-V1-5's card (its base OpenGVLab/InternViT-6B-448px-V1-2 is the publisher's own), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C); OpenGVLab/InternVL @2410d1d README.md \"License\": MIT (P)"
        ),
        Entry(
            "OpenGVLab/InternViT-300M-448px", "mit",
            source:
                "`license: mit` in OpenGVLab/InternViT-300M-448px's card (distilled from the publisher's own InternViT-6B-448px-V1-5), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C); OpenGVLab/InternVL @2410d1d README.md \"License\": MIT (P)"
        ),
        Entry(
            "NousResearch/Hermes-2-Theta-Llama-3-70B", "llama3",
            source:
                "`license: llama3` in NousResearch/Hermes-2-Theta-Llama-3-70B's card (a merge of Hermes 2 Pro and Meta's Llama-3 Instruct), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "NousResearch/Hermes-2-Pro-Llama-3-8B", "llama3",
            source:
                "`license: llama3` in NousResearch/Hermes-2-Pro-Llama-3-8B's card, base NousResearch/Meta-Llama-3-8B, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "mattshumer/Reflection-Llama-3.1-70B", "llama3.1",
            source:
                "`license: llama3.1` in mattshumer/Reflection-Llama-3.1-70B's card, base meta-llama/Meta-Llama-3.1-70B-Instruct, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "LumiOpen/Llama-Poro-2-8B-base", "llama3.1",
            source:
                "`license: llama3.1` and \"made available under the Llama 3.1 Community License\" (continued pretraining of Llama 3.1 8B) in LumiOpen/Llama-Poro-2-8B-base's card, card front matter, verbatim copy at https://hf-mirror.492719920.workers.dev/LumiOpen/Llama-Poro-2-8B-base/blame/main/README.md (C)"
        ),
        Entry(
            "LumiOpen/Llama-Poro-2-8B-SFT", "llama3.3 AND llama3.1",
            source:
                "`license: llama3.3` in LumiOpen/Llama-Poro-2-8B-SFT's card (fine-tuned from Poro 2 8B Base, \"Based on Llama 3.1 8B\", whose card declares `llama3.1`), card front matter, verbatim copy at https://hf-mirror.492719920.workers.dev/LumiOpen/Llama-Poro-2-8B-SFT/resolve/main/README.md (C)"
        ),
        Entry(
            "LumiOpen/Llama-Poro-2-8B-Instruct", "llama3.3 AND llama3.1",
            source:
                "\"Poro 2 8B Instruct is released under the Llama 3.3 Community License\" (License section) and \"Based on Llama 3.1 8B\" (SFT and DPO of Poro 2 8B Base, whose card declares `llama3.1`) in LumiOpen/Llama-Poro-2-8B-Instruct's card, verbatim copy at https://alpha-ollama.hf-mirror.com/LumiOpen/Llama-Poro-2-8B-Instruct (C)"
        ),
        Entry(
            "Phind/Phind-CodeLlama-34B-v2", "llama2",
            source:
                "`license: llama2` in Phind/Phind-CodeLlama-34B-v2's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "alpindale/goliath-120b", "llama2",
            source:
                "`license: llama2` in alpindale/goliath-120b's card (two Llama-2 70B fine-tunes combined), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "jarradh/llama2_70b_chat_uncensored", "llama2",
            source:
                "`license: llama2` in jarradh/llama2_70b_chat_uncensored's card (fine-tuned Llama-2 70B), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Tap-M/Luna-AI-Llama2-Uncensored", "cc-by-sa-4.0 AND llama2",
            source:
                "`license: cc-by-sa-4.0` in Tap-M/Luna-AI-Llama2-Uncensored's card, which says \"a Llama2 based Chat model\"; the Llama 2 terms are kept, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "lizpreciatior/lzlv_70b_fp16_hf", "cc-by-nc-2.0 AND llama2",
            source:
                "`license: cc-by-nc-2.0` in lizpreciatior/lzlv_70b_fp16_hf's card, which says \"a multi-model merge of several LLaMA2 70B finetunes\"; the Llama 2 terms are kept, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "NousResearch/Nous-Hermes-Llama2-13b", "mit AND llama2",
            source:
                "`license: [mit]` in NousResearch/Nous-Hermes-Llama2-13b's card (tag `llama-2`; \"the exact same dataset as Hermes on Llama-1\"); the Llama 2 terms are kept, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "WizardLMTeam/WizardCoder-Python-13B-V1.0", "llama2",
            source:
                "`license: llama2` in WizardLMTeam/WizardCoder-Python-13B-V1.0's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "WizardLM/WizardCoder-Python-13B-V1.0", "llama2",
            source:
                "`license: llama2` in WizardLMTeam/WizardCoder-Python-13B-V1.0's card, whose own table links it as WizardLM/WizardCoder-Python-13B-V1.0, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "WizardLMTeam/WizardCoder-Python-34B-V1.0", "llama2",
            source:
                "`license: llama2` in WizardLMTeam/WizardCoder-Python-34B-V1.0's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "WizardLM/WizardCoder-Python-34B-V1.0", "llama2",
            source:
                "`license: llama2` in WizardLMTeam/WizardCoder-Python-34B-V1.0's card, whose own table links it as WizardLM/WizardCoder-Python-34B-V1.0, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "WizardLMTeam/WizardMath-70B-V1.0", "llama2",
            source:
                "`license: llama2` in WizardLMTeam/WizardMath-70B-V1.0's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "moreh/MoMo-72B-lora-1.8.7-DPO", "mit AND tongyi-qianwen",
            source:
                "`license: mit` in moreh/MoMo-72B-lora-1.8.7-DPO's card, which says its base MoMo-72B-LoRA-V1.4 was trained \"with the QWEN-72B model as its base-model\"; the Qwen-72B terms are kept, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "nvidia/NVLM-D-72B", "cc-by-nc-4.0 AND tongyi-qianwen",
            source:
                "`license: cc-by-nc-4.0` in nvidia/NVLM-D-72B's card, trained \"based on the Qwen2-72B-Instruct text-only model\" (Tongyi Qianwen, kept); \"a family of frontier-class multimodal large language models\", card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)",
            multimodal: true
        ),
        Entry(
            "lmms-lab/llava-onevision-qwen2-7b-si", "apache-2.0",
            source:
                "`license: apache-2.0` in lmms-lab/llava-onevision-qwen2-7b-si's card (\"based on Qwen2 language model\"; Qwen2-7B is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "ise-uiuc/Magicoder-S-DS-6.7B", "deepseek",
            source:
                "`license: other`, `license_name: deepseek` in ise-uiuc/Magicoder-S-DS-6.7B's card (finetuned from deepseek-coder-6.7b-base), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "teknium/OpenHermes-2.5-Mistral-7B", "apache-2.0",
            source:
                "`license: apache-2.0` in teknium/OpenHermes-2.5-Mistral-7B's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "teknium/OpenHermes-2-Mistral-7B", "apache-2.0",
            source:
                "`license: apache-2.0` in teknium/OpenHermes-2-Mistral-7B's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "HuggingFaceH4/zephyr-7b-beta", "mit AND apache-2.0",
            source:
                "`license: mit` in HuggingFaceH4/zephyr-7b-beta's card, base mistralai/Mistral-7B-v0.1 (Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "HuggingFaceH4/zephyr-7b-alpha", "mit AND apache-2.0",
            source:
                "`license: mit` in HuggingFaceH4/zephyr-7b-alpha's card, base mistralai/Mistral-7B-v0.1 (Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "alignment-handbook/zephyr-7b-sft-full", "apache-2.0",
            source:
                "`license: apache-2.0` in alignment-handbook/zephyr-7b-sft-full's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "NousResearch/Yarn-Mistral-7b-128k", "apache-2.0",
            source:
                "`license: apache-2.0` in NousResearch/Yarn-Mistral-7b-128k's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Open-Orca/Mistral-7B-OpenOrca", "apache-2.0",
            source:
                "`license: apache-2.0` in Open-Orca/Mistral-7B-OpenOrca's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openchat/openchat_3.5", "apache-2.0",
            source:
                "`license: apache-2.0` in openchat/openchat_3.5's card (\"Our OpenChat 3.5 code and models are distributed under the Apache License 2.0\"), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openchat/openchat-3.5-0106", "apache-2.0",
            source:
                "`license: apache-2.0` in openchat/openchat-3.5-0106's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "openchat/openchat-3.5-1210", "apache-2.0",
            source:
                "`license: apache-2.0` in openchat/openchat-3.5-1210's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Intel/neural-chat-7b-v3-1", "apache-2.0",
            source:
                "`license: apache-2.0` in Intel/neural-chat-7b-v3-1's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Intel/neural-chat-7b-v3-3", "apache-2.0",
            source:
                "`license: apache-2.0` in Intel/neural-chat-7b-v3-3's card (its base Intel/neural-chat-7b-v3-1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "meta-math/MetaMath-Mistral-7B", "apache-2.0",
            source:
                "`license: apache-2.0` in meta-math/MetaMath-Mistral-7B's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "cognitivecomputations/dolphin-2.1-mistral-7b", "apache-2.0",
            source:
                "`license: apache-2.0` in cognitivecomputations/dolphin-2.1-mistral-7b's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "ehartford/dolphin-2.1-mistral-7b", "apache-2.0",
            source:
                "`license: apache-2.0` in cognitivecomputations/dolphin-2.1-mistral-7b's card, whose own leaderboard link names it ehartford/dolphin-2.1-mistral-7b (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "cognitivecomputations/dolphin-2.2.1-mistral-7b", "apache-2.0",
            source:
                "`license: apache-2.0` in cognitivecomputations/dolphin-2.2.1-mistral-7b's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "cognitivecomputations/dolphin-2.6-mistral-7b", "apache-2.0",
            source:
                "`license: apache-2.0` in cognitivecomputations/dolphin-2.6-mistral-7b's card (\"based on Mistral-7b\", Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "cognitivecomputations/dolphin-2.5-mixtral-8x7b", "apache-2.0",
            source:
                "`license: apache-2.0` in cognitivecomputations/dolphin-2.5-mixtral-8x7b's card (\"based on Mixtral-8x7b\", Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "cognitivecomputations/dolphin-2.7-mixtral-8x7b", "apache-2.0",
            source:
                "`license: apache-2.0` in cognitivecomputations/dolphin-2.7-mixtral-8x7b's card (\"based on Mixtral-8x7b\", Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "v2ray/Mixtral-8x22B-v0.1", "apache-2.0",
            source:
                "`license: apache-2.0` in v2ray/Mixtral-8x22B-v0.1's card (a copy of Mistral AI's Mixtral-8x22B-v0.1, Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "intervitens/mini-magnum-12b-v1.1", "apache-2.0",
            source:
                "`license: apache-2.0` in intervitens/mini-magnum-12b-v1.1's card (its base mistralai/Mistral-Nemo-Base-2407 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "anthracite-org/magnum-v2-12b", "apache-2.0",
            source:
                "`license: apache-2.0` in anthracite-org/magnum-v2-12b's card (its base mistralai/Mistral-Nemo-Base-2407 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "nothingiisreal/MN-12B-Celeste-V1.9", "apache-2.0",
            source:
                "`license: apache-2.0` in nothingiisreal/MN-12B-Celeste-V1.9's card (\"Based on Mistral Nemo 12B\", Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "NousResearch/Nous-Hermes-2-SOLAR-10.7B", "apache-2.0",
            source:
                "`license: apache-2.0` in NousResearch/Nous-Hermes-2-SOLAR-10.7B's card (its base upstage/SOLAR-10.7B-v1.0 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "yanolja/EEVE-Korean-10.8B-v1.0", "apache-2.0",
            source:
                "`license: apache-2.0` in yanolja/EEVE-Korean-10.8B-v1.0's card (its base upstage/SOLAR-10.7B-v1.0 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "NousResearch/Nous-Hermes-2-Yi-34B", "apache-2.0",
            source:
                "`license: apache-2.0` in NousResearch/Nous-Hermes-2-Yi-34B's card (its base 01-ai/Yi-34B is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "NousResearch/Nous-Capybara-34B", "mit AND apache-2.0",
            source:
                "`license: [mit]` in NousResearch/Nous-Capybara-34B's card, which says \"trained on the Yi-34B model with 200K context length\" (01-ai/Yi-34B-200K, Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Linaqruf/animagine-xl-2.0", "openrail++",
            source:
                "`license: openrail++` in Linaqruf/animagine-xl-2.0's card, base stabilityai/stable-diffusion-xl-base-1.0 (openrail++), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Linaqruf/animagine-xl-3.0", "faipl-1.0-sd AND openrail++",
            source:
                "`license: other`, `license_name: faipl-1.0-sd` in Linaqruf/animagine-xl-3.0's card, base Linaqruf/animagine-xl-2.0 (openrail++, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "segmind/SSD-1B", "apache-2.0 AND openrail++",
            source:
                "`license: apache-2.0` in segmind/SSD-1B's card, \"a distilled 50% smaller version of the Stable Diffusion XL (SDXL)\" (openrail++, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C); the card also names ZavyChromaXL and JuggernautXL as teachers, whose licenses were not read"
        ),
        Entry(
            "diffusers/stable-diffusion-xl-1.0-inpainting-0.1", "openrail++",
            source:
                "`license: openrail++` in diffusers/stable-diffusion-xl-1.0-inpainting-0.1's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "stabilityai/stablelm-3b-4e1t", "cc-by-sa-4.0",
            source:
                "`license: cc-by-sa-4.0` in stabilityai/stablelm-3b-4e1t's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "allenai/OLMoE-1B-7B-0924", "apache-2.0",
            source:
                "`license: apache-2.0` in allenai/OLMoE-1B-7B-0924's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "rinna/japanese-gpt-neox-3.6b", "mit",
            source:
                "`license: mit` in rinna/japanese-gpt-neox-3.6b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "CohereForAI/c4ai-command-r-plus", "cc-by-nc-4.0",
            source:
                "`license: cc-by-nc-4.0` in CohereForAI/c4ai-command-r-plus's card, card front matter, verbatim copy in asgaardlab/model-card-reorganization @d31e549 (C)"
        ),
        Entry(
            "google/t5-v1_1-xxl", "apache-2.0",
            source:
                "`license: apache-2.0` in google/t5-v1_1-xxl's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "distilbert/distilbert-base-uncased", "apache-2.0",
            source:
                "`license: apache-2.0` in distilbert/distilbert-base-uncased's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "distilbert/distilbert-base-cased", "apache-2.0",
            source:
                "`license: apache-2.0` in distilbert/distilbert-base-cased's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "distilbert/distilroberta-base", "apache-2.0",
            source:
                "`license: apache-2.0` in distilbert/distilroberta-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "tohoku-nlp/bert-base-japanese-v3", "apache-2.0",
            source:
                "`license: apache-2.0` in tohoku-nlp/bert-base-japanese-v3's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-base-en-v1.5", "mit",
            source:
                "`license: mit` in BAAI/bge-base-en-v1.5's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-large-en-v1.5", "mit",
            source:
                "`license: mit` in BAAI/bge-large-en-v1.5's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "avsolatorio/GIST-large-Embedding-v0", "mit",
            source:
                "`license: mit` in avsolatorio/GIST-large-Embedding-v0's card (fine-tuned on BAAI/bge-large-en-v1.5, MIT), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "WhereIsAI/UAE-Large-V1", "mit",
            source:
                "`license: mit` in WhereIsAI/UAE-Large-V1's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "mixedbread-ai/mxbai-embed-large-v1", "apache-2.0",
            source:
                "`license: apache-2.0` in mixedbread-ai/mxbai-embed-large-v1's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "cointegrated/rubert-tiny2", "mit",
            source:
                "`license: mit` in cointegrated/rubert-tiny2's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "papluca/xlm-roberta-base-language-detection", "mit",
            source:
                "`license: mit` in papluca/xlm-roberta-base-language-detection's card, base xlm-roberta-base (MIT), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "unitary/unbiased-toxic-roberta", "apache-2.0",
            source:
                "`license: apache-2.0` in unitary/unbiased-toxic-roberta's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/detr-resnet-50", "apache-2.0",
            source:
                "`license: apache-2.0` in facebook/detr-resnet-50's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/hubert-large-ls960-ft", "apache-2.0",
            source:
                "`license: apache-2.0` in facebook/hubert-large-ls960-ft's card (fine-tuned from the publisher's own hubert-large-ll60k), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "MIT/ast-finetuned-audioset-10-10-0.4593", "bsd-3-clause",
            source:
                "`license: bsd-3-clause` in MIT/ast-finetuned-audioset-10-10-0.4593's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/Florence-2-base-ft", "mit",
            source:
                "`license: mit` in microsoft/Florence-2-base-ft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "lj1995/VoiceConversionWebUI", "mit",
            source:
                "`license: mit` in lj1995/VoiceConversionWebUI's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        // Bases that real cards link as the model they were fine-tuned from, based on or merged from (the same
        // mirrors, Scripts/index-candidates.py --prose), each with what its own card declares.
        Entry(
            "moreh/MoMo-72B-LoRA-V1.4", "mit AND tongyi-qianwen",
            source:
                "`license: mit` in moreh/MoMo-72B-LoRA-V1.4's card, which says it was trained \"with the QWEN-72B model as its base-model\"; the Qwen-72B terms are kept, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "NousResearch/Hermes-3-Llama-3.1-8B", "llama3 AND llama3.1",
            source:
                "`license: llama3` in NousResearch/Hermes-3-Llama-3.1-8B's card, base meta-llama/Meta-Llama-3.1-8B (Llama 3.1, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "akjindal53244/Llama-3.1-Storm-8B", "llama3.1",
            source:
                "`license: llama3.1` in akjindal53244/Llama-3.1-Storm-8B's card (fine-tuned over Llama-3.1-8B-Instruct), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Xwin-LM/Xwin-LM-70B-V0.1", "llama2",
            source:
                "`license: llama2` in Xwin-LM/Xwin-LM-70B-V0.1's card (\"based on Llama2\"), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "AdaptLLM/finance-chat", "llama2",
            source:
                "`license: llama2` in AdaptLLM/finance-chat's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "togethercomputer/Llama-2-7B-32K", "llama2",
            source:
                "`license: llama2` in togethercomputer/Llama-2-7B-32K's card (\"fine-tuned from Meta's original Llama-2 7B model\"), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Open-Orca/OpenOrcaxOpenChat-Preview2-13B", "llama2",
            source:
                "`license: llama2` in Open-Orca/OpenOrcaxOpenChat-Preview2-13B's card (\"fine-tune Llama2-13B\"), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Open-Orca/OpenOrca-Platypus2-13B", "cc-by-nc-4.0 AND llama2",
            source:
                "`license: cc-by-nc-4.0` in Open-Orca/OpenOrca-Platypus2-13B's card, \"Llama2-13B Model Instruct-tuned\"; the Llama 2 terms are kept, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "eachadea/vicuna-13b-1.1", "apache-2.0 AND llama1",
            source:
                "`license: apache-2.0` in eachadea/vicuna-13b-1.1's card, \"trained by fine-tuning LLaMA\"; the LLaMA 1 terms are kept, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "databricks/dolly-v2-3b", "mit AND apache-2.0",
            source:
                "`license: mit` in databricks/dolly-v2-3b's card, \"Based on `pythia-2.8b`\" (EleutherAI/pythia-2.8b, Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "databricks/dolly-v2-7b", "mit AND apache-2.0",
            source:
                "`license: mit` in databricks/dolly-v2-7b's card, \"Based on `pythia-6.9b`\" (EleutherAI/pythia-6.9b, Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "databricks/dolly-v2-12b", "mit AND apache-2.0",
            source:
                "`license: mit` in databricks/dolly-v2-12b's card, \"Based on `pythia-12b`\" (EleutherAI/pythia-12b, Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "EleutherAI/pythia-2.8b", "apache-2.0",
            source:
                "`license: apache-2.0` in EleutherAI/pythia-2.8b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "EleutherAI/pythia-6.9b", "apache-2.0",
            source:
                "`license: apache-2.0` in EleutherAI/pythia-6.9b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "EleutherAI/pythia-12b", "apache-2.0",
            source:
                "`license: apache-2.0` in EleutherAI/pythia-12b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "EleutherAI/gpt-j-6B", "apache-2.0",
            source:
                "`license: apache-2.0` in EleutherAI/gpt-j-6B's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "EleutherAI/gpt-neox-20b", "apache-2.0",
            source:
                "`license: apache-2.0` in EleutherAI/gpt-neox-20b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "hivemind/gpt-j-6B-8bit", "apache-2.0",
            source:
                "`license: apache-2.0` in hivemind/gpt-j-6B-8bit's card (its base EleutherAI/gpt-j-6B is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "togethercomputer/GPT-JT-6B-v1", "apache-2.0",
            source:
                "`license: apache-2.0` in togethercomputer/GPT-JT-6B-v1's card (its base EleutherAI/gpt-j-6B is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "PygmalionAI/pygmalion-6b", "creativeml-openrail-m AND apache-2.0",
            source:
                "`license: creativeml-openrail-m` in PygmalionAI/pygmalion-6b's card, \"based on EleutherAI's GPT-J-6B\" (Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "togethercomputer/RedPajama-INCITE-7B-Base", "apache-2.0",
            source:
                "`license: apache-2.0` in togethercomputer/RedPajama-INCITE-7B-Base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "togethercomputer/RedPajama-INCITE-Base-3B-v1", "apache-2.0",
            source:
                "`license: apache-2.0` in togethercomputer/RedPajama-INCITE-Base-3B-v1's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "mosaicml/mpt-7b", "apache-2.0",
            source:
                "`license: apache-2.0` in mosaicml/mpt-7b's card (\"pretrained from scratch\"), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "mosaicml/mpt-30b", "apache-2.0",
            source:
                "`license: apache-2.0` in mosaicml/mpt-30b's card (\"pretrained from scratch\"), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "mosaicml/mpt-7b-storywriter", "apache-2.0",
            source:
                "`license: apache-2.0` in mosaicml/mpt-7b-storywriter's card (finetuned from the publisher's own MPT-7B), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "mosaicml/mpt-1b-redpajama-200b", "apache-2.0",
            source:
                "`license: apache-2.0` in mosaicml/mpt-1b-redpajama-200b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "syzymon/long_llama_3b", "apache-2.0",
            source:
                "`license: apache-2.0` in syzymon/long_llama_3b's card (built on OpenLLaMA, Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Deci/DeciLM-7B", "apache-2.0",
            source:
                "`license: apache-2.0` in Deci/DeciLM-7B's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Deci/DeciLM-7B-instruct", "apache-2.0",
            source:
                "`license: apache-2.0` in Deci/DeciLM-7B-instruct's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "mtgv/MobileLLaMA-1.4B-Base", "apache-2.0",
            source:
                "`license: apache-2.0` in mtgv/MobileLLaMA-1.4B-Base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "replit/replit-code-v1-3b", "cc-by-sa-4.0",
            source:
                "`license: cc-by-sa-4.0` in replit/replit-code-v1-3b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "stabilityai/stablelm-base-alpha-7b", "cc-by-sa-4.0",
            source:
                "`license: cc-by-sa-4.0` in stabilityai/stablelm-base-alpha-7b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "THUDM/glm-4-9b", "glm-4",
            source:
                "`license: other`, `license_name: glm-4` in THUDM/glm-4-9b's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "fnlp/moss-moon-003-sft", "agpl-3.0",
            source:
                "`license: agpl-3.0` in fnlp/moss-moon-003-sft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "fnlp/moss-moon-003-sft-plugin", "agpl-3.0",
            source:
                "`license: agpl-3.0` in fnlp/moss-moon-003-sft-plugin's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "joaoalvarenga/bloom-8bit", "bigscience-bloom-rail-1.0",
            source:
                "`license: bigscience-bloom-rail-1.0` in joaoalvarenga/bloom-8bit's card (an 8-bit version of bigscience/bloom), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "MediaTek-Research/Breeze-7B-Instruct-v0_1", "apache-2.0",
            source:
                "`license: apache-2.0` in MediaTek-Research/Breeze-7B-Instruct-v0_1's card (its base mistralai/Mistral-7B-v0.1 is Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "SciPhi/SciPhi-Mistral-7B-32k", "mit AND apache-2.0",
            source:
                "`license: mit` in SciPhi/SciPhi-Mistral-7B-32k's card, \"fine-tuned from Mistral-7B-v0.1\" (Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "intfloat/e5-mistral-7b-instruct", "mit AND apache-2.0",
            source:
                "`license: mit` in intfloat/e5-mistral-7b-instruct's card, \"initialized from Mistral-7B-v0.1\" (Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "intfloat/multilingual-e5-base", "mit",
            source:
                "`license: mit` in intfloat/multilingual-e5-base's card (initialized from xlm-roberta-base, MIT), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "time-series-foundation-models/Lag-Llama", "apache-2.0",
            source:
                "`license: apache-2.0` in time-series-foundation-models/Lag-Llama's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/t5-v1_1-large", "apache-2.0",
            source:
                "`license: apache-2.0` in google/t5-v1_1-large's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/t5-v1_1-base", "apache-2.0",
            source:
                "`license: apache-2.0` in google/t5-v1_1-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/ul2", "apache-2.0",
            source:
                "`license: apache-2.0` in google/ul2's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/long-t5-tglobal-base", "apache-2.0",
            source:
                "`license: apache-2.0` in google/long-t5-tglobal-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/fnet-base", "apache-2.0",
            source:
                "`license: apache-2.0` in google/fnet-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/bert_uncased_L-2_H-128_A-2", "apache-2.0",
            source:
                "`license: apache-2.0` in google/bert_uncased_L-2_H-128_A-2's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/tapas-base-finetuned-wtq", "apache-2.0",
            source:
                "`license: apache-2.0` in google/tapas-base-finetuned-wtq's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "google/tapas-large-finetuned-wtq", "apache-2.0",
            source:
                "`license: apache-2.0` in google/tapas-large-finetuned-wtq's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Salesforce/codet5-base", "apache-2.0",
            source:
                "`license: apache-2.0` in Salesforce/codet5-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "philschmid/flan-t5-base-samsum", "apache-2.0",
            source:
                "`license: apache-2.0` in philschmid/flan-t5-base-samsum's card (fine-tuned from google/flan-t5-base, Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "philschmid/bart-large-cnn-samsum", "mit",
            source:
                "`license: mit` in philschmid/bart-large-cnn-samsum's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "mrm8488/t5-base-finetuned-question-generation-ap", "apache-2.0",
            source:
                "`license: apache-2.0` in mrm8488/t5-base-finetuned-question-generation-ap's card (Google's T5-base, Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis", "apache-2.0",
            source:
                "`license: apache-2.0` in mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "lvwerra/distilbert-imdb", "apache-2.0",
            source:
                "`license: apache-2.0` in lvwerra/distilbert-imdb's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "dslim/bert-base-NER", "mit AND apache-2.0",
            source:
                "`license: mit` in dslim/bert-base-NER's card, \"a bert-base-cased model that was fine-tuned\" (google-bert/bert-base-cased, Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "dslim/bert-large-NER", "mit AND apache-2.0",
            source:
                "`license: mit` in dslim/bert-large-NER's card, \"a bert-large-cased model that was fine-tuned\" (google-bert/bert-large-cased, Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "dslim/distilbert-NER", "apache-2.0",
            source:
                "`license: apache-2.0` in dslim/distilbert-NER's card, base distilbert-base-cased (Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepset/roberta-base-squad2", "cc-by-4.0 AND mit",
            source:
                "`license: cc-by-4.0` in deepset/roberta-base-squad2's card, base FacebookAI/roberta-base (MIT, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "deepset/gbert-base", "mit",
            source:
                "`license: mit` in deepset/gbert-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/MiniLM-L12-H384-uncased", "mit",
            source:
                "`license: mit` in microsoft/MiniLM-L12-H384-uncased's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/DialoGPT-medium", "mit",
            source:
                "`license: mit` in microsoft/DialoGPT-medium's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/beit-base-patch16-224-pt22k-ft22k", "apache-2.0",
            source:
                "`license: apache-2.0` in microsoft/beit-base-patch16-224-pt22k-ft22k's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "cointegrated/rubert-tiny", "mit AND apache-2.0",
            source:
                "`license: mit` in cointegrated/rubert-tiny's card, \"a very small distilled version of the bert-base-multilingual-cased model\" (Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "bertin-project/bertin-roberta-base-spanish", "cc-by-4.0",
            source:
                "`license: cc-by-4.0` in bertin-project/bertin-roberta-base-spanish's card (\"trained from scratch\"), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "CAMeL-Lab/bert-base-arabic-camelbert-da", "apache-2.0",
            source:
                "`license: apache-2.0` in CAMeL-Lab/bert-base-arabic-camelbert-da's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "dbmdz/bert-base-italian-xxl-cased", "mit",
            source:
                "`license: mit` in dbmdz/bert-base-italian-xxl-cased's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "hfl/chinese-roberta-wwm-ext-large", "apache-2.0",
            source:
                "`license: apache-2.0` in hfl/chinese-roberta-wwm-ext-large's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "neuralmind/bert-base-portuguese-cased", "mit",
            source:
                "`license: mit` in neuralmind/bert-base-portuguese-cased's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "pdelobelle/robbert-v2-dutch-base", "mit",
            source:
                "`license: mit` in pdelobelle/robbert-v2-dutch-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "vinai/bertweet-base", "mit",
            source:
                "`license: mit` in vinai/bertweet-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "vinai/phobert-base", "mit",
            source:
                "`license: mit` in vinai/phobert-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "shibing624/text2vec-base-chinese", "apache-2.0",
            source:
                "`license: apache-2.0` in shibing624/text2vec-base-chinese's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "sentence-transformers/distiluse-base-multilingual-cased-v1", "apache-2.0",
            source:
                "`license: apache-2.0` in sentence-transformers/distiluse-base-multilingual-cased-v1's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "urchade/gliner_medium-v2.1", "apache-2.0",
            source:
                "`license: apache-2.0` in urchade/gliner_medium-v2.1's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "jinaai/jina-colbert-v1-en", "apache-2.0",
            source:
                "`license: apache-2.0` in jinaai/jina-colbert-v1-en's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-small-en-v1.5", "mit",
            source:
                "`license: mit` in BAAI/bge-small-en-v1.5's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-base-en", "mit",
            source:
                "`license: mit` in BAAI/bge-base-en's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-large-en", "mit",
            source:
                "`license: mit` in BAAI/bge-large-en's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-small-en", "mit",
            source:
                "`license: mit` in BAAI/bge-small-en's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-large-zh", "mit",
            source:
                "`license: mit` in BAAI/bge-large-zh's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-large-zh-v1.5", "mit",
            source:
                "`license: mit` in BAAI/bge-large-zh-v1.5's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-small-zh-v1.5", "mit",
            source:
                "`license: mit` in BAAI/bge-small-zh-v1.5's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-m3", "mit",
            source:
                "`license: mit` in BAAI/bge-m3's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-reranker-base", "mit",
            source:
                "`license: mit` in BAAI/bge-reranker-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-reranker-large", "mit",
            source:
                "`license: mit` in BAAI/bge-reranker-large's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/llm-embedder", "mit",
            source:
                "`license: mit` in BAAI/llm-embedder's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "BAAI/bge-en-icl", "apache-2.0",
            source:
                "`license: apache-2.0` in BAAI/bge-en-icl's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "thenlper/gte-base", "mit",
            source:
                "`license: mit` in thenlper/gte-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "thenlper/gte-large", "mit",
            source:
                "`license: mit` in thenlper/gte-large's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "thenlper/gte-small", "mit",
            source:
                "`license: mit` in thenlper/gte-small's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/hubert-base-ls960", "apache-2.0",
            source:
                "`license: apache-2.0` in facebook/hubert-base-ls960's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "facebook/dinov2-base", "apache-2.0",
            source:
                "`license: apache-2.0` in facebook/dinov2-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "jonatasgrosman/wav2vec2-large-xlsr-53-english", "apache-2.0",
            source:
                "`license: apache-2.0` in jonatasgrosman/wav2vec2-large-xlsr-53-english's card, fine-tuned facebook/wav2vec2-large-xlsr-53 (Apache-2.0), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "airesearch/wav2vec2-large-xlsr-53-th", "cc-by-sa-4.0 AND apache-2.0",
            source:
                "`license: cc-by-sa-4.0` in airesearch/wav2vec2-large-xlsr-53-th's card, fine-tuned facebook/wav2vec2-large-xlsr-53 (Apache-2.0, kept), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "parler-tts/parler_tts_mini_v0.1", "apache-2.0",
            source:
                "`license: apache-2.0` in parler-tts/parler_tts_mini_v0.1's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "laion/CLIP-ViT-bigG-14-laion2B-39B-b160k", "mit",
            source:
                "`license: mit` in laion/CLIP-ViT-bigG-14-laion2B-39B-b160k's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/Florence-2-base", "mit",
            source:
                "`license: mit` in microsoft/Florence-2-base's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/Florence-2-large", "mit",
            source:
                "`license: mit` in microsoft/Florence-2-large's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "microsoft/Florence-2-large-ft", "mit",
            source:
                "`license: mit` in microsoft/Florence-2-large-ft's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "dalle-mini/dalle-mini", "apache-2.0",
            source:
                "`license: apache-2.0` in dalle-mini/dalle-mini's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "CompVis/stable-diffusion", "creativeml-openrail-m",
            source:
                "`license: creativeml-openrail-m` in CompVis/stable-diffusion's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "hakurei/waifu-diffusion", "creativeml-openrail-m",
            source:
                "`license: creativeml-openrail-m` in hakurei/waifu-diffusion's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "JosephusCheung/ACertainty", "creativeml-openrail-m",
            source:
                "`license: creativeml-openrail-m` in JosephusCheung/ACertainty's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Lykon/dreamshaper-7", "creativeml-openrail-m",
            source:
                "`license: creativeml-openrail-m` in Lykon/dreamshaper-7's card (its base runwayml/stable-diffusion-v1-5 is CreativeML Open RAIL-M), card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "lambdalabs/sd-image-variations-diffusers", "creativeml-openrail-m",
            source:
                "`license: creativeml-openrail-m` in lambdalabs/sd-image-variations-diffusers's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "IDEA-CCNL/Taiyi-Stable-Diffusion-1B-Chinese-v0.1", "creativeml-openrail-m",
            source:
                "`license: creativeml-openrail-m` in IDEA-CCNL/Taiyi-Stable-Diffusion-1B-Chinese-v0.1's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "NoCrypt/SomethingV2", "creativeml-openrail-m",
            source:
                "`license: creativeml-openrail-m` in NoCrypt/SomethingV2's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "Xynon/SD-Silicon", "creativeml-openrail-m",
            source:
                "`license: creativeml-openrail-m` in Xynon/SD-Silicon's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
        Entry(
            "stabilityai/sdxl-vae", "mit",
            source:
                "`license: mit` in stabilityai/sdxl-vae's card, card front matter, verbatim copy in YinanWusoymilk/hf-readme @eb4de03 (C)"
        ),
    ])
}
