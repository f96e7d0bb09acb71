/// The output formats of a report, by the name `--format` takes.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Plain text for a terminal, grouped by verdict, optionally coloured.
    case text
    /// The ``Report`` value as JSON (`schemaVersion: 1`).
    case json
    /// SARIF 2.1.0 for code-scanning upload.
    case sarif
    /// JUnit XML for CI test tabs: one test case per component.
    case junit
    /// GitHub-flavoured Markdown for a pull-request comment or a job summary.
    case markdown
    /// One self-contained HTML page for legal review.
    case html
    /// An RFC 4180 CSV inventory of the components.
    case csv
    /// GitHub Actions workflow commands (`::error file=…::…`) that annotate the changed files.
    case github

    /// The formatter that renders this format.
    public var formatter: any ReportFormatter {
        switch self {
        case .text: TextFormatter()
        case .json: JSONFormatter()
        case .sarif: SARIFFormatter()
        case .junit: JUnitFormatter()
        case .markdown: MarkdownFormatter()
        case .html: HTMLFormatter()
        case .csv: CSVFormatter()
        case .github: GitHubFormatter()
        }
    }

    /// The usual file name extension for this format, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .sarif: "sarif"
        case .junit: "xml"
        case .markdown: "md"
        case .html: "html"
        case .csv: "csv"
        case .github: "txt"
        }
    }

    /// The report rendered in this format; shorthand for `formatter.render(report, context: context)`.
    public func render(_ report: Report, context: RenderContext = RenderContext()) -> String {
        formatter.render(report, context: context)
    }

    /// The report rendered in this format, as UTF-8; shorthand for `formatter.renderUTF8(report, context: context)`.
    public func renderUTF8(_ report: Report, context: RenderContext = RenderContext()) -> [UInt8] {
        formatter.renderUTF8(report, context: context)
    }

    /// The report rendered in this format, handed to `write` in pieces; shorthand for
    /// `formatter.render(report, context: context, inPieces: write)`.
    public func render(
        _ report: Report, context: RenderContext = RenderContext(), inPieces write: (UnsafeRawBufferPointer) -> Void
    ) {
        formatter.render(report, context: context, inPieces: write)
    }
}
