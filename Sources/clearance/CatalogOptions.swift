import ArgumentParser
import ClearanceKit

/// `--licenses DIR`: add or replace license descriptors.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("licenses"),
        help: ArgumentHelp(
            "A directory of license descriptors to add; a descriptor with a shipped id replaces it.", valueName: "dir"))
    var directories: [String] = []

    /// The shipped catalog plus the user's descriptors; its diagnostics go to stderr, and an error exits 2.
    func catalog() throws -> Catalog {
        var catalog = Catalog.shipped
        for directory in directories { catalog = catalog.adding(directory: directory) }
        DiagnosticPrinter.standardError.print(catalog.diagnostics)
        if catalog.diagnostics.hasErrors { throw ExitCode.invalidInput }
        return catalog
    }
}
