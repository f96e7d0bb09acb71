internal import CLibYAML

/// Owns one libyaml parser and one event; frees both in `deinit`.
///
/// Used by one thread at a time: the caller's, or the reading thread of an ``EventPipeline``.
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

    /// Reads up to `limit` more events into `chunk`; true once the stream is over, because it ended (the chunk's
    /// last event is the stream's end) or because libyaml failed (the chunk's `error`, after its events).
    func read(into chunk: EventChunk, limit: Int) -> Bool {
        for _ in 0..<limit {
            guard yaml_parser_parse(parser, event) == 1 else {
                chunk.error = error()
                return true
            }
            defer { yaml_event_delete(event) }
            if append(event.pointee, to: chunk) { return true }
        }
        return false
    }

    /// Appends one of libyaml's events to `chunk` (stream start and document end are left out); true at the
    /// stream's end.
    @inline(__always)
    func append(_ e: yaml_event_t, to chunk: EventChunk) -> Bool {
        let mark = Mark(e.start_mark)
        switch e.type {
        case YAML_STREAM_END_EVENT:
            chunk.append(.streamEnd, at: mark)
            return true
        case YAML_DOCUMENT_START_EVENT:
            chunk.append(.documentStart, at: mark)
        case YAML_SCALAR_EVENT:
            let s = e.data.scalar
            chunk.append(
                .scalar, at: mark, value: UnsafeBufferPointer(start: s.value, count: s.length),
                anchor: Self.text(s.anchor), tag: Self.text(s.tag), style: Self.style(s.style))
        case YAML_SEQUENCE_START_EVENT:
            chunk.append(.sequenceStart, at: mark, anchor: Self.text(e.data.sequence_start.anchor), tag: Self.text(e.data.sequence_start.tag))
        case YAML_MAPPING_START_EVENT:
            chunk.append(.mappingStart, at: mark, anchor: Self.text(e.data.mapping_start.anchor), tag: Self.text(e.data.mapping_start.tag))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            chunk.append(.collectionEnd, at: mark)
        case YAML_ALIAS_EVENT:
            chunk.append(.alias, at: mark, anchor: Self.text(e.data.alias.anchor))
        default:
            break  // stream start, document end: nothing to build
        }
        return false
    }

    /// A NUL-terminated text of libyaml's, without its NUL.
    private static func text(_ text: UnsafeMutablePointer<yaml_char_t>?) -> UnsafeBufferPointer<UInt8>? {
        guard let text else { return nil }
        return UnsafeBufferPointer(start: text, count: strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)))
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
