import ArgumentParser
import ClearanceKit

/// `--licenses DIR`: add or replace license descriptors.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("licenses"),
        help: ArgumentHelp(
            "A directory of license descriptors to add; a descriptor with a shipped id replaces it.", valueName: "dir"))
    var directories: [String] = []

    /// The shipped catalog plus the user's descriptors; invalid descriptors exit 2.
    func catalog() throws -> Catalog {
        var catalog = Catalog.shipped
        for directory in directories { catalog = catalog.adding(directory: directory) }
        if catalog.diagnostics.hasErrors {
            DiagnosticPrinter.standardError.print(catalog.diagnostics)
            throw ExitCode.invalidInput
        }
        return catalog
    }
}
