/// Turns libyaml's events, as ``EventChunk``s, into a ``Node`` tree, enforcing the strict rules of ``YAMLParser``.
///
/// Runs on the caller's thread, whether the chunks were read there too or on the reading thread of an
/// ``EventPipeline``; either way it sees the same events in the same order, so the tree and the first error are
/// the same.
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
    private var documents = 0
    /// The document's root node, once it is complete.
    private(set) var root: Node?

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

    /// Builds on with `chunk`'s events, in order; true once the stream has ended (then ``root`` is the tree).
    ///
    /// Throws the first error in event order: the tree's own (a duplicate key, say) for an event before the
    /// chunk's end, else libyaml's error after the chunk's last event.
    mutating func consume(_ chunk: EventChunk) throws(YAMLError) -> Bool {
        var texts = EventChunk.TextReader(chunk.bytes)
        for event in chunk.events {
            if try consume(event, texts.texts(of: event)) { return true }
        }
        if let error = chunk.error { throw error }
        return false
    }

    /// Builds on with one event; true at the stream's end.
    private mutating func consume(
        _ e: EventChunk.Event, _ text: consuming (value: String, anchor: String?, tag: String?)
    ) throws(YAMLError) -> Bool {
        switch e.kind {
        case .streamEnd:
            return true
        case .documentStart:
            documents += 1
            if documents > 1 { throw .severalDocuments(at: e.mark) }
        case .scalar:
            let node = Node(.scalar(Node.Scalar(text.value, style: e.style, tag: text.tag)), at: e.mark)
            if let anchor = text.anchor { anchors[anchor] = (node, 1) }
            try add(node, size: 1)
        case .sequenceStart, .mappingStart:
            if frames.count >= limits.depth { throw .tooDeep(limit: limits.depth, at: e.mark) }
            frames.append(Frame(
                isMapping: e.kind == .mappingStart, mark: e.mark, anchor: text.anchor, start: values.count))
        case .collectionEnd:
            let frame = frames.removeLast()
            let node = Node(frame.isMapping ? .mapping(pairs(from: frame.start)) : .sequence(items(from: frame.start)), at: frame.mark)
            values.removeLast(values.count - frame.start)
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.size) }
            try add(node, size: frame.size)
        case .alias:
            let name = text.anchor ?? ""
            guard let target = anchors[name] else { throw .unknownAnchor(name, at: e.mark) }
            aliasExpansion += target.size
            if aliasExpansion > limits.aliasExpansion { throw .aliasBomb(limit: limits.aliasExpansion, at: e.mark) }
            var node = target.node
            node.mark = e.mark
            try add(node, size: target.size)
        }
        return false
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
    private mutating func add(_ node: Node, size: Int) throws(YAMLError) {
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
}
