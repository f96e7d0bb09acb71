import Testing

/// `--help` of every command reads as plain text, and the completion scripts Integrations.md documents exist.
@Suite struct HelpTests {
    static let commands = [[], ["check"], ["notice"], ["licenses"], ["explain"], ["lint"], ["expression"]]

    /// A `\` at the end of a line in a multi-line string literal joins lines; one too many prints a backslash.
    @Test(arguments: commands)
    func helpHasNoStrayBackslash(command: [String]) throws {
        let result = try CLI.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: clearance"))
        #expect(!result.stdout.contains("\\"), "clearance \(command.joined(separator: " ")) --help prints a backslash")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptNamesEverySubcommand(shell: String) throws {
        let result = try CLI.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for command in Self.commands.compactMap(\.first) {
            #expect(result.stdout.contains(command), "the \(shell) script completes \(command)")
        }
        #expect(result.stdout.contains("sarif"), "the \(shell) script completes --format's values")
    }
}
