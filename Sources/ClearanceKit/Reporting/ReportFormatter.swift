/// Turns a ``Report`` into the bytes of one output format.
///
/// Formatters are pure: the same report and context give the same string, byte for byte (stable order,
/// paths as the report gives them, no timestamps but ``Report/asOf``). The string is a whole file and ends
/// with a newline. Get one through ``ReportFormat/formatter``.
public protocol ReportFormatter: Sendable {
    /// The report rendered as a complete document in this format.
    func render(_ report: Report, context: RenderContext) -> String

    /// The document of ``render(_:context:)`` as UTF-8: what a formatter that writes bytes gives without making a
    /// string of a report that can be a hundred megabytes.
    func renderUTF8(_ report: Report, context: RenderContext) -> [UInt8]

    /// The document of ``renderUTF8(_:context:)`` handed to `write` in pieces, in order, each lent for the call:
    /// what the formatters of large reports write without holding the whole document (the bytes are the same).
    func render(_ report: Report, context: RenderContext, inPieces write: (UnsafeRawBufferPointer) -> Void)
}

extension ReportFormatter {
    public func renderUTF8(_ report: Report, context: RenderContext) -> [UInt8] {
        Array(render(report, context: context).utf8)
    }

    public func render(_ report: Report, context: RenderContext, inPieces write: (UnsafeRawBufferPointer) -> Void) {
        renderUTF8(report, context: context).withUnsafeBytes(write)
    }
}
