internal import CLibYAML

#if canImport(Darwin)
    internal import Darwin
#elseif canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#endif

/// Owns one libyaml parser over a UTF-8 buffer and hands its events to a ``TreeBuilder``; frees the parser in
/// `deinit`.
///
/// The buffer must outlive the reader: libyaml reads it in place. The parser and the event are allocated once
/// and passed to libyaml by address, so libyaml always sees the same memory (a stored `var` passed with `&` is
/// not guaranteed to be).
final class EventReader {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    /// What libyaml reads for an empty input, which has no address of its own: libyaml wants one all the same.
    private let empty = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    private let input: UnsafeBufferPointer<UInt8>

    init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        parser.initialize(to: yaml_parser_t())
        event.initialize(to: yaml_event_t())
        empty.initialize(to: 0)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress ?? UnsafePointer(empty), input.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
        empty.deallocate()
    }

    /// Parses the next event and hands it to `builder`; true at the stream's end.
    ///
    /// The event goes straight from libyaml's struct into the tree: a scalar's text is copied once, into the
    /// `String` its node keeps; stream start and document end, which carry nothing, are skipped.
    func next(into builder: inout TreeBuilder) throws(YAMLError) -> Bool {
        guard yaml_parser_parse(parser, event) == 1 else { throw error() }
        defer { yaml_event_delete(event) }
        let e = event.pointee
        let mark = Mark(e.start_mark)
        switch e.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            try builder.startDocument(at: mark)
        case YAML_SCALAR_EVENT:
            let s = e.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            try builder.scalar(
                value, style: Self.style(s.style), tag: Self.text(s.tag), anchor: Self.text(s.anchor), at: mark)
        case YAML_SEQUENCE_START_EVENT:
            try builder.startCollection(mapping: false, anchor: Self.text(e.data.sequence_start.anchor), at: mark)
        case YAML_MAPPING_START_EVENT:
            try builder.startCollection(mapping: true, anchor: Self.text(e.data.mapping_start.anchor), at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try builder.endCollection()
        case YAML_ALIAS_EVENT:
            try builder.alias(Self.text(e.data.alias.anchor) ?? "", at: mark)
        default:
            break
        }
        return false
    }

    /// Parses the next event and drops it; true at the stream's end. The benchmarks' floor: libyaml alone.
    func skip() throws(YAMLError) -> Bool {
        guard yaml_parser_parse(parser, event) == 1 else { throw error() }
        defer { yaml_event_delete(event) }
        return event.pointee.type == YAML_STREAM_END_EVENT
    }

    /// A NUL-terminated text of libyaml's.
    private static func text(_ text: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let text else { return nil }
        let count = strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    private static func style(_ style: yaml_scalar_style_t) -> Node.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// libyaml's error, with its problem text and position.
    private func error() -> YAMLError {
        let parser = self.parser.pointee
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        if parser.error == YAML_READER_ERROR {
            // Reader errors (invalid UTF-8, control characters) give a byte offset, not a mark.
            let mark = Mark(ofByte: parser.problem_offset, in: input)
            let isUTF8 = problem.contains("UTF-8")
            return YAMLError(
                id: isUTF8 ? "yaml.invalid-utf8" : "yaml.syntax",
                message: isUTF8 ? "invalid UTF-8: \(problem)" : problem,
                at: mark)
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
