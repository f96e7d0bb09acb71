/// A shipped index of well-known Hugging Face model ids and the license their weights are released under.
///
/// Lineage uses it for a base model that is not in the same run. Every entry states a fact from the project's
/// reference notes on model licenses (`license-facts.md`), marked there as read in the licensor's own text (P)
/// or in a verbatim copy (C); facts known only from secondary sources are left out, so those bases stay
/// unknown and fail closed. <doc:ModelLineage> lists the table with the source of each entry.
///
/// Patterns are Hub ids, matched case-insensitively; a trailing `*` matches any rest. When several patterns
/// match, the longest wins (so `deepseek-ai/DeepSeek-R1-Distill-Llama-8B` is not `deepseek-ai/DeepSeek-R1*`).
public struct WellKnownModels: Sendable {
    /// One pattern and the license it maps to.
    public struct Entry: Hashable, Sendable {
        /// A Hub id, or a prefix of one ending in `*`.
        public var pattern: String
        /// The catalog id of the license.
        public var license: String
        /// Where the fact comes from, for findings and the documentation.
        public var source: String
        /// Whether the model is multimodal, when its licensor's model card says; nil when not recorded.
        public var multimodal: Bool?

        public init(_ pattern: String, _ license: String, source: String, multimodal: Bool? = nil) {
            self.pattern = pattern
            self.license = license
            self.source = source
            self.multimodal = multimodal
            let lower = pattern.lowercased()
            isPrefix = lower.hasSuffix("*")
            key = isPrefix ? String(lower.dropLast()) : lower
        }

        /// The lowercased pattern without its `*`.
        let key: String
        let isPrefix: Bool

