import ArgumentParser

extension ExitCode {
    /// The overall verdict is fail (or review with `--fail-on review`).
    static let policyViolation = ExitCode(1)
    /// An input was invalid or unreadable; nothing else was printed on stdout.
    static let invalidInput = ExitCode(2)
    /// The command line was wrong.
    static let usage = ExitCode(64)
}
