/// The children of a ``TreeBuilder``'s open collections, waiting for their collection to end (keys and values
/// alternate in a mapping); a collection's children are moved, not copied, into its array when it ends.
///
/// An array here would copy each child into its collection's array, retaining its texts, and then release it as
/// the stack shrinks: moving saves both for every node of a tree.
final class NodeStack {
    private var storage: UnsafeMutablePointer<Node>
    private var capacity: Int
    /// How many nodes wait.
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Puts `node` on top.
    func push(_ node: consuming Node) {
        if count == capacity {
            let grown = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
        (storage + count).initialize(to: node)
        count += 1
    }

    /// The text and mark of the key at `index` (empty for a node that is not a scalar).
    func key(at index: Int) -> (name: String, mark: Mark) {
        let node = storage + index
        if case .scalar(let s) = node.pointee.value { return (s.text, node.pointee.mark) }
        return ("", node.pointee.mark)
    }

    /// Moves the nodes from `start` on out, in order, as a sequence's items.
    func takeItems(from start: Int) -> [Node] {
        let n = count - start
        count = start
        return [Node](unsafeUninitializedCapacity: n) { buffer, initialized in
            buffer.baseAddress?.moveInitialize(from: storage + start, count: n)
            initialized = n
        }
    }

    /// Moves the nodes from `start` on out as a mapping's pairs (keys and values alternate).
    func takePairs(from start: Int) -> [Node.Pair] {
        let n = (count - start) / 2
        if (count - start) % 2 == 1 { (storage + count - 1).deinitialize(count: 1) }
        count = start
        return [Node.Pair](unsafeUninitializedCapacity: n) { buffer, initialized in
            guard let to = buffer.baseAddress else { return }
            let from = storage + start
            for i in 0..<n {
                (to + i).initialize(to: Node.Pair(key: (from + 2 * i).move(), value: (from + 2 * i + 1).move()))
            }
            initialized = n
        }
    }
}
