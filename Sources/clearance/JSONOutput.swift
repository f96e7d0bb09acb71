import Foundation

/// Writes a value as stable, pretty JSON on stdout.
enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func print<T: Encodable>(_ value: T) throws {
        var data = try encoder().encode(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
