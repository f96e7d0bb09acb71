internal import CLibYAML

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
