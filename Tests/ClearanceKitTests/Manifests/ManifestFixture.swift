import ClearanceKit
import ClearanceTestSupport
import Foundation

/// Test input with position markers (1️⃣, 2️⃣, …), read by the shared ``Marked``.
struct ManifestFixture {
    private let marked: Marked

    init(_ source: String) {
        marked = Marked(source)
    }

    var text: String { marked.text }
    var bytes: [UInt8] { marked.bytes }

    /// The location of `marker` in `file`.
    func location(_ marker: String, file: String) -> SourceLocation {
        let position = marked.position(marker)
        return SourceLocation(file: file, line: position.line, column: position.column)
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
