import ClearanceKit
import Foundation

/// Writes a value as stable, pretty JSON on stdout.
enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Writes `value` as JSON on stdout, neutralized as reports are (``Swift/String/jsonSafe``).
    static func print<T: Encodable>(_ value: T) throws {
        let text = String(decoding: try encoder().encode(value), as: UTF8.self).jsonSafe
        try StandardStreams.writeOutput(text + "\n")
    }
}
