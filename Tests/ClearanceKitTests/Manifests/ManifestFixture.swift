import ClearanceKit
import Foundation

/// Test input with position markers (1️⃣, 2️⃣, …) removed, so that tests mark positions in the input rather
/// than writing line and column numbers into assertions.
///
/// Lines end at LF, CRLF or a bare CR; columns count Unicode scalars, as ``SourceLocation`` does.
struct ManifestFixture {
    var text: String
    private var marks: [String: (line: Int, column: Int)] = [:]

    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

    init(_ source: String) {
        var text = ""
        var line = 1, column = 1
        var rest = Substring(source)
        outer: while let c = rest.first {
            for marker in Self.markers where rest.hasPrefix(marker) {
                marks[marker] = (line, column)
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            text.append(c)
            // Swift treats "\r\n" as one Character.
            if c == "\n" || c == "\r\n" || c == "\r" {
                line += 1
                column = 1
            } else {
                column += c.unicodeScalars.count
            }
            rest = rest.dropFirst()
        }
        self.text = text
    }

    var bytes: [UInt8] { Array(text.utf8) }

    /// The location of `marker` in `file`.
    func location(_ marker: String, file: String) -> SourceLocation {
        let mark = marks[marker]!
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }
}

/// A temporary directory of files, removed when the value is released.
final class TemporaryTree {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "clearance-manifests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Writes `text` at `relative`, creating directories; returns the full path.
    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        let path = root + "/" + relative
        try! FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func path(_ relative: String) -> String { root + "/" + relative }
}
