/// The stable ids of everything the evaluator can find.
public enum Rule: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    // Terms of the license checked against the facts.
    case commercialUse = "commercial-use"
    case userCap = "user-cap"
    case revenueCap = "revenue-cap"
    case domicile
    case hosting
    case outputTraining = "output-training"
    case distribution
    case derivatives
    case useRestriction = "use-restriction"
    case missingFact = "missing-fact"
    case unverifiedTerm = "unverified-term"
    case termsUnchecked = "terms-unchecked"
    // Facts a manifest sets against the policy.
    case factOverride = "fact-override"
    case factLocked = "fact-locked"
    // The organization's policy.
    case licenseAllowed = "license-allowed"
    case licenseDenied = "license-denied"
    case licenseReview = "license-review"
    case categoryAllowed = "category-allowed"
    case categoryDenied = "category-denied"
    case categoryReview = "category-review"
    case licenseUnlisted = "license-unlisted"
    case unknownLicense = "unknown-license"
    case licenseVersionUnknown = "license-version-unknown"
    case obligation
    case exceptionApplied = "exception-applied"
    case exceptionExpired = "exception-expired"
    case exceptionUnused = "exception-unused"
    case expressionChoice = "expression-choice"
    // Lineage (manifest readers).
    case baseModel = "base-model"
    case licenseConflict = "license-conflict"
    case derivativeNaming = "derivative-naming"
    // The repository's license file (manifest readers).
    case licenseFile = "license-file"
    case licenseFileModified = "license-file-modified"
    // The card's own words (manifest readers).
    case cardStatement = "card-statement"

    public static func < (lhs: Rule, rhs: Rule) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// One line on what the rule checks, for SARIF rule descriptions and help.
    public var summary: String {
        switch self {
        case .commercialUse: "The license does not permit the declared commercial use."
        case .userCap: "The declared monthly active users exceed the license's cap."
        case .revenueCap: "The declared annual revenue exceeds the license's cap."
        case .domicile: "The license excludes the organization's domicile for this model."
        case .hosting: "The license restricts offering the model as a hosted service."
        case .outputTraining: "The license forbids using its outputs to train or improve other models."
        case .distribution: "The license does not permit the declared distribution."
        case .derivatives: "The license does not permit creating derivatives."
        case .useRestriction: "The license restricts a purpose the models are declared to be used for."
        case .missingFact: "A fact that a license term depends on was not declared."
        case .unverifiedTerm: "A term the declared use depends on is not verified in the catalog."
        case .termsUnchecked: "An SPDX license the catalog has no descriptor for: its terms were not checked."
        case .factOverride: "A manifest declares a fact less restrictive than the policy's; the policy's is used."
        case .factLocked: "A manifest sets a fact the policy locks; the policy's value is used."
        case .licenseAllowed: "The policy allows this license."
        case .licenseDenied: "The policy denies this license."
        case .licenseReview: "The policy requires review of this license."
        case .categoryAllowed: "The policy allows this license category."
        case .categoryDenied: "The policy denies this license category."
        case .categoryReview: "The policy requires review of this license category."
        case .licenseUnlisted: "The license is neither allowed by name nor by category."
        case .unknownLicense: "The license could not be resolved to a known descriptor."
        case .licenseVersionUnknown: "The license names a family of licenses, not a version, so its terms are unknown."
        case .obligation: "The license imposes an obligation the policy has not accepted."
        case .exceptionApplied: "A policy exception was applied."
        case .exceptionExpired: "A policy exception has expired."
        case .exceptionUnused: "A policy exception matched nothing."
        case .expressionChoice: "Which alternative of an OR expression was chosen."
        case .baseModel: "The model carries the terms of its base model."
        case .licenseConflict: "The declared license drops terms of the base model."
        case .derivativeNaming: "A derivative the user makes available is not named as the license requires."
        case .licenseFile: "The license was identified from the repository's license file."
        case .licenseFileModified: "The repository's license file is close to a known license but not the same text."
        case .cardStatement: "The model card's text says something about its terms that its metadata does not."
        }
    }
}
