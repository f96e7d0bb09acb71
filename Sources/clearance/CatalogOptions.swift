import ArgumentParser
import ClearanceKit
import Foundation

/// `--catalog DIR`: add or replace license descriptors (`--licenses DIR`, its old name, still works, unlisted).
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("catalog"),
        help: ArgumentHelp(
            "A directory of license descriptors to add; a descriptor with a shipped id replaces it.", valueName: "dir"))
    var directories: [String] = []

    /// The old spelling of `--catalog`, kept so that existing scripts and CI jobs keep working.
    @Option(name: .customLong("licenses"), help: .hidden)
    var legacyDirectories: [String] = []

    /// `--licenses llama3.1` meant `--license llama3.1`: a name the catalog knows that is not a directory.
    func validate() throws {
        for directory in legacyDirectories + directories where !FileManager.default.fileExists(atPath: directory) {
            if Catalog.shipped.descriptor(for: directory) != nil {
                throw ValidationError(
                    "'\(directory)' is a license, not a directory of descriptors; to check it, use --license \(directory)"
                )
            }
        }
    }

    /// The shipped catalog plus the user's descriptors; its diagnostics go to stderr, and an error exits 2.
    ///
    /// Directories given as `--licenses` are added before those given as `--catalog`.
    func catalog() throws -> Catalog {
        try Self.checked(Self.build(adding: legacyDirectories + directories))
    }

    /// ``catalog()`` built on another thread, its diagnostics not yet printed: the caller reads its manifests
    /// meanwhile, and passes the value through ``checked(_:)`` before it prints anything about them.
    func inBackground() -> Background<Catalog> {
        let directories = legacyDirectories + directories
        return Background { Self.build(adding: directories) }
    }

    /// The shipped catalog plus the descriptors of `directories`, in order.
    private static func build(adding directories: [String]) -> Catalog {
        var catalog = Catalog.shipped
        for directory in directories { catalog = catalog.adding(directory: directory) }
        return catalog
    }

    /// `catalog`, once its diagnostics are on stderr; an error exits 2.
    static func checked(_ catalog: Catalog) throws -> Catalog {
        DiagnosticPrinter.standardError.print(catalog.diagnostics)
        if catalog.diagnostics.hasErrors { throw ExitCode.invalidInput }
        return catalog
    }
}
