import ClearanceKit

/// `check --verbose`: the policy a run used and where each fact came from.
enum FactSources {
    /// The section appended to the text report: the policy file (and what named it), every fact of the run
    /// with its source (a policy line, `--set KEY`, or not declared), then, per component whose facts differ,
    /// the facts that differ and their sources (a manifest line).
    static func text(
        evaluator: Evaluator, source: InputOptions.PolicySource, components: [Component]
    ) -> String {
        var out = "\nFACTS\n"
        let policy = evaluator.policy
        let named = source.namedBy.map { " (named by \($0))" } ?? (source.file == nil ? " (built in)" : "")
        out += "  policy: \(policy.name) from \(policy.file)\(named)\n"
        let run = evaluator.runFacts
        for key in Usage.Key.allCases { out += "  " + line(key, run) + "\n" }
        for component in components {
            let facts = evaluator.facts(of: component)
            let differing = Usage.Key.allCases.filter {
                facts.text($0) != run.text($0) || facts.sources[$0] != run.sources[$0]
            }
            guard !differing.isEmpty else { continue }
            out += "  \(component.name.terminalSafe):\n"
            for key in differing { out += "    " + line(key, facts) + "\n" }
        }
        return out
    }

    /// `monthly-active-users: 2000000 (clearance.yaml:4:25)` or `domicile: not declared`.
    private static func line(_ key: Usage.Key, _ facts: Usage) -> String {
        guard let value = facts.text(key) else { return "\(key.rawValue): not declared" }
        return "\(key.rawValue): \(value)".terminalSafe + (facts.sources[key].map { " (\($0))".terminalSafe } ?? "")
    }
}
