public import ClearanceYAML

extension Usage {
    /// Reads a `usage:` mapping, recording every problem in `context`.
    package static func decode(_ node: Node, context: DecodeContext) -> Usage {
        var usage = Usage()
        guard MappingReader(node, keys: Key.names, context: context, suggest: Key.suggestion(for:)) != nil else {
            return usage
        }
        // One pass over the entries, in source order (unknown keys were reported by the reader).
        for pair in (try? node.mapping()) ?? [] {
            guard let key = Key(rawValue: pair.name), !pair.value.isNull else { continue }
            let value = pair.value
            do throws(YAMLError) {
                try usage.set(key, from: value)
                usage.sources[key] = context.location(value.mark)
            } catch {
                context.record(error)
            }
        }
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
            var values: [Distribution] = []
            let items = try node.itemsOrSingle(expected: "a list")
            for item in items { values.append(try item.enumeration(Distribution.self)) }
            distribution = values
        case .modifies: modifies = try node.boolean()
        case .trainsOnOutputs: trainsOnOutputs = try node.boolean()
        case .multimodal: multimodal = try node.boolean()
        }
    }

    private static func nonNegative(_ node: Node) throws(YAMLError) -> Int {
        let value = try node.integer()
        guard value >= 0 else { throw node.mismatch("a number of zero or more") }
        return value
    }
}
