/// Reads YAML with libyaml into a tree of ``Node``s, strictly.
///
/// Strict means: a duplicate mapping key is an error at the second key; aliases expand only up to
/// ``Limits/aliasExpansion`` nodes and ``Limits/aliasExpansionBytes`` bytes of text in all; nesting deeper than
/// ``Limits/depth`` is an error; a second document is an error; input over ``Limits/bytes`` is refused before it
/// is read; invalid UTF-8 and libyaml's own scanner and parser errors keep libyaml's problem text and position.
///
/// The tree is built from libyaml's events on the caller's thread, one event at a time.
public struct YAMLParser: Sendable {
    /// Hard caps that keep hostile input from exhausting time or memory.
    public struct Limits: Sendable, Hashable {
        /// The deepest nesting of sequences and mappings.
        public var depth: Int = 256
        /// The most nodes that aliases may add in all.
        public var aliasExpansion: Int = 100_000
        /// The most bytes of scalar text that aliases may add in all.
        public var aliasExpansionBytes: Int = 4 * 1024 * 1024
        /// The largest input accepted, in bytes.
        public var bytes: Int = 64 * 1024 * 1024
        public init() {}
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses one YAML document; nil when the input holds no document at all (empty, or only comments).
    public func parse(_ bytes: [UInt8]) throws(YAMLError) -> Node? {
        if bytes.count > limits.bytes { throw .tooLarge(size: bytes.count, limit: limits.bytes) }
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            let reader = EventReader(buffer)
            var builder = TreeBuilder(limits: limits)
            while try !reader.next(into: &builder) {}
            return builder.root
        }
    }

    /// Parses one YAML document from text.
    public func parse(_ text: String) throws(YAMLError) -> Node? {
        try parse(Array(text.utf8))
    }

    /// Runs libyaml over the input and only counts its events: the floor the benchmarks measure against (for them
    /// only, hence the SPI).
    @_spi(Benchmarks) public func countEvents(_ bytes: [UInt8]) throws(YAMLError) -> Int {
        try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            let reader = EventReader(buffer)
            var count = 0
            while true {
                count += 1
                if try reader.skip() { return count }
            }
        }
    }
}
