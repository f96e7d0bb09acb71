/// Strict typed readings of a node, for the schema layers.
///
/// Scalars stay strings until one of these reads them: an integer is a plain scalar of digits (with `_`
/// allowed between them, as in `700_000_000`); a boolean is exactly plain `true` or `false` (`yes` and `no`
/// stay strings); a date is `YYYY-MM-DD`.
extension Node {
    /// The text of a non-null scalar.
    public func string() throws(YAMLError) -> String {
        guard let s = scalar, !s.isNull else { throw mismatch("a string") }
        return s.text
    }

    /// An integer written as a plain scalar: optional sign, digits, `_` between digits.
    public func integer() throws(YAMLError) -> Int {
        guard let s = scalar, s.style == .plain, let value = Self.parseInteger(s.text) else {
            throw mismatch("an integer")
        }
        return value
    }

    /// `true` or `false`, plain.
    public func boolean() throws(YAMLError) -> Bool {
        guard let s = scalar, s.style == .plain, s.text == "true" || s.text == "false" else {
            throw mismatch("a boolean (true or false)")
        }
        return s.text == "true"
    }

    /// A `YYYY-MM-DD` date.
    public func date() throws(YAMLError) -> CalendarDate {
        guard let s = scalar, let date = CalendarDate(s.text) else { throw mismatch("a date (YYYY-MM-DD)") }
        return date
    }

    /// The items of a sequence.
    public func sequence() throws(YAMLError) -> [Node] {
        guard case .sequence(let items) = value else { throw mismatch("a list") }
        return items
    }

    /// The entries of a mapping, in source order.
    public func mapping() throws(YAMLError) -> [Pair] {
        guard case .mapping(let pairs) = value else { throw mismatch("a mapping") }
        return pairs
    }

    /// The items of a sequence, or a scalar as a list of one; a mapping is a mismatch with `expected`.
    public func itemsOrSingle(expected: String) throws(YAMLError) -> [Node] {
        switch value {
        case .scalar: return [self]
        case .sequence(let items): return items
        case .mapping: throw mismatch(expected)
        }
    }

    /// A list of strings; a single scalar is read as a list of one when `allowSingle` is set.
    public func strings(allowSingle: Bool = false) throws(YAMLError) -> [String] {
        if allowSingle, scalar != nil { return [try string()] }
        var result: [String] = []
        for item in try sequence() { result.append(try item.string()) }
        return result
    }

    /// One error per key of this mapping that is not in `known`, each suggesting the nearest known key.
    ///
    /// Takes an array, not any collection, so that the check is compiled for it here rather than dispatched
    /// generically from every schema's module: it runs for every mapping a schema reads.
    public func unknownKeys(_ known: [String]) -> [YAMLError] {
        guard case .mapping(let pairs) = value else { return [] }
        var errors: [YAMLError] = []
        for pair in pairs {
            guard case .scalar(let key) = pair.key.value else { continue }
            if !known.contains(key.text) { errors.append(.unknownKey(key.text, at: pair.key.mark, known: known)) }
        }
        return errors
    }

    /// An error saying this node is not what was expected.
    public func mismatch(_ expected: String) -> YAMLError {
        let found: String
        switch value {
        case .scalar(let s) where s.isNull: found = "null"
        case .scalar(let s): found = "'\(s.text.count > 40 ? s.text.prefix(40) + "…" : Substring(s.text))'"
        case .sequence: found = "a list"
        case .mapping: found = "a mapping"
        }
        return YAMLError(id: "yaml.type-mismatch", message: "expected \(expected), found \(found)", at: mark)
    }

    static func parseInteger(_ text: String) -> Int? {
        var digits = Substring(text)
        var negative = false
        if let first = digits.first, first == "-" || first == "+" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard let first = digits.first, let last = digits.last, first.isASCII, first.isNumber,
            last.isASCII, last.isNumber, !digits.contains("__")
        else { return nil }
        var value = 0
        for c in digits where c != "_" {
            guard c.isASCII, let d = c.wholeNumberValue else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            guard !o1, !o2 else { return nil }
            value = a
        }
        return negative ? -value : value
    }
}

extension YAMLError {
    /// An unknown key, with the nearest known key as a suggestion when one is close enough.
    public static func unknownKey(_ key: String, at mark: Mark, known: some Collection<String>) -> YAMLError {
        var message = "unknown key '\(key)'"
        if let suggestion = Suggestion.nearest(to: key, in: known) {
            message += "; did you mean '\(suggestion)'?"
        }
        return YAMLError(id: "yaml.unknown-key", message: message, at: mark)
    }
}
