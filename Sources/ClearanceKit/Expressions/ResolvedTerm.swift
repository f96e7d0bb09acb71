/// One term of an expression with what its license and exception resolved to.
public struct ResolvedTerm: Hashable, Sendable {
    public var term: LicenseTerm
    public var license: LicenseResolution
    /// What the exception resolved to; nil when the term has no `WITH`.
    public var exception: ExceptionResolution?
    /// For a deprecated SPDX id, what SPDX says to write instead (an id, or advice with `WITH`); else nil.
    public var deprecatedReplacement: String?

    public init(
        term: LicenseTerm, license: LicenseResolution, exception: ExceptionResolution? = nil,
        deprecatedReplacement: String? = nil
    ) {
        self.term = term
        self.license = license
        self.exception = exception
        self.deprecatedReplacement = deprecatedReplacement
    }
}