        /// Whether `id` (already lowercased) matches this pattern.
        func matches(_ id: String) -> Bool {
            isPrefix ? id.hasPrefix(key) : id == key
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The entry for the model `id`, or nil when no pattern matches.
    ///
    /// `id` may also be written as a Hub URL (`https://huggingface.co/org/name`), a purl
    /// (`pkg:huggingface/org/name@rev`) or with a revision (`org/name@rev`).
    public func entry(for id: String) -> Entry? {
        let key = Self.normalized(id)
        var best: Entry?
        for entry in entries where entry.matches(key) {
            if let current = best {
                let a = entry.key.utf8.count
                let b = current.key.utf8.count
                if a > b || (a == b && !entry.isPrefix) { best = entry }
            } else {
                best = entry
            }
        }
        return best
    }

    /// A model reference as a lowercased `org/name`.
    static func normalized(_ id: String) -> String {
        let lower = LicenseText.trim(id).lowercased()
        // Fast path: a plain `org/name`.
        if !lower.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "@") }), !lower.hasSuffix("/") {
            return lower
        }
        var s = Substring(lower)
        for prefix in [
            "https://huggingface.co/", "http://huggingface.co/", "https://hf.co/", "hf.co/", "pkg:huggingface/",
        ]
        where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
        }
        if let at = s.firstIndex(of: "@") { s = s[..<at] }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }

    /// The index shipped with Clearance.
    public static let shipped = WellKnownModels(entries: [
        // Meta Llama: the licence of each release (llama-models models/*/LICENSE, P).
        Entry(
            "meta-llama/Llama-2-*", "llama2",
            source: "Llama 2 Community License, meta-llama/llama-models models/llama2/LICENSE (P)"),
        Entry(
            "meta-llama/Meta-Llama-3-*", "llama3", source: "Meta Llama 3 Community License, models/llama3/LICENSE (P)"),
        Entry(
            "meta-llama/Meta-Llama-3.1-*", "llama3.1",
            source: "Llama 3.1 Community License, models/llama3_1/LICENSE (P)"),
        Entry("meta-llama/Llama-3.1-*", "llama3.1", source: "Llama 3.1 Community License, models/llama3_1/LICENSE (P)"),
        Entry("meta-llama/Llama-3.2-*", "llama3.2", source: "Llama 3.2 Community License, models/llama3_2/LICENSE (P)"),
        Entry("meta-llama/Llama-3.3-*", "llama3.3", source: "Llama 3.3 Community License, models/llama3_3/LICENSE (P)"),
        Entry("meta-llama/Llama-4-*", "llama4", source: "Llama 4 Community License, models/llama4/LICENSE (P)"),
        // Google Gemma: Gemma 1–3, CodeGemma, PaliGemma under the Gemma Terms of Use; Gemma 4 under Apache 2.0.
        Entry("google/gemma-*", "gemma", source: "Gemma Terms of Use, for Gemma 1–3 (C)"),
        Entry("google/codegemma-*", "gemma", source: "Gemma Terms of Use, for CodeGemma (C)"),
        Entry("google/paligemma*", "gemma", source: "Gemma Terms of Use, for PaliGemma (C)"),
        Entry("google/gemma-4", "apache-2.0", source: "the 2026 Gemma Terms of Use point Gemma 4 to Apache 2.0 (C)"),
        Entry("google/gemma-4-*", "apache-2.0", source: "the 2026 Gemma Terms of Use point Gemma 4 to Apache 2.0 (C)"),
        // DeepSeek.
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
        // Qwen: the sizes the licence texts themselves name.
        Entry("Qwen/Qwen2-72B*", "qwen", source: "Qwen LICENSE AGREEMENT of Qwen2/2.5-72B (C)"),
        Entry("Qwen/Qwen2.5-72B*", "qwen", source: "Qwen LICENSE AGREEMENT of Qwen2/2.5-72B (C)"),
        Entry("Qwen/Qwen2.5-3B*", "qwen-research", source: "Qwen RESEARCH LICENSE AGREEMENT, e.g. Qwen2.5-3B (C)"),
        Entry(
            "Qwen/Qwen2.5-VL-3B*", "qwen-research", source: "Qwen RESEARCH LICENSE AGREEMENT, e.g. Qwen2.5-VL-3B (C)"),
        // Mistral: only the model whose gating text was read.
        Entry(
            "mistralai/Ministral-8B-Instruct-2410", "mrl",
            source: "gating text of mistralai/Ministral-8B-Instruct-2410 (C)"),
        // Stability AI and CompVis.
        Entry(
            "stabilityai/stable-diffusion-xl-base-1.0", "openrail++",
            source: "Stability-AI/generative-models model_licenses/LICENSE-SDXL1.0 (P)"),
        Entry(
            "stabilityai/stable-diffusion-xl-refiner-1.0", "openrail++",
            source: "Stability-AI/generative-models model_licenses/LICENSE-SDXL1.0 (P)"),
        Entry(
            "stabilityai/stable-fast-3d", "stabilityai-ai-community",
            source: "Stability-AI/stable-fast-3d LICENSE.md (P)"),
        Entry("CompVis/stable-diffusion-v1-*", "creativeml-openrail-m", source: "CompVis/stable-diffusion LICENSE (P)"),
        // TII Falcon.
        Entry("tiiuae/falcon-180B*", "falcon-180b", source: "Falcon 180B TII License 1.0 (C)"),
        Entry("tiiuae/falcon-11B*", "falcon-2-11b", source: "Falcon 2 11B TII License 1.0 (C, partial)"),
        Entry(
            "tiiuae/Falcon3-*", "falcon-llm-license",
            source: "TII Falcon-LLM License 2.0 in Falcon 3 card front matter (C)"),
        Entry(
            "tiiuae/Falcon-H1-*", "falcon-llm-license",
            source: "TII Falcon-LLM License 2.0 in Falcon-H1 card front matter (C)"),
        // Others.
        Entry("openai/gpt-oss-20b", "apache-2.0", source: "openai/gpt-oss LICENSE (P)"),
        Entry("openai/gpt-oss-120b", "apache-2.0", source: "openai/gpt-oss LICENSE (P)"),
        Entry(
            "allenai/OLMo-*", "apache-2.0", source: "allenai/OLMo LICENSE (P); OLMo-2-1124-13B card front matter (C)"),
        Entry(
            "nvidia/Cosmos-1.0-Diffusion-7B-Text2World", "nvidia-open-model-license",
            source: "verbatim card copy of the NVIDIA Open Model License (C)"),
    ])
}
