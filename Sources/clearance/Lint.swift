import ArgumentParser
import ClearanceKit
import ClearanceYAML

extension Clearance {
    /// `clearance lint FILE...`: validates files and reports every diagnostic.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Validate license descriptors, policies and manifests.",
            discussion: """
                Each file's kind is told from its top-level keys (clearance.yaml is always a manifest; JSON and \
                Markdown files are read as SBOMs and model cards). Policies and manifests are read as check reads \
                them. Prints every problem as file:line:column: error: message [id]; exits 2 if there is any error, \
                0 if there are only warnings or none.
                """
        )

        @Argument(help: "The files to check.")
        var files: [String]

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp(
                "The date exceptions must not have expired by (YYYY-MM-DD; default: today).", valueName: "date"))
        var asOf: String?

        @Option(
            help: ArgumentHelp(
                "Check manifests against this policy's facts and lock-facts (default: the manifest's policy:, else the first policy among the files).",
                valueName: "file"))
        var policy: String?

        @OptionGroup var catalogOptions: CatalogOptions

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one file to lint.") }
            if let asOf, CalendarDate(asOf) == nil {
                throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'.")
            }
        }

        func run() throws {
            let date = asOf.flatMap { CalendarDate($0) } ?? .today()
            let catalog = try catalogOptions.catalog()
            var linter = Linter(catalog: catalog, asOf: date)
            if let policy { linter.policy = try InputOptions.loadPolicy(policy, catalog: catalog) }
            let diagnostics = linter.lint(paths: files)
            DiagnosticPrinter.standardError.print(diagnostics)
            if diagnostics.hasErrors { throw ExitCode.invalidInput }
        }
    }
}
