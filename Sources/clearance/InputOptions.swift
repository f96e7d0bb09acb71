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
        guard let found = foundManifestPaths() else { throw Self.noManifest() }
        return found
    }

    /// The paths, or the project manifest ``ProjectDiscovery`` finds; nil if it finds none.
    private func foundManifestPaths() -> [String]? {
        paths.isEmpty ? ProjectDiscovery.manifest(from: ".").map { [$0] } : paths
    }

    /// Says on stderr that no manifest was found; the exit code to throw.
    private static func noManifest() -> ExitCode {
        DiagnosticPrinter.standardError.print(Diagnostic.noManifest())
        return .invalidInput
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

    /// As ``policySource()``, from the `policy:` keys of the manifests `files` read (each is read once).
    func policySource(namedIn files: ReadFiles) throws -> PolicySource {
        if let policy { return PolicySource(file: policy) }
        let (file, manifest, diagnostics) = ProjectDiscovery.policy(
            namedByAnyOf: files.paths, references: files.policies)
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
        try components(of: readFiles(catalog: catalog))
    }

    /// What the files of ``manifestPaths()`` hold, their diagnostics not yet printed.
    struct ReadFiles {
        var paths: [String]
        var components: [Component]
        var diagnostics: [Diagnostic]
        /// The `policy:` key of each project manifest read, by path.
        var policies: [String: ProjectDiscovery.PolicyReference]
    }

    /// Reads the files of ``manifestPaths()`` (finding none exits 2) without printing their diagnostics.
    func readFiles(catalog: Catalog) throws -> ReadFiles {
        try read(manifestPaths(), catalog: { catalog })
    }

    /// As ``readFiles(catalog:)``, while the catalog is built on another thread; then the catalog, checked
    /// (``CatalogOptions/checked(_:)``) before anything about the files is said, as if it had been built first.
    func readFiles(catalog pending: Background<Catalog>) throws -> (files: ReadFiles, catalog: Catalog) {
        guard let inputs = foundManifestPaths() else {
            _ = try CatalogOptions.checked(pending.value)
            throw Self.noManifest()
        }
        let files = read(inputs, catalog: { pending.value })
        return (files, try CatalogOptions.checked(pending.value))
    }

    /// The files `inputs` name, read with the heap made ready for them (``HeapWarmUp``).
    private func read(_ inputs: [String], catalog: @escaping @Sendable () -> Catalog) -> ReadFiles {
        HeapWarmUp.prepare(forReading: inputs)
        let loaded = ManifestLoader.loadProject(paths: inputs, catalog: catalog)
        return ReadFiles(
            paths: inputs, components: loaded.components, diagnostics: loaded.diagnostics, policies: loaded.policies)
    }

    /// The components of `files`; their diagnostics go to stderr, an error exits 2, and so does no component,
    /// unless `--allow-empty`.
    func components(of files: ReadFiles) throws -> [Component] {
        DiagnosticPrinter.standardError.print(files.diagnostics)
        if files.diagnostics.hasErrors { throw ExitCode.invalidInput }
        if files.components.isEmpty, !allowEmpty {
            DiagnosticPrinter.standardError.print(ManifestLoader.noComponents(paths: files.paths))
            throw ExitCode.invalidInput
        }
        return files.components
    }
}
