public import ClearanceYAML

/// The machine-checkable terms of one license, each term citing the clause it comes from.
///
/// Read from a descriptor file (see <doc:DescriptorFormat>). A term that the file does not
/// state is unknown — never permission.
public struct LicenseDescriptor: Hashable, Sendable, Codable {
    public var id: String
    public var spdx: String
    public var name: String
    public var version: String?
    public var family: String
    public var published: CalendarDate?
    public var url: String
    public var aliases: [String]
    public var category: Category
    public var osiApproved: Bool
    public var verified: CalendarDate
    public var sources: [Source]
    public var permissions: [Permission]
    public var limits: Limits
    public var restrictions: Restrictions
    public var obligations: [Obligation]
    public var informational: Informational
    /// The license's own definitions of activities (what its "Distribution" covers), citing their clauses.
    public var definitions = Definitions()
    /// Facts of the models the license covers (every model of the release is multimodal, or none is).
    public var models = ModelFacts()
    public var unverified: [String]
    /// For a family entry (a name such as the Hub's `gpl` that does not say which version): the catalog ids
    /// or SPDX ids the name could stand for. Empty for a license. A family entry has no terms; see
    /// ``isFamily``.
    public var versions: [String] = []
    /// The descriptor file, as given (`Licenses/llama3.1.yaml` for shipped ones).
    public var file: String

    /// A broad class of license, used by policies (`categories:`).
    public enum Category: String, Hashable, Sendable, Codable, CaseIterable {
        case permissive, copyleft
        case weakCopyleft = "weak-copyleft"
        case community
        case responsibleAI = "responsible-ai"
        case researchOnly = "research-only"
        case nonCommercial = "non-commercial"
        case proprietary
    }

    /// Where the terms were read.
    public struct Source: Hashable, Sendable, Codable {
        public var url: String
        /// `P`: the licensor's own text in its repository; `C`: a verbatim copy held elsewhere.
        public var confidence: Confidence
        public var note: String?

        public enum Confidence: String, Hashable, Sendable, Codable, CaseIterable {
            /// The licensor's own text, in its repository.
            case primary = "P"
            /// A verbatim copy of the licensor's text held elsewhere.
            case copy = "C"
        }
    }

    /// A right the license grants: yes, no, or subject to the file's limits, restrictions and obligations.
    public struct Permission: Hashable, Sendable, Codable {
        public var kind: Kind
        public var value: Value
        public var clause: String
        public var note: String?

        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            case commercialUse = "commercial-use"
            case modification, distribution, derivatives, hosting
        }

