internal import CLibYAML

/// Turns libyaml's events into a ``Node`` tree, enforcing the strict rules of ``YAMLParser``.
struct TreeBuilder {
    let limits: YAMLParser.Limits
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var aliasExpansion = 0

    init(limits: YAMLParser.Limits) {
        self.limits = limits
    }

    /// An open sequence or mapping.
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var anchor: String?
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        var pendingKey: Node?
        /// Nodes in this subtree so far, counting aliases by what they expand to.
        var size = 1
        /// Keys seen so far, built only once a mapping grows past a few keys.
        var keyIndex: [String: Mark]?
    }

    mutating func build(from reader: EventReader) throws(YAMLError) -> Node? {
        var root: Node?
        var documents = 0
        while true {
            let event = try reader.next()
            defer { yaml_event_delete(event) }
            let e = event.pointee
            let mark = Mark(e.start_mark)
            switch e.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT, YAML_NO_EVENT:
                break
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { throw .severalDocuments(at: mark) }
            case YAML_SCALAR_EVENT:
                let s = e.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
                let scalar = Node.Scalar(text, style: Self.style(s.style), tag: s.tag.map { String(cString: $0) })
                let node = Node(.scalar(scalar), at: mark)
                if let anchor = s.anchor { anchors[String(cString: anchor)] = (node, 1) }
                try add(node, size: 1, &root)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if stack.count >= limits.depth { throw .tooDeep(limit: limits.depth, at: mark) }
                let isMapping = e.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? e.data.mapping_start.anchor : e.data.sequence_start.anchor
                stack.append(Frame(isMapping: isMapping, mark: mark, anchor: anchor.map { String(cString: $0) }))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let node = Node(frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), at: frame.mark)
                if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
                try add(node, size: frame.size, &root)
            case YAML_ALIAS_EVENT:
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

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func add(_ node: Node, size: Int, _ root: inout Node?) throws(YAMLError) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        if !stack[top].isMapping {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            guard case .scalar(let scalar) = node.value else { throw .complexKey(at: node.mark) }
            try checkDuplicate(scalar.text, at: node.mark, in: &stack[top])
            stack[top].pendingKey = node
            return
        }
        stack[top].pairs.append(Node.Pair(key: key, value: node))
        stack[top].pendingKey = nil
    }

    private func checkDuplicate(_ key: String, at mark: Mark, in frame: inout Frame) throws(YAMLError) {
        if frame.keyIndex == nil, frame.pairs.count < 12 {
            if let first = frame.pairs.first(where: { $0.name == key }) {
                throw .duplicateKey(key, at: mark, first: first.key.mark)
            }
            return
        }
        if frame.keyIndex == nil {
            var index: [String: Mark] = [:]
            for pair in frame.pairs { index[pair.name] = pair.key.mark }
            frame.keyIndex = index
        }
        if let first = frame.keyIndex![key] { throw .duplicateKey(key, at: mark, first: first) }
        frame.keyIndex![key] = mark
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
