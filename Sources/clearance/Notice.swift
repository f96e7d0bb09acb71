import ArgumentParser
import ClearanceKit
import Foundation

extension Clearance {
    /// `clearance notice`: the attribution file a product ships for the components found.
    struct Notice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notice",
            abstract:
                "Write the NOTICE file: for each license in use, its components, notice texts and display duties.",
            discussion: """
                Reads the same inputs as check (with no path, ./clearance.yaml; with no --policy, the embedded \
                default policy). Duties to display an attribution, such as "Built with Llama", are listed with \
                their clauses. A component whose license the catalog does not know is listed to attribute by hand, \
                with a warning on stderr. The file holds no date, so the same inputs give the same bytes.
                Exit codes: 0 written; 2 invalid input, or no component found (unless --allow-empty), nothing on \
                stdout; 64 usage error.
                """)

        @OptionGroup var inputs: InputOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let catalog = try inputs.catalogOptions.catalog()
            let policy = try inputs.loadPolicy(catalog: catalog)
            let components = try inputs.loadComponents(catalog: catalog)
            let report = Evaluator(
                catalog: catalog, policy: policy, asOf: .today(), overrides: Usage()
            ).evaluate(components).relativizingPaths(to: FileManager.default.currentDirectoryPath)
            let notice = NoticeFile(report: report, catalog: catalog)
            DiagnosticPrinter.standardError.print(notice.warnings)
            try output.write(notice.text)
        }
    }
}
