public import ClearanceYAML

extension Usage {
    /// Reads a `usage:` mapping over the facts of `base` (each fact it declares replaces the base's, with its
    /// source: ``overlaid(by:)`` without a second value), recording every problem in `context`.
    ///
    /// Unknown keys are reported first, as ``MappingReader`` does, then each fact's problem in source order. One
    /// pass and no reader: a manifest reads a `usage` per component.
    package static func decode(_ node: Node, over base: Usage = Usage(), context: DecodeContext) -> Usage {
        guard case .mapping(let pairs) = node.value else {
            context.record(node.mismatch("a mapping"))
            return base
        }
        var usage = base
        var unknown = false
        var problems: [YAMLError] = []
        for pair in pairs {
            guard let key = Key(rawValue: pair.name) else {
                unknown = true
                continue
            }
            let value = pair.value
            guard !value.isNull else { continue }
            do throws(YAMLError) {
                try usage.set(key, from: value)
                usage.sources[key] = context.location(value.mark)
            } catch {
                problems.append(error)
            }
        }
        if unknown {
            MappingReader.recordUnknownKeys(of: node, known: Key.names, context: context, suggest: Key.suggestion(for:))
        }
        for problem in problems { context.record(problem) }
        return usage
    }

    /// Sets one fact from a YAML node (also used for `--set KEY=VALUE`, parsed as YAML).
    public mutating func set(_ key: Key, from node: Node) throws(YAMLError) {
        switch key {
        case .commercial: commercial = try node.boolean()
        case .monthlyActiveUsers: monthlyActiveUsers = try Self.nonNegative(node)
        case .annualRevenueUSD: annualRevenueUSD = try Self.nonNegative(node)
        case .domicile:
            // ASCII only before upper-casing: "ß".uppercased() is "SS", a code.
            let text = try node.string()
            let code = text.allSatisfy { $0.isASCII && $0.isLetter } ? text.uppercased() : text
            guard Self.isDomicile(code) else {
                throw node.mismatch("an assigned ISO 3166-1 alpha-2 country code (e.g. DE, US) or EU")
            }
            domicile = code
        case .distribution:
            distribution = try Self.list(node, of: Distribution.self)
        case .modifies: modifies = try node.boolean()
        case .trainsOnOutputs: trainsOnOutputs = try node.boolean()
        case .multimodal: multimodal = try node.boolean()
        case .purposes: purposes = try Self.list(node, of: RestrictedUse.self)
        }
    }

    /// A list of values, or one value; a plain scalar with commas (`--set purposes=military,weapons`) is
    /// read as a list of its parts. Duplicates are dropped.
    private static func list<E: RawRepresentable & CaseIterable & Equatable>(
        _ node: Node, of type: E.Type
    ) throws(YAMLError) -> [E] where E.RawValue == String {
        var values: [E] = []
        for item in try node.itemsOrSingle(expected: "a list") {
            // (Looked for as a byte: Foundation's `contains` of a string was 3.5% of reading 100 000 usages.)
            if let s = item.scalar, s.style == .plain, s.text.utf8.contains(UInt8(ascii: ",")) {
                for part in s.text.split(separator: ",", omittingEmptySubsequences: false) {
                    let text = LicenseText.trim(String(part))
                    guard let value = E(rawValue: text) else {
                        var message = "expected \(Node.oneOf(E.self)), found '\(text)'"
                        if let near = Suggestion.nearest(to: text, in: E.allCases.map(\.rawValue)) {
                            message += "; did you mean '\(near)'?"
                        }
                        throw YAMLError(id: "yaml.type-mismatch", message: message, at: item.mark)
                    }
                    if !values.contains(value) { values.append(value) }
                }
                continue
            }
            let value = try item.enumeration(E.self)
            if !values.contains(value) { values.append(value) }
        }
        return values
    }

    private static func nonNegative(_ node: Node) throws(YAMLError) -> Int {
        let value = try node.integer()
        guard value >= 0 else { throw node.mismatch("a number of zero or more") }
        return value
    }
}
