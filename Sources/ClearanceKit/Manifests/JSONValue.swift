/// A JSON value with the byte offset where it starts in its file, so that readers can say where things are.
///
/// Numbers keep their text; objects keep their members in file order. ``JSONParser`` builds these.
struct JSONValue: Sendable {
    var kind: Kind
    /// The byte offset of the value's first byte (`{`, `[`, `"`, a digit or a letter).
    var offset: Int

    enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([JSONValue])
        case object([Member])
    }

    /// One `"key": value` of an object.
    struct Member: Sendable {
        var key: String
        var keyOffset: Int
        var value: JSONValue
    }

    /// The value of `key` in an object (the last one when a key repeats, as most JSON readers do).
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.last { $0.key == key }?.value
    }

    var string: String? {
        if case .string(let s) = kind { return s }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let items) = kind { return items }
        return nil
    }

    var members: [Member]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    var isObject: Bool { members != nil }

    /// The value as text when it is a string or a number (some generators write versions as numbers).
    var text: String? {
        switch kind {
        case .string(let s): return s
        case .number(let n): return n
        default: return nil
        }
    }

    /// A short name of the value's kind, for messages.
    var kindDescription: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// A string, or the strings of an array of strings (other items skipped).
    var strings: [String] {
        if let s = string { return [s] }
        return array?.compactMap(\.string) ?? []
    }
}
