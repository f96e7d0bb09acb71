import ClearanceYAML

extension Usage.Key {
    /// Words people use for a fact that are not its key, for "did you mean" (`country` → `domicile`).
    static let synonyms: [String: Usage.Key] = [
        "country": .domicile, "location": .domicile, "jurisdiction": .domicile, "region": .domicile,
        "users": .monthlyActiveUsers, "revenue": .annualRevenueUSD, "deployment": .distribution,
        "fine-tunes": .modifies, "fine-tuning": .modifies, "finetunes": .modifies, "derivatives": .modifies,
        "purpose": .purposes, "uses": .purposes, "use-cases": .purposes,
    ]

    /// The fact key nearest to `text`, an unknown key: a synonym (`country` → `domicile`), else as
    /// ``ClearanceYAML/Suggestion/nearest(to:in:)`` finds it (`mau` → `monthly-active-users`).
    public static func suggestion(for text: String) -> String? {
        if let key = synonyms[text.lowercased()] { return key.rawValue }
        return Suggestion.nearest(to: text, in: allCases.map(\.rawValue))
    }
    /// The values this fact takes, in words: what `check --help` and `clearance init` show beside the key.
    ///
    /// Drawn from the types the reader uses (``Usage/Distribution`` lists its own cases), so that a new key or
    /// value is described where it is defined.
    public var values: String {
        switch self {
        case .commercial, .modifies, .trainsOnOutputs, .multimodal: "true or false"
        case .monthlyActiveUsers: "a whole number, 0 or more"
        case .annualRevenueUSD: "a whole number of US dollars, 0 or more"
        case .domicile: "an ISO 3166-1 alpha-2 country code such as DE or US, or EU"
        case .distribution:
            "a list of " + Usage.Distribution.allCases.map(\.rawValue).joined(separator: ", ")
        case .purposes:
            "a list of " + RestrictedUse.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }

    /// The question this fact answers, as `clearance init` asks it in the starter policy.
    public var question: String {
        switch self {
        case .commercial: "Do you use the models in a commercial product or service?"
        case .monthlyActiveUsers: "How many monthly active users do your products or services have?"
        case .annualRevenueUSD: "What is your organization's annual revenue, in US dollars?"
        case .domicile: "Where is your organization based?"
        case .distribution: "How do you make the models available?"
        case .modifies: "Do you fine-tune or otherwise create derivative models?"
        case .trainsOnOutputs: "Do you use model outputs to train or improve other models?"
        case .multimodal: "Are the models you use multimodal (more than one kind of input)?"
        case .purposes: "Do you use the models for any of these restricted purposes? List them (or [] for none)."
        }
    }

    /// A value to show in an example (`true`, `[hosted]`), valid for the reader.
    public var example: String {
        switch self {
        case .commercial, .modifies: "true"
        case .trainsOnOutputs, .multimodal: "false"
        case .monthlyActiveUsers: "1_000_000"
        case .annualRevenueUSD: "10_000_000"
        case .domicile: "US"
        case .distribution: "[hosted]"
        case .purposes: "[]"
        }
    }
}
