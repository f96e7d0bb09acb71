/// Turns libyaml's events, one at a time, into a ``Node`` tree, enforcing the strict rules of ``YAMLParser``
/// (``EventReader`` calls one method per event).
///
/// Children of the open collections wait on one shared stack (`values`, a ``NodeStack``; keys and values
/// alternate in a mapping) and move into an array of exactly the right size when their collection ends: one
/// allocation per collection instead of an array growing by doubling in every frame.
struct TreeBuilder {
    let limits: YAMLParser.Limits
    private var frames: [Frame] = []
    private let values = NodeStack()
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

    /// A document starts: only one is allowed.
    mutating func startDocument(at mark: Mark) throws(YAMLError) {
        documents += 1
        if documents > 1 { throw .severalDocuments(at: mark) }
    }

    /// A scalar, with its anchor if it has one.
    mutating func scalar(
        _ text: String, style: Node.Scalar.Style, tag: String?, anchor: String?, at mark: Mark
    ) throws(YAMLError) {
        let node = Node(.scalar(Node.Scalar(text, style: style, tag: tag)), at: mark)
        let size = Size(nodes: 1, bytes: text.utf8.count)
        if let anchor { anchors[anchor] = (node, size) }
        try add(node, size: size)
    }

    /// A sequence or mapping opens.
    mutating func startCollection(mapping: Bool, anchor: String?, at mark: Mark) throws(YAMLError) {
        if frames.count >= limits.depth { throw .tooDeep(limit: limits.depth, at: mark) }
        frames.append(Frame(isMapping: mapping, mark: mark, anchor: anchor, start: values.count))
    }

    /// The innermost open collection closes: its children become its node.
    mutating func endCollection() throws(YAMLError) {
        let frame = frames.removeLast()
        let value: Node.Value =
            frame.isMapping
            ? .mapping(values.takePairs(from: frame.start)) : .sequence(values.takeItems(from: frame.start))
        let node = Node(value, at: frame.mark)
        if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
        try add(node, size: frame.size)
    }

    /// An alias: a copy of its anchor's node, counted against the expansion limits.
    mutating func alias(_ name: String, at mark: Mark) throws(YAMLError) {
        guard let target = anchors[name] else { throw .unknownAnchor(name, at: mark) }
        aliasExpansion += target.size
        if aliasExpansion.nodes > limits.aliasExpansion {
            throw .aliasBomb(limit: limits.aliasExpansion, at: mark)
        }
        if aliasExpansion.bytes > limits.aliasExpansionBytes {
            throw .aliasBytes(limit: limits.aliasExpansionBytes, at: mark)
        }
        var node = target.node
        node.mark = mark
        try add(node, size: target.size)
    }

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func add(_ node: consuming Node, size: Size) throws(YAMLError) {
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
        values.push(node)
    }

    /// Throws if the mapping of frame `top` already has `key`.
    private mutating func checkDuplicate(_ key: String, at mark: Mark, in top: Int) throws(YAMLError) {
        let start = frames[top].start
        let keys = stride(from: start, to: values.count, by: 2)
        guard var index = frames[top].keyIndex else {
            if (values.count - start) / 2 < Self.scanLimit {
                for i in keys {
                    let first = values.key(at: i)
                    if Self.same(first.name, key) { throw .duplicateKey(key, at: mark, first: first.mark) }
                }
                return
            }
            var index: [String: Mark] = [key: mark]
            for i in keys {
                let first = values.key(at: i)
                if first.name == key { throw .duplicateKey(key, at: mark, first: first.mark) }
                index[first.name] = first.mark
            }
            frames[top].keyIndex = index
            return
        }
        if let first = index[key] { throw .duplicateKey(key, at: mark, first: first) }
        frames[top].keyIndex = nil  // one reference, so the insertion below does not copy the dictionary
        index[key] = mark
        frames[top].keyIndex = index
    }

    /// Whether two keys are the same text; lengths first, which tells most keys apart without comparing text.
    private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }
}
