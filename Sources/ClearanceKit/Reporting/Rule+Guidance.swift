extension Rule {
    /// What to do about a finding of this rule, in one or two sentences (SARIF help, Markdown "what to do").
    public var remedy: String {
        switch self {
        case .commercialUse:
            "Use a model whose license permits this use, obtain a license from the licensor, or record a policy exception with a reason, an approver and an expiry."
        case .userCap:
            "Check the monthly-active-users figure; above the cap, obtain a license from the licensor before use."
        case .revenueCap:
            "Check the annual-revenue figure; above the cap, obtain a license from the licensor before use."
        case .domicile:
            "Do not use the model where the license excludes it; choose another model or ask the licensor."
        case .hosting:
            "Read the cited clause; if the hosted offering is not allowed, do not host the model or obtain a license."
        case .outputTraining:
            "Do not use the model's outputs to train other models, or meet the license's conditions for doing so."
        case .distribution:
            "Do not distribute the model in the declared way, or obtain permission from the licensor."
        case .derivatives:
            "Do not create derivatives of the model, or obtain permission from the licensor."
        case .useRestriction:
            "Do not use the model for this purpose, or use a model whose license permits it (for a review: check the condition the item names)."
        case .missingFact:
            "Declare the missing usage fact in the policy so that the term can be checked."
        case .unverifiedTerm:
            "Read the cited license text, decide, and record the decision as a policy exception."
        case .termsUnchecked:
            "Read the license's terms and name it in the policy's licenses (allow, review or deny), or add a descriptor for it to the catalog."
        case .factOverride:
            "Check the manifest's fact; if it is right, have the policy's owners change the policy, else remove it."
        case .factLocked:
            "Remove the fact from the manifest: the policy locks it, so only the policy can change it."
        case .licenseAllowed, .categoryAllowed:
            "Nothing to do."
        case .licenseDenied, .categoryDenied:
            "Replace the component, or record a policy exception with a reason, an approver and an expiry."
        case .licenseReview, .categoryReview:
            "Have the license reviewed; record the outcome in the policy (allow the license, or add an exception)."
        case .licenseUnlisted:
            "Add the license to the policy's allowed, review or denied licenses, or list its category."
        case .unknownLicense:
            "Declare the license by a known id, SPDX id or URL, or add a descriptor for it to the catalog."
        case .licenseVersionUnknown:
            "Declare the version in use (e.g. gpl-3.0 rather than gpl), or record a policy exception once the version is known."
        case .obligation:
            "Fulfil the obligation, then record it in the policy as accepted."
        case .exceptionApplied:
            "Nothing to do until the exception expires."
        case .exceptionExpired:
            "Review the exception again and renew its expiry, or resolve the findings it waived."
        case .exceptionUnused:
            "Remove the exception from the policy, or correct the component or license it names."
        case .expressionChoice:
            "Check that the chosen alternative is the license you use the component under."
        case .baseModel:
            "Check the base model's terms: they apply to this model too."
        case .licenseConflict:
            "Declare a license that keeps the base model's terms, or confirm the base model allows relicensing."
        case .derivativeNaming:
            "Give the derivative a name that begins with the prefix the license requires."
        case .licenseFile:
            "Check that the license file is the one the model is distributed under; declare it in the card's license."
        case .licenseFileModified:
            "Read the differences in the license file: the licensor's terms may have been changed (a cap, a clause); treat the file as its own license until a reviewer decides."
        case .cardStatement:
            "Read the quoted line of the model card and confirm which terms apply; fix the card's metadata if it is wrong."
        }
    }

    /// The rule's summary and what it is checked against, for SARIF `fullDescription`.
    public var fullDescription: String {
        let origin: String
        switch self {
        case .commercialUse, .userCap, .revenueCap, .domicile, .hosting, .outputTraining, .distribution,
            .derivatives, .useRestriction, .missingFact, .unverifiedTerm:
            origin =
                "Raised when the declared usage facts are checked against a term of the license, citing its clause."
        case .licenseAllowed, .licenseDenied, .licenseReview, .categoryAllowed, .categoryDenied, .categoryReview,
            .licenseUnlisted, .unknownLicense, .licenseVersionUnknown, .obligation, .expressionChoice:
            origin = "Raised when the license is checked against the organization's policy, citing the policy line."
        case .termsUnchecked:
            origin =
                "Raised for a license on the SPDX list that the catalog has no descriptor for; a review unless the policy names it by id."
        case .factOverride, .factLocked:
            origin = "Raised when a manifest's usage facts are compared with the policy's, citing the policy line."
        case .exceptionApplied, .exceptionExpired, .exceptionUnused:
            origin = "Raised about the exceptions recorded in the policy."
        case .baseModel, .licenseConflict, .derivativeNaming:
            origin = "Raised from the model's lineage: the base models it derives from."
        case .licenseFile, .licenseFileModified:
            origin = "Raised when the license file beside a model card is identified (clearance identify)."
        case .cardStatement:
            origin = "Raised from the text of the model card, quoted with its line."
        }
        return "\(summary) \(origin)"
    }

    /// The rule id in UpperCamelCase (`user-cap` → `UserCap`), for SARIF `name`.
    var displayName: String {
        rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
