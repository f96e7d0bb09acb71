import ArgumentParser
import ClearanceKit

/// The `clearance` command: license compliance checks for AI models.
@main
struct Clearance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clearance",
        abstract: "Check AI model licenses against your organization's policy and facts.",
        discussion: """
            Exit codes: 0 success or compliant; 1 policy violations; 2 invalid input; 64 usage error.
            """,
        version: ClearanceVersion.string,
        subcommands: [
            Init.self, Check.self, Notice.self, Licenses.self, Explain.self, Identify.self, Lint.self,
            Expression.self, PolicyCommand.self,
        ]
    )

    /// Makes the standard streams safe (``StandardStreams/prepare()``), then runs the command line.
    static func main() {
        StandardStreams.prepare()
        main(nil)
    }
}
