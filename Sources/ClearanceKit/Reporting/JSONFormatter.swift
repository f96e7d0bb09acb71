import Foundation

/// The ``Report`` value as JSON: sorted keys, pretty-printed, slashes unescaped.
struct JSONFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        JSONFormatter.encode(report)
    }

    /// `value` as stable, pretty JSON text with a final newline.
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Only non-finite floating-point numbers fail to encode, and reports hold none.
            preconditionFailure("cannot encode \(T.self) as JSON: \(error)")
        }
    }
}
