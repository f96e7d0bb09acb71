/// Turns a ``Report`` into the bytes of one output format.
///
/// Formatters are pure: the same report and context give the same string, byte for byte (stable order,
/// paths as the report gives them, no timestamps but ``Report/asOf``). The string is a whole file and ends
/// with a newline. Get one through ``ReportFormat/formatter``.
public protocol ReportFormatter: Sendable {
    /// The report rendered as a complete document in this format.
    func render(_ report: Report, context: RenderContext) -> String

}
