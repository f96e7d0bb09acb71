public import ClearanceYAML

/// A problem with an input, as a value: a stable id, a severity, one message, where, and notes.
///
/// The library returns diagnostics; only the executable prints them, as
/// `file:line:column: error: message [id]` followed by the source line and a caret.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is. Any error makes the input invalid (exit code 2).
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case error, warning, note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.error, .warning, .note]
            return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
        }
    }

    /// A secondary message, e.g. where a key was first defined.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// A stable identifier such as `yaml.duplicate-key` or `descriptor.missing-clause`.
    public var id: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    public var notes: [Note]

    public init(
        id: String, severity: Severity = .error, message: String, at location: SourceLocation?,
        notes: [Note] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// The diagnostic for a YAML error in `file`.
    public init(_ error: YAMLError, file: String, severity: Severity = .error) {
        self.init(
            id: error.id, severity: severity, message: error.message,
            at: SourceLocation(file: file, mark: error.mark),
            notes: error.notes.map { Note($0.message, at: $0.mark.map { SourceLocation(file: file, mark: $0) }) })
    }

    /// One line: `file:line:column: error: message [id]`.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message) [\(id)]"
    }
}

extension SourceLocation {
    /// The location of a YAML mark in `file`.
    public init(file: String, mark: Mark) {
        self.init(file: file, line: mark.line, column: mark.column)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
