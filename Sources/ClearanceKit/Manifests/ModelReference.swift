/// How real cards write a base model, and the Hub ids such a reference may stand for.
///
/// A card's `base_model` is often not the id of the model whose license governs: it names a re-upload or a
/// quantization (`TheBloke/Llama-2-7B-Chat-GGUF`, `unsloth/llama-3-8b-Instruct-bnb-4bit`), a Hub URL, an id with a
/// revision, or a local path (`/models/meta-llama/Llama-2-7b-hf`,
/// `~/.cache/huggingface/hub/models--meta-llama--Llama-2-7b-hf/snapshots/…`). ``candidates(for:)`` lists the
/// readings to look up, in order, each with the steps it took, so that a finding can say how a base was matched:
///
/// 1. the id as written, lowercased, without a URL prefix (`https://huggingface.co/`, `hf.co/`,
///    `pkg:huggingface/`), a URL tail (`/tree/…`, `/blob/…`, `/resolve/…`), a revision (`@…`) or a trailing `/`;
/// 2. for a local path: each pair of consecutive path components as `org/name` (last first), a Hugging Face cache
///    directory `models--org--name` as `org/name`, then each component as a model name;
/// 3. the same id without format suffixes (``formatTokens``: `-GGUF`, `-GPTQ`, `-AWQ`, `-bnb-4bit`, `-fp16`,
///    `-Q4_K_M`, …);
/// 4. for a publisher of re-uploads and quantizations (``republishers``), the name alone (without suffixes),
///    matched against the name part of the index's patterns: `TheBloke/Llama-2-7B-Chat-GGUF` is looked up as the
///    model name `llama-2-7b-chat`, which `meta-llama/Llama-2-*` matches. A leading `meta-` is ignored on both
///    sides (`unsloth/llama-3-8b` is Meta's `Meta-Llama-3-8B`);
/// 5. an id with no organization, as a model name.
///
/// The publisher list and the suffixes are a rule set, not a list of models: a re-upload by another publisher stays
/// unknown (fail closed) and its finding lists what was tried.
public enum ModelReference {
    /// One reading of a reference.
    struct Candidate: Hashable {
        /// A lowercased `org/name`, or a lowercased model name when ``isNameOnly``.
        var id: String
        var isNameOnly: Bool
        var steps: [String]
    }

    /// Hub publishers whose repositories re-upload or quantize other organizations' models under the original
    /// name, lowercased. A name under one of them is looked up without the publisher.
    public static let republishers: Set<String> = [
        "thebloke", "unsloth", "bartowski", "lmstudio-community", "maziyarpanahi", "hugging-quants", "nousresearch",
        "mlx-community", "quantfactory", "second-state", "richarderkhov", "mradermacher", "lonestriker", "turboderp",
        "casperhansen", "solidrust", "neuralmagic", "redhatai", "ggml-org", "modelcloud", "tensorblock",
        "mistral-community",
    ]

    /// The last `-`- or `.`-separated parts of a repository name that only say how the weights are stored.
    public static let formatTokens: Set<String> = [
        "gguf", "ggml", "gptq", "awq", "exl2", "mlx", "onnx", "bnb", "hqq", "nf4", "marlin", "imat", "imatrix", "i1",
        "unsloth", "2bit", "3bit", "4bit", "5bit", "6bit", "8bit", "int4", "int8", "fp16", "bf16", "fp8", "fp32", "f16",
        "f32",
    ]

    /// Whether `token` (lowercased) only says how weights are stored: a ``formatTokens`` member or a llama.cpp
    /// quantization type such as `q4_k_m` or `q8_0`.
    static func isFormatToken(_ token: Substring) -> Bool {
        if formatTokens.contains(String(token)) { return true }
        let scalars = Array(token.unicodeScalars)
        // `q4_k_m`, `q8_0`, `iq3_xs`: a llama.cpp type.
        let start = token.hasPrefix("iq") ? 2 : (token.hasPrefix("q") ? 1 : -1)
        if start > 0, scalars.count > start, ("0"..."9").contains(scalars[start]) {
            return scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        }
        return false
    }

    /// `name` (lowercased) without a leading `meta-` (Meta's `Meta-Llama-3-8B` is re-uploaded as `llama-3-8b`).
    static func withoutMetaPrefix(_ name: String) -> String {
        name.hasPrefix("meta-") ? String(name.dropFirst(5)) : name
    }

