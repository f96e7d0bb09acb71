import ClearanceYAML
import Foundation

/// A value to check against a JSON Schema: read from JSON, or from YAML as Clearance's readers see it.
///
/// A plain YAML scalar stays text until the schema says what it is (``plain``), as the readers do: `true` is a
/// boolean where the schema asks for one and a string where it asks for a string; `850_000_000` is an integer.
indirect enum SchemaInstance: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// A plain (unquoted) YAML scalar.
    case plain(String)
    case array([SchemaInstance])
    /// An object; members in file order for YAML, by name for JSON.
    case object([Member])

    struct Member: Equatable {
        var key: String
        var value: SchemaInstance
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([SchemaInstance].self) {
            self = .array(value)
        } else {
            let members = try container.decode([String: SchemaInstance].self)
            self = .object(members.sorted { $0.key < $1.key }.map { Member(key: $0.key, value: $0.value) })
        }
    }

    /// The JSON document in `data`.
    static func json(_ data: Data) throws -> SchemaInstance {
        try JSONDecoder().decode(SchemaInstance.self, from: data)
    }

    /// The YAML document in `text`, as its nodes.
    static func yaml(_ text: String) throws -> SchemaInstance {
        guard let root = try YAMLParser().parse(text) else { return .null }
        return SchemaInstance(root)
    }

    init(_ node: Node) {
        switch node.value {
        case .scalar(let s) where s.style == .plain && s.isNull: self = .null
        case .scalar(let s) where s.style == .plain: self = .plain(s.text)
        case .scalar(let s): self = .string(s.text)
        case .sequence(let items): self = .array(items.map(SchemaInstance.init))
        case .mapping(let pairs): self = .object(pairs.map { Member(key: $0.name, value: SchemaInstance($0.value)) })
        }
    }

    /// The value of `key` in an object.
    subscript(key: String) -> SchemaInstance? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The text of a string (or a plain scalar).
    var text: String? {
        switch self {
        case .string(let s), .plain(let s): s
        default: nil
        }
    }

    /// The number this is or, for a plain scalar, reads as (`_` between digits allowed, as the readers allow).
    var numberValue: Double? {
        switch self {
        case .number(let n): return n
        case .plain(let s):
            let digits = s.replacingOccurrences(of: "_", with: "")
            guard !s.hasPrefix("_"), !s.hasSuffix("_"), !s.contains("__"), let value = Int(digits) else { return nil }
            return Double(value)
        default: return nil
        }
    }
}
