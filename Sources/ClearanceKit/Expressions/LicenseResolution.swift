/// What the license of a term resolved to.
public enum LicenseResolution: Hashable, Sendable {
    /// A descriptor in the catalog, by catalog id.
    case catalog(String)
    /// An id on the SPDX License List that the catalog has no descriptor for. Its terms are unknown: it is
    /// never a pass.
    case notInCatalog(String)
    /// Nothing matched; the nearest known names, nearest first (possibly none). Never guessed.
    case unknown(suggestions: [String])
}
