extension Policy {
    /// This policy as YAML with `extends` resolved: what `clearance policy show` prints.
    ///
    /// The keys come in the order of <doc:PolicyFormat>; facts in ``Usage/Key`` order (an undeclared fact as a
    /// comment), license ids sorted within each list, categories and obligations in their declared order,
    /// exceptions as written. Each value is followed by a comment naming the `file:line` it comes from, so the
    /// same policy files give the same text, and the text reads back as a policy with the same decisions.
    public var resolvedText: String {
        var out = "# The policy \(file) with 'extends' resolved; each comment says where a value comes from.\n"
        out += "schema: 1\n"
        out += "name: \(YAMLScalar.text(name))\n"
        out += "usage:\n"
        for key in Usage.Key.allCases {
            if let text = usage.text(key) {
                out += "  \(key.rawValue): \(text)" + Self.origin(usage.sources[key]) + "\n"
            } else {
                out += "  # \(key.rawValue): not declared\n"
            }
        }
        if !lockedFacts.isEmpty {
            let locked = Usage.Key.allCases.filter { lockedFacts[$0] != nil }
            out += "lock-facts: [\(locked.map(\.rawValue).joined(separator: ", "))]"
            out += Self.origin(locked.first.flatMap { lockedFacts[$0] }) + "\n"
        }
        out += "licenses:\n"
        for action in Action.allCases {
            let ids = licenses.filter { $0.value.action == action }.keys.sorted()
            guard !ids.isEmpty else {
                out += "  \(action.rawValue): []\n"
                continue
            }
            out += "  \(action.rawValue):\n"
            for id in ids { out += "    - \(YAMLScalar.text(id))" + Self.origin(licenses[id]?.location) + "\n" }
        }
        out += "categories:\n"
        for category in LicenseDescriptor.Category.allCases {
            guard let decision = categories[category] else { continue }
            out += "  \(category.rawValue): \(decision.action.rawValue)" + Self.origin(decision.location) + "\n"
        }
        out += "unknown: \(unknown.action.rawValue)" + Self.origin(unknown.location) + "\n"
        let accepted = LicenseDescriptor.Obligation.ID.allCases.filter(acceptedObligations.contains)
        out += "obligations:\n  accept: [\(accepted.map(\.rawValue).joined(separator: ", "))]"
        out += Self.origin(acceptedObligationsLocation) + "\n"
        out += "derivative-naming: \(derivativeNaming.action.rawValue)" + Self.origin(derivativeNaming.location) + "\n"
        if !exceptions.isEmpty { out += "exceptions:\n" }
        for exception in exceptions {
            var lines: [String] = []
            if let component = exception.component { lines.append("component: \(YAMLScalar.text(component))") }
            if let license = exception.license { lines.append("license: \(YAMLScalar.text(license))") }
            lines.append("verdict: \(exception.action.rawValue)")
            lines.append("reason: \(YAMLScalar.text(exception.reason))")
            lines.append("approved-by: \(YAMLScalar.text(exception.approvedBy))")
            if let reference = exception.reference { lines.append("reference: \(YAMLScalar.text(reference))") }
            lines.append("expires: \(exception.expires)")
            for (index, line) in lines.enumerated() {
                out += (index == 0 ? "  - " : "    ") + line
                out += (index == 0 ? Self.origin(exception.location) : "") + "\n"
            }
        }
        return out
    }

    /// `  # file:line`, or nothing when the value has no line (a built-in default).
    private static func origin(_ location: SourceLocation?) -> String {
        location.map { "  # \($0.fileAndLine)" } ?? "  # built in"
    }
}
