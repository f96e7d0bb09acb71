import Foundation

/// The ``Report`` value as JSON: sorted keys, pretty-printed, slashes unescaped.
struct JSONFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        String(decoding: renderUTF8(report, context: context), as: UTF8.self)
    }

    func renderUTF8(_ report: Report, context: RenderContext) -> [UInt8] {
        report.json
    }

    func render(_ report: Report, context: RenderContext, inPieces write: (UnsafeRawBufferPointer) -> Void) {
        report.json(inPieces: write)
    }

    /// `value` as stable, pretty JSON text with a final newline, controls and bidi controls escaped (see
    /// ``Swift/String/jsonSafe``).
    static func encode<T: Encodable>(_ value: T) -> String {
        String(decoding: encodedBytes(value), as: UTF8.self).jsonSafe + "\n"
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
}
