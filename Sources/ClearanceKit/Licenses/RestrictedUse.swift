/// The shared vocabulary of restricted uses: what acceptable-use policies, prohibited-use policies and RAIL
/// attachments forbid, by category.
///
/// A descriptor maps each item of its license's list to one of these (`restrictions.use-restrictions`); an
/// organization declares the purposes it uses models for (the usage fact `purposes`), and each purpose a
/// license restricts gives a `use-restriction` finding citing the item.
public enum RestrictedUse: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case military
    case weapons
    case criticalInfrastructure = "critical-infrastructure"
    case surveillance
    case biometricIdentification = "biometric-identification"
    case automatedDecisions = "automated-decisions"
    case medicalAdvice = "medical-advice"
    case legalAdvice = "legal-advice"
    case financialAdvice = "financial-advice"
    case lawEnforcement = "law-enforcement"
    case sexualContent = "sexual-content"
    case minors
    case impersonation
    case disinformation
    case undisclosedMachineGeneratedText = "undisclosed-machine-generated-text"
    case circumventSafety = "circumvent-safety"
    case malware
    case discrimination
    case illegalActivity = "illegal-activity"
    case harassment
    case violence
    case personalData = "personal-data"
    case exploitingVulnerabilities = "exploiting-vulnerabilities"

    /// What the category covers.
    public var summary: String {
        switch self {
        case .military: "military, warfare, nuclear industries or applications, espionage"
        case .weapons: "developing, producing or using weapons, explosives or export-controlled (ITAR) items"
        case .criticalInfrastructure: "operating critical infrastructure, transportation or heavy machinery"
        case .surveillance: "tracking, monitoring or profiling people without consent; illegal surveillance"
        case .biometricIdentification: "identifying or categorizing people from biometric data"
        case .automatedDecisions:
            "fully automated decisions affecting legal rights, credit, employment, housing, insurance or benefits"
        case .medicalAdvice: "medical advice, diagnosis or interpreting medical results"
        case .legalAdvice: "legal advice"
        case .financialAdvice: "financial advice"
        case .lawEnforcement: "law enforcement, predictive policing, administration of justice, immigration"
        case .sexualContent: "sexual or sexually explicit content, sexual solicitation"
        case .minors: "exploiting or harming minors, child sexual abuse material"
        case .impersonation: "impersonating a person or organization"
        case .disinformation: "generating or spreading false or misleading information to harm or deceive"
        case .undisclosedMachineGeneratedText: "presenting outputs as human-made, not disclosing machine generation"
        case .circumventSafety: "circumventing usage restrictions or safety measures"
        case .malware: "malicious code, disrupting or disabling computer systems"
        case .discrimination: "discrimination or harm based on protected characteristics"
        case .illegalActivity: "violating applicable law, facilitating crime"
        case .harassment: "harassment, abuse, threats, bullying"
        case .violence: "violence, terrorism, self-harm"
        case .personalData: "collecting or processing personal data without legal right"
        case .exploitingVulnerabilities:
            "exploiting the vulnerabilities of a group (age, disability, social or economic situation) to distort behaviour"
        }
    }

    public static func < (a: RestrictedUse, b: RestrictedUse) -> Bool {
        a.rawValue < b.rawValue
    }
}