    /// `name` without its trailing format tokens, and the suffixes removed, as written.
    static func strippingFormat(_ name: String) -> (name: String, removed: [String]) {
        var rest = Substring(name)
        var removed: [String] = []
        while let separator = rest.lastIndex(where: { $0 == "-" || $0 == "." }), separator != rest.startIndex {
            let token = rest[rest.index(after: separator)...]
            guard isFormatToken(Substring(token.lowercased())) else { break }
            removed.insert(String(rest[separator...]), at: 0)
            rest = rest[..<separator]
        }
        return (String(rest), removed)
    }

    /// A reference as a Hub id (case kept): without a URL prefix or tail, a revision or a trailing `/`.
    static func hubID(_ text: String) -> (id: String, steps: [String]) {
        var s = Substring(text)
        var steps: [String] = []
        for prefix in [
            "https://huggingface.co/", "http://huggingface.co/", "https://www.huggingface.co/", "huggingface.co/",
            "https://hf.co/", "hf.co/", "pkg:huggingface/",
        ]
        where s.lowercased().hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
            steps.append("reading the URL form")
            for tail in ["/tree/", "/blob/", "/resolve/", "/commit/", "?", "#"] {
                if let range = s.range(of: tail) { s = s[..<range.lowerBound] }
            }
            break
        }
        if let at = s.firstIndex(of: "@") {
            steps.append("removing the revision `\(s[at...])`")
            s = s[..<at]
        }
        while s.hasSuffix("/") { s = s.dropLast() }
        return (String(s), steps)
    }

    /// Whether `id` is written as a path on disk rather than a Hub id.
    static func isLocalPath(_ id: String) -> Bool {
        id.hasPrefix("/") || id.hasPrefix("./") || id.hasPrefix("../") || id.hasPrefix("~") || id.contains("\\")
            || id.split(separator: "/").count > 2
    }

    /// The readings of `reference` to look up, in order.
    static func candidates(for reference: String) -> [Candidate] {
        let (id, urlSteps) = hubID(LicenseText.trim(reference))
        guard !id.isEmpty else { return [] }
        var result: [Candidate] = []
        var seen = Set<String>()
        func add(_ candidate: Candidate) {
            var candidate = candidate
            candidate.id = candidate.id.lowercased()
            if candidate.isNameOnly { candidate.id = withoutMetaPrefix(candidate.id) }
            if seen.insert((candidate.isNameOnly ? "name:" : "id:") + candidate.id).inserted {
                result.append(candidate)
            }
        }
        if isLocalPath(id) {
            let parts = id.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init).filter {
                !["", ".", "..", "~"].contains($0)
            }
            let step = "reading the local path `\(reference)`"
            for i in stride(from: parts.count - 1, through: 1, by: -1) {
                forHubID(parts[i - 1] + "/" + parts[i], steps: urlSteps + [step]).forEach(add)
            }
            for part in parts.reversed() where part.lowercased().hasPrefix("models--") {
                let inner = part.dropFirst("models--".count).replacingOccurrences(of: "--", with: "/")
                forHubID(inner, steps: urlSteps + [step]).forEach(add)
            }
            for part in parts.reversed() {
                let (name, removed) = strippingFormat(part)
                add(Candidate(id: name, isNameOnly: true, steps: urlSteps + [step] + suffixSteps(removed)))
            }
            return result
        }
        forHubID(id, steps: urlSteps).forEach(add)
        return result
    }

    /// The readings of one `org/name` (or a bare name).
    private static func forHubID(_ id: String, steps: [String]) -> [Candidate] {
        let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            let (name, removed) = strippingFormat(id)
            return [
                Candidate(
                    id: name, isNameOnly: true,
                    steps: steps + ["reading `\(id)`, which names no organization, as a model name"]
                        + suffixSteps(removed))
            ]
        }
        let (organization, full) = (parts[0], parts[1])
        var result = [Candidate(id: id, isNameOnly: false, steps: steps)]
        let (name, removed) = strippingFormat(full)
        if !removed.isEmpty {
            result.append(
                Candidate(id: organization + "/" + name, isNameOnly: false, steps: steps + suffixSteps(removed)))
        }
        if republishers.contains(organization.lowercased()) {
            result.append(
                Candidate(
                    id: name, isNameOnly: true,
                    steps: steps + ["removing the re-upload publisher `\(organization)`"] + suffixSteps(removed)))
        }
        return result
    }

    private static func suffixSteps(_ removed: [String]) -> [String] {
        removed.isEmpty ? [] : ["the format suffix " + removed.map { "`\($0)`" }.joined(separator: ", ")]
    }
}
