/// One reason behind a verdict: a stable rule id, the verdict it gives, a message, and what it cites.
public struct Finding: Hashable, Sendable, Codable {
    /// Stable rule id (`user-cap`, `license-denied`, …); also the SARIF ruleId and the baseline key.
    public var rule: Rule
    public var verdict: Verdict
    public var message: String
    /// The catalog id of the license the finding is about, if any.
    public var license: String?
    /// The clause of the license text behind the finding.
    public var clause: String?
    /// The policy (or manifest) line behind the finding.
    public var policy: SourceLocation?
    /// The exception that waived this finding, by its reference or reason; a waived finding counts as pass.
    public var waivedBy: String?

    public init(
        _ rule: Rule, _ verdict: Verdict, _ message: String, license: String? = nil, clause: String? = nil,
        policy: SourceLocation? = nil
    ) {
        self.rule = rule
        self.verdict = verdict
        self.message = message
        self.license = license
        self.clause = clause
        self.policy = policy
    }

    /// The verdict this finding contributes: pass once waived.
    public var effectiveVerdict: Verdict { waivedBy == nil ? verdict : .pass }
}
