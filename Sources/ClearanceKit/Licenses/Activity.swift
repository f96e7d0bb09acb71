/// What a license term can be triggered by: the activities licenses distinguish.
///
/// A descriptor's `when:` names activities, or defined terms (``Trigger/Term``) that stand for several. Each
/// activity is read off the usage facts; a fact that is not declared counts as applying (fail closed).
public enum Activity: String, Hashable, Sendable, Codable, CaseIterable {
    /// The weights are given to others.
    case weights
    /// Shipped inside an app or device.
    case onDevice = "on-device"
    /// A hosted product or service uses the model (a model API is one too).
    case hosted
    /// The model itself is offered to others as an inference or fine-tuning API.
    case modelAPI = "model-api"
    /// Used only inside the organization.
    case `internal`
    /// The user creates a derivative (modifies the model, or trains on its outputs).
    case derivative
    /// A derivative is distributed or made available (any channel but internal use).
    case derivativeDistribution = "derivative-distribution"
    /// The model's outputs are used to train or improve a model.
    case outputTraining = "output-training"
    /// Any commercial purpose, internal business operations included.
    case commercial
    /// Always.
    case always

    /// Whether the activity takes place under `facts`; an undeclared fact counts as taking place.
    public func applies(to facts: Usage) -> Bool {
        switch self {
        case .always: return true
        case .weights: return facts.distribution.map { $0.contains(.weights) } ?? true
        case .onDevice: return facts.distribution.map { $0.contains(.onDevice) } ?? true
        case .hosted: return facts.distribution.map { $0.contains(.hosted) || $0.contains(.modelAPI) } ?? true
        case .modelAPI: return facts.distribution.map { $0.contains(.modelAPI) } ?? true
        case .internal: return facts.distribution.map { $0.contains(.internal) } ?? true
        case .derivative: return Self.derives(facts)
        case .derivativeDistribution: return Self.derives(facts) && Self.madeAvailable(facts)
        case .outputTraining: return facts.trainsOnOutputs ?? true
        case .commercial: return facts.commercial ?? true
        }
    }

    /// Whether the user creates a derivative: undeclared `modifies` counts; training on outputs only when
    /// declared (most users of a model do not).
    static func derives(_ facts: Usage) -> Bool {
        (facts.modifies ?? true) || (facts.trainsOnOutputs ?? false)
    }

    /// Whether the model is made available to others by any channel.
    static func madeAvailable(_ facts: Usage) -> Bool {
        facts.distribution.map { $0.contains { $0 != .internal } } ?? true
    }

    /// The clause after "When" that says the activity: "you create a derivative model".
    var phrase: String {
        switch self {
        case .weights: "you give others the weights"
        case .onDevice: "you ship it in an app or device"
        case .hosted: "a hosted product or service uses it"
        case .modelAPI: "you offer it to others as an inference or fine-tuning API"
        case .internal: "you use it internally"
        case .derivative: "you create a derivative model"
        case .derivativeDistribution: "you distribute or make available a derivative model"
        case .outputTraining: "you train a model on its outputs"
        case .commercial: "you use it for any commercial purpose"
        case .always: "always"
        }
    }

    /// The activity a distribution channel is.
    init(_ channel: Usage.Distribution) {
        switch channel {
        case .weights: self = .weights
        case .onDevice: self = .onDevice
        case .hosted: self = .hosted
        case .modelAPI: self = .modelAPI
        case .internal: self = .internal
        }
    }
}

/// A term's `when:` as written, and the activities it stands for under the descriptor's definitions.
public struct Trigger: Hashable, Sendable {
    /// The names as written: activities and defined terms.
    public var written: [Name]
    /// The activities, after the descriptor's ``LicenseDescriptor/Definitions``.
    public var activities: [Activity]

    /// One name a `when:` may hold.
    public enum Name: Hashable, Sendable {
        case activity(Activity)
        case term(Term)

        public var rawValue: String {
            switch self {
            case .activity(let a): a.rawValue
            case .term(let t): t.rawValue
            }
        }

        public init?(rawValue: String) {
            if let a = Activity(rawValue: rawValue) {
                self = .activity(a)
            } else if let t = Term(rawValue: rawValue) {
                self = .term(t)
            } else {
                return nil
            }
        }

        /// Every name, activities first.
        public static let all = Activity.allCases.map(\.rawValue) + Term.allCases.map(\.rawValue)
    }

    /// Shorthands for several activities.
    public enum Term: String, Hashable, Sendable, CaseIterable {
        /// The descriptor's own definition of distribution (`definitions.distribution`); by default giving
        /// copies: `weights`, `on-device`.
        case distribution
        /// Making the model, or a product or service that uses it, available: `weights`, `on-device`,
        /// `hosted`, `model-api`.
        case product
        /// Offering it as a service: `hosted`, `model-api`.
        case hosting

        /// The activities this term stands for, given the descriptor's definition of distribution.
        func activities(distribution: [Activity]?) -> [Activity] {
            switch self {
            case .distribution: distribution ?? [.weights, .onDevice]
            case .product: [.weights, .onDevice, .hosted, .modelAPI]
            case .hosting: [.hosted, .modelAPI]
            }
        }

        var phrase: String {
            switch self {
            case .distribution: "you distribute it"
            case .product: "you ship a product or service with it"
            case .hosting: "you host it as a service"
            }
        }
    }

    public init(_ written: [Name], distribution: [Activity]?) {
        self.written = written
        var activities: [Activity] = []
        for name in written {
            let more: [Activity]
            switch name {
            case .activity(let a): more = [a]
            case .term(let t): more = t.activities(distribution: distribution)
            }
            for a in more where !activities.contains(a) { activities.append(a) }
        }
        self.activities = activities
    }

    /// A trigger of one activity.
    public init(_ activity: Activity) {
        self.init([.activity(activity)], distribution: nil)
    }

    /// A trigger of one defined term, under the descriptor's definition of distribution.
    public init(_ term: Term, distribution: [Activity]?) {
        self.init([.term(term)], distribution: distribution)
    }

    /// Whether any of the activities takes place under `facts`.
    public func applies(to facts: Usage) -> Bool {
        activities.contains { $0.applies(to: facts) }
    }

    /// Whether the trigger is `always`.
    public var isAlways: Bool { activities.contains(.always) }

    /// "When you distribute it", "When you give others the weights or a hosted product or service uses it",
    /// "Always".
    public var sentence: String {
        if isAlways { return "Always" }
        let phrases = written.map { name in
            switch name {
            case .activity(let a): a.phrase
            case .term(let t): t.phrase
            }
        }
        return "When " + phrases.joined(separator: " or ")
    }

    /// The names as written, `distribution` or `weights, hosted`.
    public var text: String { written.map(\.rawValue).joined(separator: ", ") }
}

extension Trigger: Codable {
    /// Encoded as written: one name as a string, several as a list.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if written.count == 1 {
            try container.encode(written[0].rawValue)
        } else {
            try container.encode(written.map(\.rawValue))
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let names: [String]
        if let list = try? container.decode([String].self) {
            names = list
        } else {
            names = [try container.decode(String.self)]
        }
        var written: [Name] = []
        for raw in names {
            guard let name = Name(rawValue: raw) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown trigger '\(raw)'")
            }
            written.append(name)
        }
        self.init(written, distribution: nil)
    }
}
