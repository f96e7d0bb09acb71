/// A parsed JSON file with what its readers need: its values, and the line and column of any of them.
final class JSONSource {
    let file: String
    let bytes: [UInt8]
    let root: JSONValue
    private let lines: LineIndex
    private var cursor = LineIndex.Cursor()
    /// Diagnostics recorded while reading the file.
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, bytes: [UInt8], document: JSONParser.Document) {
        self.file = file
        self.bytes = bytes
        self.root = document.root
        self.lines = document.lines
    }

    /// Parses `bytes`; a syntax error is returned as a diagnostic at its line and column.
    static func parse(_ bytes: [UInt8], file: String) -> Result<JSONSource, Diagnostic> {
        JSONParser.parse(bytes, file: file).map { JSONSource(file: file, bytes: bytes, document: $0) }
    }

    /// Where `value` starts.
    func location(_ value: JSONValue) -> SourceLocation {
        location(offset: value.offset)
    }

    func location(offset: Int) -> SourceLocation {
        lines.location(of: offset, in: bytes, file: file, cursor: &cursor)
    }

    func record(_ id: String, _ severity: Diagnostic.Severity, _ message: String, at value: JSONValue?) {
        diagnostics.append(
            Diagnostic(
                id: id, severity: severity, message: message, at: value.map(location) ?? SourceLocation(file: file)))
    }

    func record(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
