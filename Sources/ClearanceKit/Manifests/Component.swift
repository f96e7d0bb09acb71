/// One thing whose license is checked: a model, a dataset or a package, with where it was declared.
public struct Component: Hashable, Sendable, Codable {
    /// The component's name, e.g. a Hugging Face id `meta-llama/Llama-3.1-8B-Instruct`.
    public var name: String
    public var kind: Kind
    /// The declared license as written (an SPDX expression, an id or alias); nil when none is declared.
    public var license: String?
    /// Where the license (or, without one, the component) is declared.
    public var location: SourceLocation?
    public var revision: String?
    /// Whether the model is multimodal, as its own file says (a manifest's `multimodal`, a card's
    /// `pipeline_tag`); nil when not declared. A manifest's value is also in ``usage``, with its line.
    public var multimodal: Bool?
    /// Facts that apply to this component only, from its manifest (each with its line in ``Usage/sources``).
    public var usage: Usage
    /// Base models this one derives from (fine-tune, adapter, quantization, merge), by name.
    public var baseModels: [String]
    /// How it derives from its bases: `finetune`, `adapter`, `quantized`, `merge`, or nil.
    public var baseModelRelation: String?
    /// The license exactly as the file declares it, before lineage added its bases' terms to ``license``.
    public var declaredLicense: String?
    /// Facts of the model itself that Clearance's index of well-known models knows (``WellKnownModels``): they
    /// take precedence over declared facts, which can only guess them.
    public var known: KnownFacts?
    /// Findings raised while reading (e.g. lineage: `base-model`, `license-conflict`); the evaluator adds them.
    public var findings: [Finding] = []
    /// A restriction the card's own words state ("for research purposes only", "under a non-commercial
    /// license") when its metadata declares no license the catalog knows; the evaluator weighs it against the
    /// declared use (``CardStatements``).
    public var statedRestriction: StatedRestriction?

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
        self.name = name
        self.kind = kind
        self.license = license
        self.location = location
        self.revision = revision
        self.multimodal = multimodal
        self.usage = usage
        self.baseModels = baseModels
        self.baseModelRelation = baseModelRelation
        self.declaredLicense = license
    }
}
