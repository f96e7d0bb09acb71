/// A YAML node with the position where it starts.
///
/// Scalars stay strings, with their style and tag, until a schema reads them as a type (see
/// `Node+Accessors.swift`). Mappings keep their keys in source order; keys are always scalars.
public struct Node: Hashable, Sendable {
    /// What the node holds.
    public var value: Value
    /// Where the node starts (for a mapping or sequence, its first token).
    public var mark: Mark

    public init(_ value: Value, at mark: Mark) {
        self.value = value
        self.mark = mark
    }

    /// The content of a node.
    public enum Value: Hashable, Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    /// One key–value entry of a mapping.
    public struct Pair: Hashable, Sendable {
        public var key: Node
        public var value: Node
        /// The key's text (keys are scalars).
        public var name: String {
            if case .scalar(let s) = key.value { return s.text }
            return ""
        }
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    /// A scalar: its text exactly as YAML resolved it, how it was written, and its explicit tag if any.
    public struct Scalar: Hashable, Sendable {
        public var text: String
        public var style: Style
        public var tag: String?

        public init(_ text: String, style: Style = .plain, tag: String? = nil) {
            self.text = text
            self.style = style
            self.tag = tag
        }

        /// How a scalar was written.
        public enum Style: String, Hashable, Sendable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        /// Whether this scalar is YAML's null: an empty plain scalar, `~`, `null`, `Null` or `NULL`.
        public var isNull: Bool {
            guard style == .plain, tag == nil else { return tag == "tag:yaml.org,2002:null" }
            // Longer texts are never null: most scalars are told so without comparing text.
            guard text.utf8.count <= 4 else { return false }
            switch text {
            case "", "~", "null", "Null", "NULL": return true
            default: return false
            }
        }
    }
}

extension Node {
    /// A short name of the node's kind, for messages ("a mapping", "a string").
    public var kindDescription: String {
        switch value {
        case .scalar(let s): return s.isNull ? "null" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        if case .scalar(let s) = value { return s }
        return nil
    }

    /// Whether this node is a null scalar.
    public var isNull: Bool { scalar?.isNull ?? false }

    /// The value for `key` in a mapping, or nil (also when this node is not a mapping).
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = value else { return nil }
        return pairs.first { $0.name == key }?.value
    }
}
