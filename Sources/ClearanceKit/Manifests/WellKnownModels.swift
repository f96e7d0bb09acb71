/// A shipped index of well-known Hugging Face model ids, the license their weights are released under, and facts
/// of the models such as whether they are multimodal.
///
/// Lineage uses it for a base model that is not in the same run. Every entry states a fact read in the licensor's
/// own text (P) or in a verbatim copy of it (C), and says where; facts known only from secondary sources are left
/// out, so those bases stay unknown and fail closed. <doc:ModelLineage> lists the table with the source of each
/// entry.
///
/// Patterns are Hub ids, matched case-insensitively; a trailing `*` matches any rest. When several patterns
/// match, the longest wins (so `deepseek-ai/DeepSeek-R1-Distill-Llama-8B` is not `deepseek-ai/DeepSeek-R1*`).
///
/// ``entry(for:)`` looks an id up as written (a Hub URL, a purl or `@revision` allowed). ``match(_:)`` also reads
/// references as real cards write them (``ModelReference``): a re-upload or quantization by a known publisher
/// (`TheBloke/Llama-2-7B-Chat-GGUF`, `unsloth/llama-3-8b-Instruct-bnb-4bit`), a format suffix, a local path whose
/// last components name a model; the match then says which of those steps it took.
public struct WellKnownModels: Sendable {
    /// One pattern, the license it maps to, and what else is known of those models.
    public struct Entry: Hashable, Sendable {
        /// A Hub id, or a prefix of one ending in `*`.
        public var pattern: String
        /// The catalog id of the license; for a derivative whose own card declares a license that drops its base's
        /// terms (`apache-2.0` on a Llama fine-tune), the catalog ids of both joined by `AND`.
        public var license: String
        /// Where the fact comes from, for findings and the documentation.
        public var source: String
        /// Whether every model the pattern matches takes more than one kind of input (text and images, …);
        /// nil when the index does not know.
        public var multimodal: Bool?

        public init(_ pattern: String, _ license: String, source: String, multimodal: Bool? = nil) {
            self.pattern = pattern
            self.license = license
            self.source = source
            self.multimodal = multimodal
            let lower = pattern.lowercased()
            isPrefix = lower.hasSuffix("*")
            key = isPrefix ? String(lower.dropLast()) : lower
            let name = key.split(separator: "/", maxSplits: 1).last.map(String.init) ?? key
            nameKey = ModelReference.withoutMetaPrefix(name)
        }

        /// The lowercased pattern without its `*`.
        let key: String
        let isPrefix: Bool
        /// The name part of ``key`` (after the organization), without a leading `meta-`.
        let nameKey: String

        /// Whether `id` (already lowercased) matches this pattern.
        func matches(_ id: String) -> Bool {
            isPrefix ? id.hasPrefix(key) : id == key
        }

        /// Whether `name` (lowercased, no organization, no leading `meta-`) matches this pattern's name part.
        func matches(name: String) -> Bool {
            isPrefix ? name.hasPrefix(nameKey) : name == nameKey
        }
    }

    /// A reference the index knows, and how it was read.
    public struct Match: Hashable, Sendable {
        public var entry: Entry
        /// The id (or, for a re-upload, the model name) that matched the entry, lowercased.
        public var matched: String
        /// What was done to the reference before it matched, in words (empty when it matched as written).
        public var steps: [String]
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
        best(Self.normalized(id)) { $0.matches($1) }
    }

    /// The entry `reference` stands for as cards write base models, with the steps that found it; nil when none
    /// of the readings in ``attempts(for:)`` is in the index.
    public func match(_ reference: String) -> Match? {
        for candidate in ModelReference.candidates(for: reference) {
            let entry =
                candidate.isNameOnly
                ? best(candidate.id, length: \.nameKey) { $0.matches(name: $1) }
                : best(candidate.id) { $0.matches($1) }
            if let entry { return Match(entry: entry, matched: candidate.id, steps: candidate.steps) }
        }
        return nil
    }

    /// What the index knows of `component`: its own name (as ``entry(for:)`` reads it), then each of its bases
    /// (as ``match(_:)`` reads them), with the entry each matched; references the index does not know are left
    /// out.
    ///
    /// For facts of a model such as ``Entry/multimodal``: a fine-tune of `meta-llama/Llama-3.2-3B-Instruct` uses a
    /// text-only model of the Llama 3.2 release, a quantization of `meta-llama/Llama-3.2-11B-Vision-Instruct` a
    /// multimodal one.
    public func matches(for component: Component) -> [(reference: String, match: Match)] {
        // The component's own name as written (a card named after its directory is not the model it names);
        // its bases as cards write them.
        let own = entry(for: component.name).map {
            (component.name, Match(entry: $0, matched: Self.normalized(component.name), steps: []))
        }
        return (own.map { [$0] } ?? [])
            + component.baseModels.compactMap { reference in
                match(reference).map { (reference, $0) }
            }
    }

    /// The readings of `reference` that ``match(_:)`` looks up, in order, for a message about an unknown base.
    public func attempts(for reference: String) -> [String] {
        ModelReference.candidates(for: reference).map(\.id)
    }

    /// The longest pattern (by `length`: the whole key, or the name part for a name) that `matches` accepts for
    /// `key`; an exact pattern beats a prefix of the same length.
    private func best(
        _ key: String, length: KeyPath<Entry, String> = \.key, _ matches: (Entry, String) -> Bool
    ) -> Entry? {
        var best: Entry?
        for entry in entries where matches(entry, key) {
            if let current = best {
                let a = entry[keyPath: length].utf8.count
                let b = current[keyPath: length].utf8.count
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
        return ModelReference.hubID(lower).id
    }
}
