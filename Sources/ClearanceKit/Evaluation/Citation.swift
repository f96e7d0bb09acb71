/// What a finding cites before it belongs to a component: a line, or a fact.
///
/// A fact's line depends on where each component's facts are declared (the policy, the manifest, a component,
/// `--set`), so components that share an evaluation each cite their own.
enum Citation: Hashable, Sendable {
    /// A line of the policy (or another file).
    case line(SourceLocation)
    /// The line where the fact is declared for the component.
    case fact(Usage.Key)
}
