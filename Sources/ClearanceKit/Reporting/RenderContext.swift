/// What a formatter needs beyond the report: the gate's level, baselining, the catalog and colour.
public struct RenderContext: Sendable {
    /// The verdict from which the gate fails: ``Verdict/fail`` (the default) or ``Verdict/review``.
    ///
    /// JUnit reports a review as a failure only when this is ``Verdict/review``; the other formats mention
    /// it where they state the outcome.
    public var failOn: Verdict
    /// How many findings a baseline waived (see ``Baseline/apply(to:)``); shown when not zero.
    public var baselined: Int
    /// The catalog the report was made with, for license names, URLs and notice texts.
    public var catalog: Catalog
    /// Whether the text format may use ANSI colours.
    public var colour: Bool
    /// Whether the text format shows only the findings to act on (`--quiet`): no header, no passing
    /// components, no summary. Other formats ignore it.
    public var quiet = false

    /// A context; by default the gate fails on `fail`, nothing is baselined and there is no colour.
    public init(failOn: Verdict = .fail, baselined: Int = 0, catalog: Catalog = .shipped, colour: Bool = false) {
        self.failOn = failOn
        self.baselined = baselined
        self.catalog = catalog
        self.colour = colour
    }

    /// Whether a finding or component with `verdict` makes the gate fail.
    public func fails(_ verdict: Verdict) -> Bool {
        verdict != .pass && verdict >= failOn
    }
}
