/// A problem found while reading YAML or while reading a node as a type.
///
/// `id` is stable (e.g. `yaml.duplicate-key`) and is what tests, baselines and SARIF rules use.
public struct YAMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier of the kind of problem.
    public var id: String
    /// One sentence for the user, without the position.
    public var message: String
    /// Where the problem is.
    public var mark: Mark
    /// Further lines of help (e.g. where a first definition is).
    public var notes: [Note]

    /// A secondary message attached to an error, optionally with its own position.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var mark: Mark?
        public init(_ message: String, at mark: Mark? = nil) {
            self.message = message
            self.mark = mark
        }
    }

    public init(id: String, message: String, at mark: Mark, notes: [Note] = []) {
        self.id = id
        self.message = message
        self.mark = mark
        self.notes = notes
    }

    public var description: String { "\(mark): \(message) [\(id)]" }
}

extension YAMLError {
    static func syntax(_ problem: String, context: String?, at mark: Mark) -> YAMLError {
        let message = context.map { "\(problem) \($0)" } ?? problem
        return YAMLError(id: "yaml.syntax", message: message, at: mark)
    }

    static func duplicateKey(_ key: String, at mark: Mark, first: Mark) -> YAMLError {
        YAMLError(
            id: "yaml.duplicate-key", message: "duplicate key '\(key)'", at: mark,
            notes: [Note("first defined here", at: first)])
    }

    static func tooDeep(limit: Int, at mark: Mark) -> YAMLError {
        YAMLError(id: "yaml.too-deep", message: "nesting is deeper than \(limit) levels", at: mark)
    }

    static func aliasBomb(limit: Int, at mark: Mark) -> YAMLError {
        YAMLError(
            id: "yaml.alias-limit",
            message: "aliases expand to more than \(limit) nodes; refusing to expand (a \"billion laughs\" file?)",
            at: mark)
    }

    static func aliasBytes(limit: Int, at mark: Mark) -> YAMLError {
        YAMLError(
            id: "yaml.alias-limit",
            message: "aliases expand to more than \(limit) bytes of text; refusing to expand",
            at: mark)
    }

    static func unknownAnchor(_ name: String, at mark: Mark) -> YAMLError {
        YAMLError(id: "yaml.syntax", message: "found undefined alias '\(name)'", at: mark)
    }

    static func severalDocuments(at mark: Mark) -> YAMLError {
        YAMLError(
            id: "yaml.several-documents", message: "expected one YAML document, found a second one here", at: mark)
    }

    static func tooLarge(size: Int, limit: Int) -> YAMLError {
        YAMLError(
            id: "yaml.too-large",
            message: "file is \(size) bytes, over the limit of \(limit) bytes",
            at: Mark(line: 1, column: 1))
    }

    static func complexKey(at mark: Mark) -> YAMLError {
        YAMLError(id: "yaml.complex-key", message: "mapping keys must be scalars", at: mark)
    }
}
