public import ClearanceYAML

/// An organization's policy: its usage facts and what it allows, reviews or denies.
///
/// See <doc:PolicyFormat>. License names in the lists are resolved when the policy is read, to catalog ids or to
/// ids of the SPDX license list (``Catalog/resolution(of:)``); a name neither knows is an error.
public struct Policy: Sendable {
    public var name: String
    /// The file it was read from (`embedded:Policies/default.yaml` for the built-in default).
    public var file: String
    /// SHA-256 of the policy file's bytes, hex.
    public var sha256: String
    public var usage = Usage()
    /// Facts a manifest may not set (`lock-facts`), each with the policy line that locks it.
    public var lockedFacts: [Usage.Key: SourceLocation] = [:]
    /// Catalog id, or the SPDX id of a listed license the catalog has no descriptor for → what the policy says,
    /// and where.
    public var licenses: [String: Decision] = [:]
    public var categories: [LicenseDescriptor.Category: Decision] = [:]
    /// What happens to unresolved or unlisted licenses: `deny` or `review` (never allow).
    public var unknown = Decision(action: .deny, location: nil)
    /// Obligations the organization has accepted and fulfils.
    public var acceptedObligations: Set<LicenseDescriptor.Obligation.ID> = []
    public var acceptedObligationsLocation: SourceLocation?
    public var exceptions: [PolicyException] = []
    /// The verdict for a derivative model whose name breaks the license's naming rule.
    public var derivativeNaming = Decision(action: .review, location: nil)

    /// allow, review or deny.
    public enum Action: String, Hashable, Sendable, Codable, CaseIterable {
        case allow, review, deny

        public var verdict: Verdict {
            switch self {
            case .allow: .pass
            case .review: .review
            case .deny: .fail
            }
        }
    }

    /// An action and the policy line it was written on.
    public struct Decision: Hashable, Sendable {
        public var action: Action
        public var location: SourceLocation?
    }

    public init(name: String, file: String, sha256: String) {
        self.name = name
        self.file = file
        self.sha256 = sha256
    }
}

/// A recorded decision that overrides findings for a component and/or license, until it expires.
public struct PolicyException: Hashable, Sendable {
    public var component: String?
    /// Catalog id, or the SPDX id of a listed license the catalog has no descriptor for.
    public var license: String?
    /// `allow` waives the findings; `review` turns fails into reviews.
    public var action: Policy.Action
    public var reason: String
    public var approvedBy: String
    public var reference: String?
    public var expires: CalendarDate
    /// Where the exception is written (its first key).
    public var location: SourceLocation
    /// Where its `expires` date is written.
    public var expiresLocation: SourceLocation?

    /// Whether this exception covers `component` and `license` (catalog id).
    public func matches(component name: String, license id: String?) -> Bool {
        if let component, component.lowercased() != name.lowercased() { return false }
        if let license, license != id { return false }
        return true
    }

    /// How the exception is named in findings.
    public var label: String { reference ?? reason }
}
