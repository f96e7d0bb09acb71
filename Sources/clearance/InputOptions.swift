import ArgumentParser
import ClearanceKit

/// What `check` and `notice` read: the files, the policy and the catalog.
struct InputOptions: ParsableArguments {
    @Argument(help: "Manifests, model cards, SBOMs or directories (default: ./clearance.yaml).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("The policy file (default: the embedded default policy).", valueName: "file"))
    var policy: String?

    @OptionGroup var catalogOptions: CatalogOptions

    @Flag(
        name: .customLong("allow-empty"),
        help: "Accept a run that finds no component (exit 0); without it, finding none exits 2.")
    var allowEmpty = false

    /// The policy file, or the embedded default; diagnostics go to stderr, and an error exits 2.
    func loadPolicy(catalog: Catalog) throws -> Policy {
        let (policy, diagnostics): (Policy?, [Diagnostic])
        if let path = self.policy {
            (policy, diagnostics) = Policy.load(path: path, catalog: catalog)
        } else {
            let embedded = Policy.embeddedDefault
            (policy, diagnostics) = Policy.load(bytes: embedded.bytes, file: embedded.file, catalog: catalog)
        }
        DiagnosticPrinter.standardError.print(diagnostics)
        guard let policy, !diagnostics.hasErrors else { throw ExitCode.invalidInput }
        return policy
    }

    /// The components of the paths (./clearance.yaml when none); diagnostics go to stderr, an error exits 2, and
    /// so does finding no component, unless `--allow-empty`.
    func loadComponents(catalog: Catalog) throws -> [Component] {
        let inputs = paths.isEmpty ? ["clearance.yaml"] : paths
        let (components, diagnostics) = ManifestLoader.load(paths: inputs, catalog: catalog)
        DiagnosticPrinter.standardError.print(diagnostics)
        if diagnostics.hasErrors { throw ExitCode.invalidInput }
        if components.isEmpty, !allowEmpty {
            DiagnosticPrinter.standardError.print(ManifestLoader.noComponents(paths: inputs))
            throw ExitCode.invalidInput
        }
        return components
    }
}
