import Foundation

/// Model families as cards name them in prose rather than by Hub id: "based on LLaMA 7B", "an advanced iteration
/// of Llama 2", "fine-tuned from Llama-3.1-8B-Instruct", "a Code Llama fine-tune".
///
/// Only the Llama families are read this way: their names say their license (LLaMA 1 non-commercial, then each
/// community license by version), and old cards name them in words more often than by id. A name without a
/// version (`LLaMA`, `LLaMA-13B`) is LLaMA 1, as it was before Llama 2 was released. Each family cites where its
/// license was read, as the index of well-known models does; sizes matter only for Llama 3.2, whose 11B and 90B
/// Vision models take images and whose 1B and 3B models do not.
enum ModelFamily {
    /// The entry for a family name (`LLaMA 7B`, `llama-2`, `Meta Llama 3 8B Instruct`, `CodeLlama`), or nil.
    static func entry(for name: String) -> WellKnownModels.Entry? {
        let words = name.lowercased().split(whereSeparator: { " _-".contains($0) }).joined(separator: "-")
        guard let match = namePattern?.firstMatch(in: words, range: NSRange(words.startIndex..., in: words)) else {
            return nil
        }
        func group(_ i: Int) -> String? { Range(match.range(at: i), in: words).map { String(words[$0]) } }
        let code = group(1) != nil
        let version = group(2).map { $0.hasPrefix("v") ? String($0.dropFirst()) : $0 } ?? "1"
        let size = group(3).flatMap { Int($0) }
        switch (code, version) {
        case (true, "2"), (true, "1"): return codeLlama
        case (true, _): return nil
        case (false, "1"): return llama1
        case (false, "3.2"):
            switch size {
            case 1, 3: return shipped("meta-llama/Llama-3.2-1B*").map { named($0, "Llama 3.2", multimodal: false) }
            case 11, 90: return shipped("meta-llama/Llama-3.2-11B-Vision*").map { named($0, "Llama 3.2 Vision") }
            default: return shipped("meta-llama/Llama-3.2-*").map { named($0, "Llama 3.2") }
            }
        default:
            guard let pattern = releases[version] else { return nil }
            return shipped(pattern).map { named($0, "Llama \(version)") }
        }
    }

    /// `code`, version, size in billions; words joined by `-`, a trailing `-hf`, `-chat`, `-instruct`, ….
    static let namePattern = try? NSRegularExpression(
        pattern:
            #"^(?:meta-)?(code-?)?llama(?:-?(v?1|2|3(?:\.[123])?|4))?(?:-(\d{1,3})b)?(?:-(?:hf|chat|instruct|it|base|vision|python))*$"#
    )

    /// The index pattern whose license (and facts) each Llama release has.
    static let releases = [
        "2": "meta-llama/Llama-2-*", "3": "meta-llama/Meta-Llama-3-*", "3.1": "meta-llama/Llama-3.1-*",
        "3.3": "meta-llama/Llama-3.3-*", "4": "meta-llama/Llama-4-*",
    ]

    static let llama1 = WellKnownModels.Entry(
        "LLaMA", "llama1",
        source:
            "LLaMA (version 1): \"Non-commercial bespoke license\", facebookresearch/llama llama_v1 MODEL_CARD.md (P); 7B, 13B, 33B, 65B"
    )

    static let codeLlama = shipped("codellama/CodeLlama-*").map { named($0, "Code Llama") }

    static func shipped(_ pattern: String) -> WellKnownModels.Entry? {
        WellKnownModels.shipped.entries.first { $0.pattern == pattern }
    }

    /// `entry` under the family's name, keeping its license, source and facts.
    static func named(_ entry: WellKnownModels.Entry, _ name: String, multimodal: Bool? = nil)
        -> WellKnownModels.Entry
    {
        WellKnownModels.Entry(name, entry.license, source: entry.source, multimodal: multimodal ?? entry.multimodal)
    }
}
