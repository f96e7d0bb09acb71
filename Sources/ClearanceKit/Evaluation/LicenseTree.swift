/// A license expression reduced to what evaluation needs: leaves joined by AND and OR.
public indirect enum LicenseTree: Hashable, Sendable {
    /// One license as written (an id, alias or `LicenseRef-`), with its `WITH` exception if any.
    case leaf(String, exception: String?)
    /// Every alternative applies (AND): the worst verdict wins.
    case all([LicenseTree])
    /// Any one alternative may be chosen (OR): the best verdict wins.
    case any([LicenseTree])

    /// The leaves, left to right.
    public var leaves: [String] {
        switch self {
        case .leaf(let name, _): [name]
        case .all(let items), .any(let items): items.flatMap(\.leaves)
        }
    }
}
