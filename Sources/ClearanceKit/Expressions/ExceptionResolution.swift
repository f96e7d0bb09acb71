/// What the exception of a term (after `WITH`) resolved to.
public enum ExceptionResolution: Hashable, Sendable {
    /// An exception on the SPDX exception list, spelled as the list spells it.
    case listed(String)
    /// An `AdditionRef-…`: an exception defined outside the SPDX list, whose terms are unknown here.
    case reference(String)
    /// On neither list; the nearest SPDX exception ids, nearest first (possibly none).
    case unknown(suggestions: [String])
}
