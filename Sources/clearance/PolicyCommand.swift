import ArgumentParser
import ClearanceKit

extension Clearance {
    /// `clearance policy`: commands about policies.
    struct PolicyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "policy", abstract: "Show policies.", subcommands: [Show.self])

        /// `clearance policy show [default|FILE]`: a policy with `extends` resolved.
        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "show",
                abstract: "Print a policy as YAML with 'extends' resolved, each value with the line it comes from.",
                discussion: """
                    With no argument, the policy check would use here: the one the project manifest names \
                    (policy: FILE), else the embedded default. 'default' is the embedded default policy.
                    Exit codes: 0 printed; 2 the policy cannot be read; 64 usage error.
                    """)

            @Argument(help: ArgumentHelp("'default' or a policy file.", valueName: "policy"))
            var policy: String?

            @OptionGroup var catalogOptions: CatalogOptions

            func run() throws {
                let catalog = try catalogOptions.catalog()
                let file: String?
                switch policy {
                case let named?: file = named
                case nil:
                    let manifests = ProjectDiscovery.manifest(from: ".").map { [$0] } ?? []
                    let (path, _, diagnostics) = ProjectDiscovery.policy(namedByAnyOf: manifests)
                    DiagnosticPrinter.standardError.print(diagnostics)
                    if diagnostics.hasErrors { throw ExitCode.invalidInput }
                    file = path
                }
                let loaded = try InputOptions.loadPolicy(file, catalog: catalog)
                print(loaded.resolvedText, terminator: "")
            }
        }
    }
}
