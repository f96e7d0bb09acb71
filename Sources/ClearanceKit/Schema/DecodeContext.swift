public import ClearanceYAML

/// Collects the diagnostics raised while reading one file against a schema, so that lint reports them all.
package final class DecodeContext {
    /// The file being read, as the user named it.
    package let file: String
    package private(set) var diagnostics: [Diagnostic] = []

    package init(file: String) {
        self.file = file
    }

    package func record(_ error: YAMLError, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(error, file: file, severity: severity))
    }

    package func record(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records an error with `id` and `message` at `mark`.
    package func error(_ id: String, _ message: String, at mark: Mark) {
        record(YAMLError(id: id, message: message, at: mark))
    }

    package func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: file, mark: mark)
    }

    /// Reads `node` with `read`, recording a thrown error and returning nil.
    package func read<T>(_ node: Node, _ read: (Node) throws(YAMLError) -> T) -> T? {
        do {
            return try read(node)
        } catch {
            record(error)
            return nil
        }
    }
}

/// Reads one mapping of a schema: checks its keys against the known ones and reads values by key.
///
/// The entries are matched to the known keys once, when the reader is made; reading a key then costs a look
/// through the known keys, not through the entries.
package struct MappingReader {
    package let node: Node
    package let context: DecodeContext
    private let known: [String]
    private let pairs: [Node.Pair]
    /// For each known key, at its position in `known`, the index of its entry in `pairs`, or -1.
    private var slots: [Int]

    /// Nil (with a diagnostic) when `node` is not a mapping; records one error per unknown key, with the key
    /// `suggest` gives (by default the nearest known key).
    package init?(
        _ node: Node, keys known: [String], context: DecodeContext, suggest: ((String) -> String?)? = nil
    ) {
        guard case .mapping(let pairs) = node.value else {
            context.record(node.mismatch("a mapping"))
            return nil
        }
        self.node = node
        self.context = context
        self.known = known
        self.pairs = pairs
        slots = Array(repeating: -1, count: known.count)
        var unknown = false
        for (index, pair) in pairs.enumerated() {
            guard case .scalar(let key) = pair.key.value, let slot = known.firstIndex(of: key.text) else {
                unknown = true
                continue
            }
            slots[slot] = index
        }
        if unknown { Self.recordUnknownKeys(of: node, known: known, context: context, suggest: suggest) }
    }

    /// Records one error per key of the mapping `node` that is not in `known`, with the key `suggest` gives (by
    /// default the nearest known key): what the initializer does, for readers that match keys themselves.
    package static func recordUnknownKeys(
        of node: Node, known: [String], context: DecodeContext, suggest: ((String) -> String?)? = nil
    ) {
        guard let suggest else {
            for error in node.unknownKeys(known) { context.record(error) }
            return
        }
        guard case .mapping(let pairs) = node.value else { return }
        for pair in pairs {
            guard case .scalar(let key) = pair.key.value, !known.contains(key.text) else { continue }
            let near = suggest(key.text).map { "; did you mean '\($0)'?" } ?? ""
            context.error("yaml.unknown-key", "unknown key '\(key.text)'\(near)", at: pair.key.mark)
        }
    }

    /// The value node for `key`, if present and not null.
    package subscript(key: String) -> Node? {
        guard let value = entry(key), !value.isNull else { return nil }
        return value
    }

    /// Whether `key` is present (even as null).
    package func has(_ key: String) -> Bool { entry(key) != nil }

    private func entry(_ key: String) -> Node? {
        guard let slot = known.firstIndex(of: key) else { return node[key] }
        return slots[slot] < 0 ? nil : pairs[slots[slot]].value
    }

    /// The value for `key` read with `read`; nil when absent or wrongly typed (recorded).
    package func optional<T>(_ key: String, _ read: (Node) throws(YAMLError) -> T) -> T? {
        guard let value = self[key] else { return nil }
        return context.read(value, read)
    }

    /// Like ``optional(_:_:)``, but a missing key is an error at the mapping.
    package func required<T>(_ key: String, _ read: (Node) throws(YAMLError) -> T) -> T? {
        guard let value = self[key] else {
            context.error("schema.missing-key", "missing required key '\(key)'", at: node.mark)
            return nil
        }
        return context.read(value, read)
    }
}

extension Node {
    /// A scalar that must be one of the raw values of `E`.
    package func enumeration<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws(YAMLError) -> E
    where E.RawValue == String {
        guard let s = scalar, !s.isNull else { throw mismatch(Self.oneOf(E.self)) }
        if let value = E(rawValue: s.text) { return value }
        var message = "expected \(Self.oneOf(E.self)), found '\(s.text)'"
        if let near = Suggestion.nearest(to: s.text, in: E.allCases.map(\.rawValue)) {
            message += "; did you mean '\(near)'?"
        }
        throw YAMLError(id: "yaml.type-mismatch", message: message, at: mark)
    }

    static func oneOf<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> String where E.RawValue == String {
        let names = E.allCases.map(\.rawValue)
        return names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")
    }

    /// The `schema:` version; an error when it is not a version this build knows.
    package func schemaVersion(supported: Int = 1) throws(YAMLError) -> Int {
        let version = try integer()
        guard version >= 1, version <= supported else {
            throw YAMLError(
                id: "schema.unsupported-version",
                message: "schema version \(version) is not supported; this Clearance reads version \(supported)",
                at: mark)
        }
        return version
    }
}
