import ClearanceKit
import Foundation

/// Prints diagnostics as `file:line:column: error: message [id]`, then the source line and a caret.
///
/// Colour only when the stream is a terminal and `NO_COLOR` is unset. Everything that comes from an input (a
/// message quotes names and values, a path may come from a directory, the excerpt is the file's own line) is
/// made terminal-safe first (``Swift/String/terminalSafe``): no control character, bidi control or workflow
/// command reaches the terminal or a CI log.
struct DiagnosticPrinter {
    var write: (String) -> Void
    var colour: Bool
    private var sources = SourceLines()

    static var standardError: DiagnosticPrinter {
        DiagnosticPrinter(
            write: { StandardStreams.writeError($0) },
            colour: Terminal.wantsColour(fileDescriptor: 2))
    }

    init(write: @escaping (String) -> Void, colour: Bool) {
        self.write = write
        self.colour = colour
    }

    /// Makes `text` the source of `name` for excerpts, for input that is not in a file (e.g. `<expression>`).
    func register(source text: String, as name: String) {
        sources.register(text, as: name)
    }

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { print(diagnostic) }
    }

    func print(_ d: Diagnostic) {
        var out = ""
        let severity = paint(
            d.severity.rawValue + ":", d.severity == .error ? "31" : d.severity == .warning ? "33" : "36")
        let prefix = d.location.map { paint("\($0.description.terminalSafe):", "1") + " " } ?? ""
        out += "\(prefix)\(severity) \(d.message.terminalSafe) [\(d.id.terminalSafe)]\n"
        out += excerpt(d.location)
        for note in d.notes {
            let position = note.location.map { paint("\($0.description.terminalSafe):", "1") + " " } ?? ""
            out += "\(position)\(paint("note:", "36")) \(note.message.terminalSafe)\n"
            out += excerpt(note.location)
        }
        write(out)
    }

    /// The source line and a caret under the column, or nothing when either is unknown.
    private func excerpt(_ location: SourceLocation?) -> String {
        guard let location, let line = location.line, let text = sources.line(line, of: location.file) else {
            return ""
        }
        let (safe, lead) = text.terminalSafeExcerpt(caretColumn: max(1, location.column ?? 1))
        return "\(safe)\n\(lead)\(paint("^", "32"))\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Reads source lines for excerpts, once per file, as the readers read it (``SourceFile/read(_:)``: a regular
/// file within the size limit, never a FIFO or a device).
private final class SourceLines {
    private var cache: [String: [Substring]] = [:]

    func register(_ text: String, as file: String) {
        cache[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func line(_ number: Int, of file: String) -> String? {
        if cache[file] == nil {
            guard let bytes = try? SourceFile.read(file) else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            cache[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[file], number >= 1, number <= lines.count else { return nil }
        var line = lines[number - 1]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return line.count > 300 ? nil : String(line)
    }
}

enum Terminal {
    /// Whether output to `fileDescriptor` should be coloured: a terminal, and `NO_COLOR` unset or empty.
    static func wantsColour(fileDescriptor: Int32) -> Bool {
        if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isatty(fileDescriptor) == 1
    }
}
