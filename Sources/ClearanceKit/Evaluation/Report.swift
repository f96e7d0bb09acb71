/// The result of a check: a verdict per component and overall, every finding, and what was checked against.
///
/// Encoded as the JSON report (`schemaVersion: 1`); every other format is rendered from this value.
public struct Report: Hashable, Sendable, Codable {
    public var schemaVersion = 1
    public var verdict: Verdict
    public var summary: Summary
    public var policy: PolicyInfo
    /// The date the check was made for (`--as-of`), `YYYY-MM-DD`.
    public var asOf: String
    public var results: [Result]
    /// Findings about the policy itself (e.g. unused exceptions).
    public var policyFindings: [Finding]
    /// Shipped license descriptors replaced by the user's.
    public var overrides: [Catalog.Override]
    /// Catalog ids of the licenses in use, with the date their terms were verified.
    public var licenses: [LicenseInfo]
    /// The distinct sets of facts the components were evaluated with, in the order of their first component;
    /// each fact with the line (or `--set KEY`) that declared it, undeclared facts absent. Each result names its
    /// set by position (``Result/factSet``), so that a large report holds each set once.
    public var factSets: [Usage] = [Usage()]

    public struct Summary: Hashable, Sendable, Codable {
        public var pass = 0, review = 0, fail = 0
        public init() {}
    }

    public struct PolicyInfo: Hashable, Sendable, Codable {
        public var name: String
        public var file: String
        public var sha256: String
        public init(name: String, file: String, sha256: String) {
            self.name = name
            self.file = file
            self.sha256 = sha256
        }
    }

    public struct LicenseInfo: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var verified: String
        /// What the catalog could not verify about this license (its descriptor's `unverified` notes): terms that
        /// are not evaluated, for a reviewer to check against the license text.
        public var unverified: [String] = []
    }

    /// One component's outcome.
    public struct Result: Hashable, Sendable, Codable {
        public var component: String
        public var kind: Component.Kind
        /// The normalized license expression, or `NONE` when none was declared.
        public var license: String
        public var verdict: Verdict
        public var location: SourceLocation?
        public var findings: [Finding]
        public var obligations: [ObligationItem]
        /// The facts the component was evaluated with: its position in the report's ``Report/factSets``.
        public var factSet = 0
    }

    /// An obligation to fulfil for a license in use.
    public struct ObligationItem: Hashable, Sendable, Codable {
        public var id: String
        public var license: String
        public var text: String
        public var clause: String
    }
}
