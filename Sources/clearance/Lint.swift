import ArgumentParser
import ClearanceKit

extension Clearance {
    /// `clearance lint FILE...`: validates files and reports every diagnostic.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate license descriptors, policies and manifests.",
            discussion: "Prints every problem as file:line:column: error: message [id]; exits 2 if there is any error."
        )

        @Argument(help: "The files to check.")
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one file to lint.") }
        }

        func run() throws {
            let linter = Linter()
            var diagnostics: [Diagnostic] = []
            diagnostics = linter.lint(paths: files)
            DiagnosticPrinter.standardError.print(diagnostics)
            if diagnostics.hasErrors { throw ExitCode.invalidInput }
        }
    }
}