        public enum Value: String, Hashable, Sendable, Codable, CaseIterable { case yes, no, conditional }
    }

    /// How the license defines its own terms, mapped onto ``Activity`` values.
    public struct Definitions: Hashable, Sendable, Codable {
        /// What the license's "Distribution" covers; nil: giving copies (`weights`, `on-device`).
        public var distribution: Definition?

        public init(distribution: Definition? = nil) {
            self.distribution = distribution
        }

        /// One defined term: the activities it means, and the clause that defines it.
        public struct Definition: Hashable, Sendable, Codable {
            public var means: [Activity]
            public var clause: String
            public var note: String?
        }
    }

    /// Facts of the models a license covers, from the licensor's model cards.
    public struct ModelFacts: Hashable, Sendable, Codable {
        /// Whether every model of the release is multimodal (`all`) or none is (`none`); nil when it is per model.
        public var multimodal: Fact?

        public init(multimodal: Fact? = nil) {
            self.multimodal = multimodal
        }

        public struct Fact: Hashable, Sendable, Codable {
            public var value: Scope
            public var source: String
            public var note: String?
        }

        public enum Scope: String, Hashable, Sendable, Codable, CaseIterable { case all, none }
    }

    /// Numeric caps on the licensee.
    public struct Limits: Hashable, Sendable, Codable {
        public var monthlyActiveUsers: Cap?
        public var annualRevenueUSD: Cap?

        /// A maximum figure, whether affiliates count, and when it is measured.
        public struct Cap: Hashable, Sendable, Codable {
            public var maximum: Int
            public var affiliates: Bool
            public var measured: Measured?
            public var clause: String
            public var note: String?
        }

        /// When a figure is taken.
        public enum Measured: String, Hashable, Sendable, Codable, CaseIterable {
            case releaseDate = "release-date"
            case continuous
        }
    }

    /// What the license forbids or limits beyond the permissions.
    public struct Restrictions: Hashable, Sendable, Codable {
        public var outputTraining: OutputTraining?
        public var domicile: [Domicile] = []
        public var hostingUse: HostingUse?
        public var useRestrictions: UseRestrictions?
        public var acceptableUsePolicy: AcceptableUsePolicy?

        public struct OutputTraining: Hashable, Sendable, Codable {
            public var value: Value
            public var clause: String
            public var note: String?
            /// `restricted`: forbidden for some models only, which the clause names (Llama 2: "any other large
            /// language model (excluding Llama 2 or derivative works thereof)"), so a declared use is a review.
            public enum Value: String, Hashable, Sendable, Codable, CaseIterable {
                case allowed, forbidden, restricted
                case allowedWithNaming = "allowed-with-naming"
            }
        }

        public struct Domicile: Hashable, Sendable, Codable {
            /// Region codes: ISO 3166-1 alpha-2, or `EU`.
            public var excluded: [String]
            public var appliesTo: AppliesTo
            public var exempt: String?
            public var clause: String
            public var note: String?
            public enum AppliesTo: String, Hashable, Sendable, Codable, CaseIterable { case multimodal, all }
        }

        public struct HostingUse: Hashable, Sendable, Codable {
            public var value: Value
            /// What counts as the restricted hosting: by default `hosting` (`hosted`, `model-api`).
            public var when: Trigger
            public var clause: String
            public var note: String?
            public enum Value: String, Hashable, Sendable, Codable, CaseIterable { case allowed, restricted, forbidden }
        }

        public struct UseRestrictions: Hashable, Sendable, Codable {
            public var flowDown: Bool
            public var clause: String
            public var categories: [Category]
            public var note: String?
            /// One item of the license's list, in the shared vocabulary.
            public struct Category: Hashable, Sendable, Codable {
                public var id: RestrictedUse
                /// The item's words (a short exact quote).
                public var text: String
                public var clause: String
                /// `fail` when the item forbids the use outright, `review` when it is conditional (e.g.
                /// "unlicensed practice of a profession").
                public var verdict: Verdict
                public var note: String?
            }
        }

        public struct AcceptableUsePolicy: Hashable, Sendable, Codable {
            public var url: String
            public var licensorMayChange: Bool
            public var clause: String
            public var note: String?
        }
    }

    /// Something the licensee must do, and when.
    public struct Obligation: Hashable, Sendable, Codable {
        public var id: ID
        public var when: Trigger
        public var clause: String
        public var text: String?
        public var prefix: String?
        public var note: String?

        public enum ID: String, Hashable, Sendable, Codable, CaseIterable {
            case includeLicense = "include-license"
            case notice
            case attributionDisplay = "attribution-display"
            case derivativeNaming = "derivative-naming"
            case stateChanges = "state-changes"
            case shareAlike = "share-alike"
            case flowDown = "flow-down"
            case registration
            case acceptableUse = "acceptable-use"
        }

    }

    /// Terms shown by `explain` but not evaluated.
    public struct Informational: Hashable, Sendable, Codable {
        public var termination: [Termination] = []
        public var governingLaw: GoverningLaw?
        public var patentGrant: PatentGrant?
        /// What the license says of the licensor's trademarks.
        public var trademark: Statement?
        /// Whom the licensee indemnifies, and against what.
        public var indemnity: Statement?

        public struct Termination: Hashable, Sendable, Codable {
            public var trigger: String
            public var clause: String
            /// What follows (e.g. the duty to delete the materials).
            public var note: String?
        }
        /// A term shown as written: its words and clause.
        public struct Statement: Hashable, Sendable, Codable {
            public var text: String
            public var clause: String
            public var note: String?
        }
        public struct GoverningLaw: Hashable, Sendable, Codable {
            public var text: String
            public var clause: String
        }
        public struct PatentGrant: Hashable, Sendable, Codable {
            public var value: Permission.Value
            public var clause: String
            public var note: String?
        }
    }
}

extension LicenseDescriptor {
    /// The permission of `kind`, if the descriptor states it.
    public func permission(_ kind: Permission.Kind) -> Permission? {
        permissions.first { $0.kind == kind }
    }

    /// What the license's "Distribution" covers: its definition, or giving copies.
    public var distributionActivities: [Activity] {
        definitions.distribution?.means ?? [.weights, .onDevice]
    }

    /// Whether this is a family entry (it has `versions`): a name without a version, whose terms are unknown
    /// until the version is, so that evaluation never passes it.
    public var isFamily: Bool { !versions.isEmpty }

    /// Whether the SPDX license list has this license (its `spdx` is not a `LicenseRef-`).
    public var isSPDXListed: Bool { !spdx.hasPrefix("LicenseRef-") }
}
