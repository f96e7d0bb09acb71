internal import CLibYAML

/// Reads YAML with libyaml into a tree of ``Node``s, strictly.
///
/// Strict means: a duplicate mapping key is an error at the second key; aliases expand only up to
/// ``Limits/aliasExpansion`` nodes in all; nesting deeper than ``Limits/depth`` is an error; a second
/// document is an error; input over ``Limits/bytes`` is refused before it is read; invalid UTF-8 and
/// libyaml's own scanner and parser errors keep libyaml's problem text and position.
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

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses one YAML document; nil when the input holds no document at all (empty, or only comments).
    public func parse(_ bytes: [UInt8]) throws(YAMLError) -> Node? {
        if bytes.count > limits.bytes { throw .tooLarge(size: bytes.count, limit: limits.bytes) }
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            let reader = EventReader(buffer)
            var builder = TreeBuilder(limits: limits)
            return try builder.build(from: reader)
        }
    }

    /// Parses one YAML document from text.
    public func parse(_ text: String) throws(YAMLError) -> Node? {
        try parse(Array(text.utf8))
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

/// Owns one libyaml parser and one event; frees both in `deinit`.
final class EventReader {
    /// Held by pointer, not as a stored `var`, so that passing it to libyaml costs no exclusivity check.
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private let input: UnsafeBufferPointer<UInt8>

    init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress ?? UnsafePointer(bitPattern: 1)!, input.count)
        event.initialize(to: yaml_event_t())
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// The next event; the caller calls `yaml_event_delete` on it before asking for the next one.
    func next() throws(YAMLError) -> UnsafeMutablePointer<yaml_event_t> {
        guard yaml_parser_parse(parser, event) == 1 else { throw error() }
        return event
    }

    private func error() -> YAMLError {
        let parser = self.parser.pointee
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        if parser.error == YAML_READER_ERROR {
            // Reader errors (invalid UTF-8, control characters) give a byte offset, not a mark.
            let mark = Mark(ofByte: parser.problem_offset, in: input)
            let message = problem.contains("UTF-8") ? "invalid UTF-8: \(problem)" : problem
            return YAMLError(id: problem.contains("UTF-8") ? "yaml.invalid-utf8" : "yaml.syntax", message: message, at: mark)
        }
        var notes: [YAMLError.Note] = []
        if let context = parser.context.map({ String(cString: $0) }) {
            notes.append(YAMLError.Note(context, at: Mark(parser.context_mark)))
        }
        return YAMLError(id: "yaml.syntax", message: problem, at: Mark(parser.problem_mark), notes: notes)
    }
}

extension Mark {
    init(_ mark: yaml_mark_t) {
        self.init(line: mark.line + 1, column: mark.column + 1)
    }
}
