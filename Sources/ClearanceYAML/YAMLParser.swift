internal import CLibYAML

/// Reads YAML with libyaml into a tree of ``Node``s, strictly.
///
/// Strict means: a duplicate mapping key is an error at the second key; aliases expand only up to
/// ``Limits/aliasExpansion`` nodes in all; nesting deeper than ``Limits/depth`` is an error; a second
/// document is an error; input over ``Limits/bytes`` is refused before it is read; invalid UTF-8 and
/// libyaml's own scanner and parser errors keep libyaml's problem text and position.
///
/// libyaml's events go to the tree builder in chunks of plain records: read on the caller's thread for small
/// input, and for large input read on a second thread while the caller's thread builds the tree.
public struct YAMLParser: Sendable {
    /// Hard caps that keep hostile input from exhausting time or memory.
    public struct Limits: Sendable, Hashable {
        /// The deepest nesting of sequences and mappings.
        public var depth: Int = 256
        /// The most nodes that aliases may add in all.
        public var aliasExpansion: Int = 100_000
        /// The largest input accepted, in bytes.
        public var bytes: Int = 64 * 1024 * 1024
        public init() {}
    }

    public var limits: Limits

    /// Inputs of at least this many bytes are read by libyaml on a second thread while the tree is built (with
    /// one core only, never). Tests lower it to run small inputs through the pipeline.
    var pipelineThreshold = EventPipeline.isWorthwhile ? 256 * 1024 : Int.max
    /// Events handed from libyaml to the tree at a time (32 bytes each, and their texts).
    var chunkSize = 16384
    /// Inputs of at least this many bytes have their tail parsed by libyaml on a third thread, from a block
    /// sequence entry found after ``splitFraction`` of the input, and used when provably the same (see
    /// ``EventReader``); with one core, never. Tests lower it to split small inputs.
    ///
    /// On two cores the tree is built on one of them, so the two parses share the other: a 21 MB manifest's tree
    /// came out 0–10% faster in paired runs. A reader that follows the events itself and does less with them
    /// than the tree builder gains more: `clearance check` read a 100 000-component manifest about 9% faster
    /// (median of eight paired runs).
    var splitThreshold = EventPipeline.isWorthwhile ? 1 << 20 : Int.max
    /// Where the search for the split starts, as a fraction of the input. Past the middle, because the tree is
    /// built from the tail's events only once the reader has reached the split, on one core: a shorter tail
    /// shortens that last stretch, and the tail's parse still ends before the reader gets there.
    var splitFraction = 0.7
    /// ``splitFraction`` for ``scan(_:_:)``: the middle. A reader of events does much less with each event than
    /// the tree builder, so its last stretch over the tail's events is short, and the two parses can share the
    /// input evenly: a 100 000-component manifest was read in 0.25 s rather than 0.27 s at 0.7 (medians of six
    /// paired runs).
    var scanSplitFraction = 0.5
    /// How many bytes from that start the search looks at for an entry line.
    var splitWindow = 1 << 20

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses one YAML document; nil when the input holds no document at all (empty, or only comments).
    ///
    /// Input of 256 KiB or more, on a machine with two cores or more, is read by libyaml on a thread of its own
    /// while this thread builds the tree; that thread has ended when this returns, and the tree or the error is
    /// the same as on one thread.
    public func parse(_ bytes: [UInt8]) throws(YAMLError) -> Node? {
        var outcome = SplitOutcome.notTried
        return try parse(bytes, splitOutcome: &outcome)
    }

    /// ``parse(_:)``, telling what became of the speculative parse of the input's tail.
    func parse(_ bytes: [UInt8], splitOutcome: inout SplitOutcome) throws(YAMLError) -> Node? {
        if bytes.count > limits.bytes { throw .tooLarge(size: bytes.count, limit: limits.bytes) }
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            var builder = TreeBuilder(limits: limits)
            try readEvents(of: buffer, splitFraction: splitFraction, splitOutcome: &splitOutcome) {
                chunk throws(YAMLError) in try builder.consume(chunk)
            }
            return builder.root
        }
    }

    /// Hands the events of `buffer` to `consume`, chunk by chunk and in order, until it returns true, which it
    /// must by the chunk that ends the stream (or that ends with libyaml's error); rethrows what it throws.
    ///
    /// Input of ``pipelineThreshold`` or more is read on a second thread, and from ``splitThreshold`` its tail
    /// ahead on a third, from `splitFraction` on; those threads have ended when this returns.
    func readEvents(
        of buffer: UnsafeBufferPointer<UInt8>, splitFraction: Double, splitOutcome: inout SplitOutcome,
        _ consume: (EventChunk) throws(YAMLError) -> Bool
    ) throws(YAMLError) {
        let reader = reader(for: buffer, splitFraction: splitFraction)
        defer {
            reader.endSpeculation()
            splitOutcome = reader.splitOutcome
        }
        if buffer.count >= pipelineThreshold, try EventPipeline.run(reader, chunkSize: chunkSize, consume) { return }
        // About one event per 8 bytes of YAML, so that a small input's chunk rarely grows.
        let chunk = EventChunk(reserving: min(chunkSize, buffer.count / 8 + 16))
        while true {
            let over = reader.read(into: chunk, limit: chunkSize)
            if try consume(chunk) { return }
            precondition(!over, "a chunk that ends the stream is the last one consumed")
            chunk.removeAll()
        }
    }

    /// Parses one YAML document from text.
    public func parse(_ text: String) throws(YAMLError) -> Node? {
        try parse(Array(text.utf8))
    }

    /// The reader of `buffer`: with the speculative parse of its tail, from `splitFraction` on, when it is large
    /// enough.
    func reader(for buffer: UnsafeBufferPointer<UInt8>, splitFraction: Double) -> EventReader {
        let split = buffer.count >= splitThreshold
            ? SplitPoint.find(in: buffer, from: Int(Double(buffer.count) * splitFraction), window: splitWindow) : nil
        return EventReader(buffer, splittingAt: split, chunkSize: chunkSize)
    }

    /// Runs libyaml over the input and only counts its events: the floor the node tree is measured against.
    public func countEvents(_ bytes: [UInt8]) throws(YAMLError) -> Int {
        try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            let reader = EventReader(buffer)
            var count = 0
            while true {
                let event = try reader.next()
                defer { yaml_event_delete(event) }
                count += 1
                if event.pointee.type == YAML_STREAM_END_EVENT { return count }
            }
        }
    }
}
