internal import CLibYAML

/// Turns libyaml's events into a ``Node`` tree, enforcing the strict rules of ``YAMLParser``.
///
/// Children of the open collections wait on one shared stack (`values`; keys and values alternate in a
/// mapping) and move into an array of exactly the right size when their collection ends: one allocation per
/// collection instead of an array growing by doubling in every frame.
struct TreeBuilder {
    let limits: YAMLParser.Limits
    private var frames: [Frame] = []
    private var values: [Node] = []
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var aliasExpansion = 0

    init(limits: YAMLParser.Limits) {
        self.limits = limits
        frames.reserveCapacity(16)
        values.reserveCapacity(64)
    }

    /// An open sequence or mapping.
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var anchor: String?
        /// Where this collection's children start in `values`.
        var start: Int
        /// Nodes in this subtree so far, counting aliases by what they expand to.
        var size = 1
        /// Keys seen so far, built only once a mapping grows past a few keys.
        var keyIndex: [String: Mark]?
    }

    /// Mappings with more keys than this look duplicates up in a dictionary rather than by scanning.
    private static let scanLimit = 12

    mutating func build(from reader: EventReader) throws(YAMLError) -> Node? {
        var root: Node?
        var documents = 0
        while true {
            let event = try reader.next()
            defer { yaml_event_delete(event) }
            let e = event.pointee
            switch e.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT, YAML_NO_EVENT:
                break
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { throw .severalDocuments(at: Mark(e.start_mark)) }
            case YAML_SCALAR_EVENT:
                let s = e.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
                let scalar = Node.Scalar(text, style: Self.style(s.style), tag: s.tag.map { String(cString: $0) })
                let node = Node(.scalar(scalar), at: Mark(e.start_mark))
                if let anchor = s.anchor { anchors[String(cString: anchor)] = (node, 1) }
                try add(node, size: 1, &root)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let mark = Mark(e.start_mark)
                if frames.count >= limits.depth { throw .tooDeep(limit: limits.depth, at: mark) }
                let isMapping = e.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? e.data.mapping_start.anchor : e.data.sequence_start.anchor
                frames.append(Frame(
                    isMapping: isMapping, mark: mark, anchor: anchor.map { String(cString: $0) }, start: values.count))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = frames.removeLast()
                let node = Node(frame.isMapping ? .mapping(pairs(from: frame.start)) : .sequence(items(from: frame.start)), at: frame.mark)
                values.removeSubrange(frame.start...)
                if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
                try add(node, size: frame.size, &root)
            case YAML_ALIAS_EVENT:
                let mark = Mark(e.start_mark)
                let name = String(cString: e.data.alias.anchor)
                guard let target = anchors[name] else { throw .unknownAnchor(name, at: mark) }
                aliasExpansion += target.size
                if aliasExpansion > limits.aliasExpansion { throw .aliasBomb(limit: limits.aliasExpansion, at: mark) }
                var node = target.node
                node.mark = mark
                try add(node, size: target.size, &root)
            default:
                break
            }
        }
    }

    /// The waiting children from `start` on, as a sequence's items.
    private func items(from start: Int) -> [Node] {
        Array(values[start...])
    }

    /// The waiting children from `start` on, as a mapping's pairs (keys and values alternate).
    private func pairs(from start: Int) -> [Node.Pair] {
        let count = (values.count - start) / 2
        return [Node.Pair](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count {
                (buffer.baseAddress! + i).initialize(to: Node.Pair(key: values[start + 2 * i], value: values[start + 2 * i + 1]))
            }
            initialized = count
        }
    }

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func add(_ node: Node, size: Int, _ root: inout Node?) throws(YAMLError) {
        guard !frames.isEmpty else {
            root = node
            return
        }
        let top = frames.count - 1
        frames[top].size += size
        if frames[top].isMapping, (values.count - frames[top].start) % 2 == 0 {
            guard case .scalar(let key) = node.value else { throw .complexKey(at: node.mark) }
            try checkDuplicate(key.text, at: node.mark, in: top)
        }
        values.append(node)
    }

    /// Throws if the mapping of frame `top` already has `key`.
    private mutating func checkDuplicate(_ key: String, at mark: Mark, in top: Int) throws(YAMLError) {
        let start = frames[top].start
        if frames[top].keyIndex == nil {
            let keys = stride(from: start, to: values.count, by: 2)
            if (values.count - start) / 2 < Self.scanLimit {
                for i in keys where Self.name(of: values[i]) == key {
                    throw .duplicateKey(key, at: mark, first: values[i].mark)
                }
                return
            }
            var index: [String: Mark] = [:]
            for i in keys { index[Self.name(of: values[i])] = values[i].mark }
            frames[top].keyIndex = index
        }
        if let first = frames[top].keyIndex![key] { throw .duplicateKey(key, at: mark, first: first) }
        frames[top].keyIndex![key] = mark
    }

    private static func name(of key: Node) -> String {
        if case .scalar(let s) = key.value { return s.text }
        return ""
    }

    private static func style(_ style: yaml_scalar_style_t) -> Node.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
