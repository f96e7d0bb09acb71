extension Evaluator {
    /// The facts a component is evaluated with, and the findings about manifest facts the policy did not let count.
    ///
    /// The policy comes from the organization, the manifest from the pull request, so the policy owns the facts.
    /// Per fact, with `policy` the policy's value and `manifest` the component's (its own `multimodal` and
    /// `usage`, over the manifest's `usage`):
    /// 1. `--set` declares it: the operator's value, and no finding.
    /// 2. The manifest does not declare it: the policy's value (or none).
    /// 3. The policy locks it (`lock-facts`) and the manifest declares it on a line: the policy's value, and a
    ///    `fact-locked` finding (fail).
    /// 4. The policy does not declare it: the manifest's value.
    /// 5. The manifest's value is less restrictive (``Usage/isLoosened(_:by:)``): the policy's value (for
    ///    `distribution`, the channels of both), and a `fact-override` finding (review).
    /// 6. Otherwise (the same value, or a stricter one): the manifest's value, and no finding.
    ///
    /// A card's `pipeline_tag` that marks a model multimodal is evidence with no line of its own: it is never
    /// locked, and never loosens (it only says `true`).
    ///
    /// `runFacts`, when given, is ``runFacts`` made once for a whole run.
    func resolvedFacts(for component: Component, runFacts: Usage? = nil) -> (facts: Usage, findings: [Finding]) {
        var manifest = component.usage
        if manifest.multimodal == nil, let multimodal = component.multimodal { manifest.multimodal = multimodal }
        if manifest.declaresNothing {
            return (runFacts ?? policy.usage.overlaid(by: overrides), [])
        }
        var facts = policy.usage
        var findings: [Finding] = []
        for key in Usage.Key.allCases where manifest.declares(key) && !overrides.declares(key) {
            let line = manifest.sources[key]
            if let line, let lock = policy.lockedFacts[key] {
                findings.append(.factLocked(key, manifest: manifest, at: line, policy: policy.usage, lock: lock))
            } else if !policy.usage.declares(key) {
                facts.take(key, from: manifest)
            } else if policy.usage.isLoosened(key, by: manifest) {
                if let line {
                    findings.append(.factOverride(key, manifest: manifest, at: line, policy: policy.usage))
                }
                if key == .distribution {
                    let both = Set((policy.usage.distribution ?? []) + (manifest.distribution ?? []))
                    facts.distribution = Usage.Distribution.allCases.filter(both.contains)
                }
            } else {
                facts.take(key, from: manifest)
            }
        }
        return (facts.overlaid(by: overrides), findings)
    }
}

extension Evaluator {
    /// The facts `component` is evaluated with, each with its source (see ``resolvedFacts(for:)``): what
    /// `check --verbose` shows.
    public func facts(of component: Component) -> Usage {
        resolvedFacts(for: component).facts
    }

    /// The facts of a component that declares none: the policy's under `--set`.
    public var runFacts: Usage {
        policy.usage.overlaid(by: overrides)
    }
}

extension Finding {
    /// A manifest fact less restrictive than the policy's, which is used instead; cites the policy's line and
    /// names the manifest's.
    static func factOverride(
        _ key: Usage.Key, manifest: Usage, at line: SourceLocation, policy: Usage
    ) -> Finding {
        let than = key == .domicile ? "a different domicile than" : "less restrictive than"
        return Finding(
            .factOverride, .review,
            "\(line.fileAndLine) sets \(key.rawValue): \(manifest.text(key) ?? "null"), \(than) the policy's \(policy.text(key) ?? "null"); the policy's value is used (only the policy, or --set, can loosen a fact)",
            policy: policy.sources[key])
    }

    /// A manifest fact the policy locks, which is not used; cites the `lock-facts` line and names the manifest's.
    static func factLocked(
        _ key: Usage.Key, manifest: Usage, at line: SourceLocation, policy: Usage, lock: SourceLocation
    ) -> Finding {
        let used = policy.text(key).map { "the policy's value (\($0)) is used" } ?? "the policy declares none"
        return Finding(
            .factLocked, .fail,
            "\(line.fileAndLine) sets \(key.rawValue): \(manifest.text(key) ?? "null"), a fact the policy locks (lock-facts); \(used); remove it from the manifest",
            policy: lock)
    }
}
