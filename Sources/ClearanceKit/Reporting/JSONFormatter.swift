import Foundation

/// The ``Report`` value as JSON: sorted keys, pretty-printed, slashes unescaped.
struct JSONFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        var shell = report
        shell.results = []
        return JSONFormatter.encode(report, as: shell, splicing: report.results, into: "results")
    }

    /// `value` as stable, pretty JSON text with a final newline.
    static func encode<T: Encodable>(_ value: T) -> String {
        String(decoding: encodedBytes(value), as: UTF8.self) + "\n"
    }

    /// `value` as stable, pretty JSON, without the final newline.
    static func encodedBytes<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            // Only non-finite floating-point numbers fail to encode, and reports hold none.
            preconditionFailure("cannot encode \(T.self) as JSON: \(error)")
        }
    }

    /// The text ``encode(_:)`` gives for `value`, made from `shell` (the value with its array under `key` empty)
    /// and `items` (that array's elements), encoded on all cores: a report of many components spends most of its
    /// time in the encoder.
    ///
    /// The result is byte for byte what encoding the whole value at once gives: pretty-printed JSON puts each
    /// element on lines of its own, indented two spaces deeper than its array, and JSON strings hold no raw
    /// line breaks, so an element encoded alone only needs its lines indented (all but the empty line inside an
    /// empty array, which stays empty). When the empty array cannot be
    /// found exactly once, `value` is encoded at once.
    static func encode<Value: Encodable, Shell: Encodable, Item: Encodable & Sendable>(
        _ value: Value, as shell: Shell, splicing items: [Item], into key: String
    ) -> String {
        guard items.count >= 64 else { return encode(value) }
        let text = encode(shell)
        let opening = "\"\(key)\" : [\n"
        guard let marker = text.range(of: opening + "\n"),
            text.range(of: opening + "\n", range: marker.upperBound..<text.endIndex) == nil
        else { return encode(value) }
        let rest = text[marker.upperBound...]
        let indent = rest.prefix { $0 == " " }.count
        guard rest.dropFirst(indent).first == "]" else { return encode(value) }
        let pad = [UInt8](repeating: UInt8(ascii: " "), count: indent + 2)
        let encoded = concurrentMap(items.count) { i in
            let bytes = [UInt8](encodedBytes(items[i]))
            var out = pad
            out.reserveCapacity(bytes.count + bytes.count / 4)
            for (j, byte) in zip(bytes.indices, bytes) {
                out.append(byte)
                let next = bytes.index(after: j)
                if byte == 0x0A, next < bytes.endIndex, bytes[next] != 0x0A { out += pad }
            }
            return out
        }
        var out = [UInt8](text[..<text.index(marker.upperBound, offsetBy: -1)].utf8)
        out.reserveCapacity(text.utf8.count + encoded.reduce(0) { $0 + $1.count + 2 })
        for (i, item) in encoded.enumerated() {
            if i > 0 { out.append(contentsOf: ",\n".utf8) }
            out += item
        }
        out.append(0x0A)
        out += rest.utf8
        return String(decoding: out, as: UTF8.self)
    }
}
