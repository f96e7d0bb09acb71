import Foundation
import PackagePlugin

/// Compiles the shipped license catalog (`Licenses/`, with its text fingerprints in `Licenses/Fingerprints/`) and
/// example policies (`Policies/`) into ClearanceKit,
/// so that the `clearance` executable works from any directory with nothing beside it.
@main
struct EmbedCatalog: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "clearance-embed")
        let root = context.package.directoryURL
        let folders = ["Licenses", "Licenses/Fingerprints", "Policies"].map { root.appending(path: $0) }
        var inputs: [URL] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            inputs += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".fp") }.sorted()
                .map { folder.appending(path: $0) }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the license catalog and policies",
                executable: tool.url,
                arguments: [output.path] + folders.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
