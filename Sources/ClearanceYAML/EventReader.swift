internal import CLibYAML

/// Owns one libyaml parser and one event; frees both in `deinit`.
///
/// Used by one thread at a time: the caller's, or the reading thread of an ``EventPipeline``.
///
/// Given a ``SplitPoint``, it also starts a ``SpeculativeSegment``: libyaml's parse of the input's tail, from the
/// split, on a thread of its own. When this reader's own parse reaches the split, it takes the tail's events in
/// place of parsing the tail, if it can show they are the events it would read (below), and else drops them and
/// reads on; either way its events are exactly those of one parse of the whole input. Once the reading is over,
/// ``endSpeculation()`` stops and joins that thread (also in `deinit`); ``EventPipeline/run(_:chunkSize:_:)``
/// calls ``cancelSpeculation()`` before joining its reading thread, which may be waiting for the tail, and
/// ``endSpeculation()`` after.
///
/// Why the tail's events may stand for the reader's own. The split is the start of a line `<c spaces>- …`. The
/// reader checks, at its first event at or after the split that is not a collection's end (its event "at the
/// split"):
/// - no event before the split ends after it, so no token (a multi-line scalar, say) runs across the split, and
///   libyaml's scanner, after the line break before the split, skips the spaces and scans the `-` at column c as
///   a block entry, in the block context (no flow collection is open), with a simple key allowed and none
///   pending (a key on an earlier line has gone stale);
/// - the innermost open collection is a block sequence that starts at column c, and all open collections are
///   block ones: so the scanner's indentation is c after the `-`, as it is in the tail's parse, and the two
///   indentation stacks differ only in levels below c;
/// - its event is the tail's first entry event: kind, style, texts, column, and libyaml's character index
///   (the split's index plus the tail's), which also gives the lines to add to the tail's marks.
/// From there both scanners read the same characters in the same state but for the levels below c: libyaml's
/// scanner uses its indentation stack only through the innermost level (plain and block scalar indentation, a
/// required simple key, a new block collection) and when a line is less indented than the innermost level. A
/// line less indented than c ends the tail's sequence, and the tail's parse then goes on without an error only to
/// a `---` (a second document, refused), or to `...` or the stream's end, where the whole input's parse ends
/// every open collection at one mark: the mark where the tail's sequence ends. The tail had no error (UTF-8
/// decoding from the start of a line needs nothing before it), so the whole input has none after the split. Both
/// count the same line breaks (NEL, LS and PS too), so every mark moves by the lines observed at the split. Tags
/// are refused, since a `%TAG` directive before the split would change them; anchors and aliases give the same
/// events either way.
///
/// This leans on libyaml 0.2.5's scanner as it is (read for this, and checked by `SplitParseFuzzTests`, which
/// splits random documents at every entry line): a libyaml that limited nesting, say, would see fewer levels in
/// the tail than in the whole input.
final class EventReader {
    /// Held by pointer, not as a stored `var`, so that passing it to libyaml costs no exclusivity check.
    /// (Not private, like the state below: `EventReader+Speculation.swift` uses them.)
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private let input: UnsafeBufferPointer<UInt8>
    /// Whether the parser was freed early, its work taken over by a segment.
    var parserDeleted = false
    /// The parse of the input's tail, if one was started.
    private let segment: SpeculativeSegment?
    /// Where the reader is with the tail's parse: on its way to the split, or handing the tail's events over.
    var speculation: Speculation?
    /// What became of the tail's parse (for tests).
    var splitOutcome = SplitOutcome.notTried

    init(_ input: UnsafeBufferPointer<UInt8>, splittingAt split: SplitPoint? = nil, chunkSize: Int = 16384) {
        self.input = input
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress ?? UnsafePointer(bitPattern: 1)!, input.count)
        event.initialize(to: yaml_event_t())
        segment = split.flatMap { SpeculativeSegment.start(input, at: $0, chunkSize: chunkSize) }
        if let segment {
            speculation = .watching(Watch(segment: segment, splitIndex: segment.split.offset / 4))
        }
    }

    deinit {
        endSpeculation()
        if !parserDeleted { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
    }

    /// Tells the tail's parse to stop soon, if it runs; from any thread.
    func cancelSpeculation() {
        segment?.cancel()
    }

    /// Stops the tail's parse and waits for its thread; by the thread that made the reader, once no thread reads.
    func endSpeculation() {
        guard let segment else { return }
        segment.cancel()
        segment.join()
        if splitOutcome == .notTried { splitOutcome = .refused(.stoppedBefore) }
    }

    /// The next event; the caller calls `yaml_event_delete` on it before asking for the next one.
    func next() throws(YAMLError) -> UnsafeMutablePointer<yaml_event_t> {
        guard yaml_parser_parse(parser, event) == 1 else { throw error() }
        return event
    }

    /// Reads up to `limit` more events into `chunk`; true once the stream is over, because it ended (the chunk's
    /// last event is the stream's end) or because libyaml failed (the chunk's `error`, after its events).
    ///
    /// Once the tail's events are taken, each call hands over one chunk of them, which may hold more than `limit`.
    func read(into chunk: EventChunk, limit: Int) -> Bool {
        guard speculation == nil else { return readSpeculating(into: chunk, limit: limit) }
        return readEvents(into: chunk, limit: limit)
    }

    func readEvents(into chunk: EventChunk, limit: Int) -> Bool {
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

    func error() -> YAMLError {
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
