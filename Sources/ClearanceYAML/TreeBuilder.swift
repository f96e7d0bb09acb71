/// Turns libyaml's events, one at a time, into a ``Node`` tree, enforcing the strict rules of ``YAMLParser``.
///
/// Children of the open collections wait on one shared stack (`values`; keys and values alternate in a
/// mapping) and move into an array of exactly the right size when their collection ends: one allocation per
/// collection instead of an array growing by doubling in every frame.
struct TreeBuilder {
    let limits: YAMLParser.Limits
    private var frames: [Frame] = []
    private var values: [Node] = []
    private var anchors: [String: (node: Node, size: Size)] = [:]
    private var aliasExpansion = Size()
    private var documents = 0
    /// The document's root node, once it is complete.
    private(set) var root: Node?

    init(limits: YAMLParser.Limits) {
        self.limits = limits
    }

    /// How much a subtree holds: nodes, and bytes of scalar text, counting aliases by what they expand to.
    private struct Size {
        var nodes = 0
        var bytes = 0

        static func += (lhs: inout Size, rhs: Size) {
            lhs.nodes += rhs.nodes
            lhs.bytes += rhs.bytes
        }
    }

    /// An open sequence or mapping.
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var anchor: String?
        /// Where this collection's children start in `values`.
        var start: Int
        var size = Size(nodes: 1, bytes: 0)
        /// Keys seen so far, built only once a mapping grows past a few keys.
        var keyIndex: [String: Mark]?
    }

    /// Mappings with more keys than this look duplicates up in a dictionary rather than by scanning.
    private static let scanLimit = 12

    /// Builds on with one event; true at the stream's end (then ``root`` is the tree).
    mutating func consume(_ e: YAMLEvent) throws(YAMLError) -> Bool {
        switch e.kind {
        case .streamEnd:
            return true
        case .documentStart:
            documents += 1
            if documents > 1 { throw .severalDocuments(at: e.mark) }
        case .scalar:
            let node = Node(.scalar(Node.Scalar(e.value, style: e.style, tag: e.tag)), at: e.mark)
            let size = Size(nodes: 1, bytes: e.value.utf8.count)
            if let anchor = e.anchor { anchors[anchor] = (node, size) }
            try add(node, size: size)
        case .sequenceStart, .mappingStart:
            if frames.count >= limits.depth { throw .tooDeep(limit: limits.depth, at: e.mark) }
            frames.append(
                Frame(isMapping: e.kind == .mappingStart, mark: e.mark, anchor: e.anchor, start: values.count))
        case .collectionEnd:
            let frame = frames.removeLast()
            let value: Node.Value =
                frame.isMapping ? .mapping(pairs(from: frame.start)) : .sequence(Array(values[frame.start...]))
            let node = Node(value, at: frame.mark)
            values.removeLast(values.count - frame.start)
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
            try add(node, size: frame.size)
        case .alias:
            let name = e.anchor ?? ""
            guard let target = anchors[name] else { throw .unknownAnchor(name, at: e.mark) }
            aliasExpansion += target.size
            if aliasExpansion.nodes > limits.aliasExpansion {
                throw .aliasBomb(limit: limits.aliasExpansion, at: e.mark)
            }
            if aliasExpansion.bytes > limits.aliasExpansionBytes {
                throw .aliasBytes(limit: limits.aliasExpansionBytes, at: e.mark)
            }
            var node = target.node
            node.mark = e.mark
            try add(node, size: target.size)
        }
        return false
    }

    /// The waiting children from `start` on, as a mapping's pairs (keys and values alternate).
    private func pairs(from start: Int) -> [Node.Pair] {
        stride(from: start, to: values.count - 1, by: 2).map { Node.Pair(key: values[$0], value: values[$0 + 1]) }
    }

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func add(_ node: Node, size: Size) throws(YAMLError) {
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
        let keys = stride(from: start, to: values.count, by: 2)
        guard var index = frames[top].keyIndex else {
            if (values.count - start) / 2 < Self.scanLimit {
                for i in keys where Self.name(of: values[i]) == key {
                    throw .duplicateKey(key, at: mark, first: values[i].mark)
                }
                return
            }
            var index: [String: Mark] = [key: mark]
            for i in keys {
                let name = Self.name(of: values[i])
                if name == key { throw .duplicateKey(key, at: mark, first: values[i].mark) }
                index[name] = values[i].mark
            }
            frames[top].keyIndex = index
            return
        }
        if let first = index[key] { throw .duplicateKey(key, at: mark, first: first) }
        frames[top].keyIndex = nil  // one reference, so the insertion below does not copy the dictionary
        index[key] = mark
        frames[top].keyIndex = index
    }

    private static func name(of key: Node) -> String {
        if case .scalar(let s) = key.value { return s.text }
        return ""
    }
}
