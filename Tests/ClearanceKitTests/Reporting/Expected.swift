@testable import ClearanceKit
import Foundation
import Testing

/// Canned output files beside the tests (`Expected/`), found from this file's path.
///
/// Set `CLEARANCE_RECORD=1` to write the actual output over the canned files instead of comparing. The version
/// is written `${VERSION}` in the canned files (as SwiftLint's reporter tests do), so a release changes none.
enum Expected {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    static var recording: Bool { ProcessInfo.processInfo.environment["CLEARANCE_RECORD"] == "1" }

    /// How output is compared with its canned file.
    enum Comparison {
        /// Byte for byte.
        case bytes
        /// As JSON values: both are parsed and written again with sorted keys.
        case json
    }

    /// Checks `actual` against `Expected/<name>`, or records it there when recording.
    static func check(
        _ actual: String, against name: String, as comparison: Comparison = .bytes,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let url = directory.appendingPathComponent(name)
        let actual = actual.replacingOccurrences(of: ClearanceVersion.string, with: "${VERSION}")
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no canned output \(name); run the tests with CLEARANCE_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        switch comparison {
        case .bytes:
            #expect(actual == expected, "\(name) differs (CLEARANCE_RECORD=1 re-records)", sourceLocation: sourceLocation)
        case .json:
            #expect(
                try canonicalJSON(actual) == canonicalJSON(expected), "\(name) differs as JSON (CLEARANCE_RECORD=1 re-records)",
                sourceLocation: sourceLocation)
        }
    }

    /// JSON text parsed and written again with sorted keys, so that only values and structure count.
    static func canonicalJSON(_ text: String) throws -> String {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }
}
