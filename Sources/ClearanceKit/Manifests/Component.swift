/// One thing whose license is checked: a model, a dataset or a package, with where it was declared.
///
/// Its fields live in one shared box, copied when a copy changes: a check passes a component from reader to
/// lineage to evaluator, and copying a value of a dozen strings and arrays cost a reference count for each.
public struct Component: Hashable, Sendable, Codable {
    private var storage: Storage

    /// The component's name, e.g. a Hugging Face id `meta-llama/Llama-3.1-8B-Instruct`.
    public var name: String {
        get { storage.fields.name }
        set { mutate { $0.name = newValue } }
    }
    public var kind: Kind {
        get { storage.fields.kind }
        set { mutate { $0.kind = newValue } }
    }
    /// The declared license as written (an SPDX expression, an id or alias); nil when none is declared.
    public var license: String? {
        get { storage.fields.license }
        set { mutate { $0.license = newValue } }
    }
    /// Where the license (or, without one, the component) is declared.
    public var location: SourceLocation? {
        get { storage.fields.location }
        set { mutate { $0.location = newValue } }
    }
    public var revision: String? {
        get { storage.fields.revision }
        set { mutate { $0.revision = newValue } }
    }
    /// Whether the model is multimodal, as its own file says (a manifest's `multimodal`, a card's
    /// `pipeline_tag`); nil when not declared. A manifest's value is also in ``usage``, with its line.
    public var multimodal: Bool? {
        get { storage.fields.multimodal }
        set { mutate { $0.multimodal = newValue } }
    }
    /// Facts that apply to this component only, from its manifest (each with its line in ``Usage/sources``).
    public var usage: Usage {
        get { storage.fields.usage }
        set { mutate { $0.usage = newValue } }
    }
    /// Base models this one derives from (fine-tune, adapter, quantization, merge), by name.
    public var baseModels: [String] {
        get { storage.fields.baseModels }
        set { mutate { $0.baseModels = newValue } }
    }
    /// How it derives from its bases: `finetune`, `adapter`, `quantized`, `merge`, or nil.
    public var baseModelRelation: String? {
        get { storage.fields.baseModelRelation }
        set { mutate { $0.baseModelRelation = newValue } }
    }
    /// The license exactly as the file declares it, before lineage added its bases' terms to ``license``.
    public var declaredLicense: String? {
        get { storage.fields.declaredLicense }
        set { mutate { $0.declaredLicense = newValue } }
    }
    /// Facts of the model itself that Clearance's index of well-known models knows (``WellKnownModels``): they
    /// take precedence over declared facts, which can only guess them.
    public var known: KnownFacts? {
        get { storage.fields.known }
        set { mutate { $0.known = newValue } }
    }
    /// Findings raised while reading (e.g. lineage: `base-model`, `license-conflict`); the evaluator adds them.
    public var findings: [Finding] {
        get { storage.fields.findings }
        set { mutate { $0.findings = newValue } }
    }
    /// A restriction the card's own words state ("for research purposes only", "under a non-commercial
    /// license") when its metadata declares no license the catalog knows; the evaluator weighs it against the
    /// declared use (``CardStatements``).
    public var statedRestriction: StatedRestriction? {
        get { storage.fields.statedRestriction }
        set { mutate { $0.statedRestriction = newValue } }
    }

    /// The stored fields (their names are the JSON keys of a component).
    private struct Fields: Hashable, Codable {
        var name: String
        var kind: Kind
        var license: String?
        var location: SourceLocation?
        var revision: String?
        var multimodal: Bool?
        var usage: Usage
        var baseModels: [String]
        var baseModelRelation: String?
        var declaredLicense: String?
        var known: KnownFacts?
        var findings: [Finding] = []
        var statedRestriction: StatedRestriction?
    }

    /// The box of a component's fields; changed only through a component that holds the only reference.
    private final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    /// Changes the fields, in place when no other component shares them.
    private mutating func mutate(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        change(&storage.fields)
    }

    public static func == (a: Component, b: Component) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }

    public init(from decoder: any Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    /// A line of a card that restricts the model's use, and where it is.
    public struct StatedRestriction: Hashable, Sendable, Codable {
        /// The line as it reads, shortened around the restriction.
        public var quote: String
        public var location: SourceLocation

        public init(quote: String, location: SourceLocation) {
            self.quote = quote
            self.location = location
        }
    }

    /// Facts of a model from the index of well-known models.
    public struct KnownFacts: Hashable, Sendable, Codable {
        /// Whether the model takes or produces more than text (Llama 3.2 Vision, every Llama 4 model).
        public var multimodal: Bool
        /// Which index entry said so, and where the entry's fact was read.
        public var source: String

        public init(multimodal: Bool, source: String) {
            self.multimodal = multimodal
            self.source = source
        }
    }

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case model, dataset, package
    }

    public init(
        name: String, kind: Kind, license: String?, location: SourceLocation? = nil, revision: String? = nil,
        multimodal: Bool? = nil, usage: Usage = Usage(), baseModels: [String] = [], baseModelRelation: String? = nil
    ) {
        storage = Storage(
            Fields(
                name: name, kind: kind, license: license, location: location, revision: revision,
                multimodal: multimodal, usage: usage, baseModels: baseModels, baseModelRelation: baseModelRelation,
                declaredLicense: license, known: nil, statedRestriction: nil))
    }
}
