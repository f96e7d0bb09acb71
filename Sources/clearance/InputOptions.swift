import ArgumentParser
import ClearanceKit

/// What `check` and `notice` read: the files, the policy and the catalog.
struct InputOptions: ParsableArguments {
    @Argument(
        help: """
            Manifests, model cards, SBOMs or directories (default: clearance.yaml or clearance.yml here or in \
            a parent directory).
            """)
    var paths: [String] = []

    @Option(
        help: ArgumentHelp(
            "The policy file, or 'default' (default: the manifest's 'policy:', else the embedded default).",
            valueName: "file"))
    var policy: String?

    @OptionGroup var catalogOptions: CatalogOptions

    @Flag(
        name: .customLong("allow-empty"),
        help: "Accept a run that finds no component (exit 0); without it, finding none exits 2.")
    var allowEmpty = false

    /// Where the policy of a run comes from: a file (and the manifest that names it, if one does), or the
    /// embedded default.
    struct PolicySource {
        var file: String?
        var namedBy: String?
    }

    /// The files the run reads: the paths, or the project manifest ``ProjectDiscovery`` finds; finding none
    /// exits 2.
    func manifestPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let found = ProjectDiscovery.manifest(from: ".") else {
            DiagnosticPrinter.standardError.print(Diagnostic.noManifest())
            throw ExitCode.invalidInput
        }
        return [found]
    }

    /// `--policy`, else the policy the project manifest names, else the embedded default (a nil file).
    func policySource() throws -> PolicySource {
        if let policy { return PolicySource(file: policy) }
        let manifests = paths.isEmpty ? ProjectDiscovery.manifest(from: ".").map { [$0] } ?? [] : paths
        let (file, manifest, diagnostics) = ProjectDiscovery.policy(namedByAnyOf: manifests)
        DiagnosticPrinter.standardError.print(diagnostics)
        if diagnostics.hasErrors { throw ExitCode.invalidInput }
        return PolicySource(file: file, namedBy: manifest)
    }

    /// The policy (see ``policySource()``); diagnostics go to stderr, and an error exits 2.
    func loadPolicy(catalog: Catalog) throws -> Policy {
        try Self.loadPolicy(policySource().file, catalog: catalog)
    }

    /// The policy at `file`, or the embedded default when nil or `default` (``Policy/namesEmbeddedDefault(_:)``);
    /// diagnostics go to stderr, and an error exits 2.
    static func loadPolicy(_ file: String?, catalog: Catalog) throws -> Policy {
        let (policy, diagnostics) = Policy.load(named: file, catalog: catalog)
        DiagnosticPrinter.standardError.print(diagnostics)
        guard let policy, !diagnostics.hasErrors else { throw ExitCode.invalidInput }
        return policy
    }

    /// The components of ``manifestPaths()``; diagnostics go to stderr, an error exits 2, and so does finding no
    /// component, unless `--allow-empty`.
    func loadComponents(catalog: Catalog) throws -> [Component] {
        let inputs = try manifestPaths()
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
