import Foundation
import Testing

/// Where the report goes (`--output`) and whether it is coloured (`--color`, `NO_COLOR`, a terminal).
@Suite struct CheckOutputTests {
    static let escape = "\u{1B}["

    @Test(arguments: ["text", "sarif", "html"])
    func outputWritesTheReportToTheFileAndNothingToStdout(format: String) throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["check", "--as-of", Example.asOf, "--format", format, "--output", "report.out"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "")
        let written = try String(contentsOfFile: scratch.path("report.out"), encoding: .utf8)
        let printed = try CLI.run(["check", "--as-of", Example.asOf, "--format", format], in: scratch.url).stdout
        #expect(written == printed)
        #expect(!written.isEmpty)
    }

    @Test func outputReplacesAnExistingFile() throws {
        let scratch = try Example.scratch(["report.csv": String(repeating: "old content\n", count: 1000)])
        defer { scratch.remove() }
        _ = try CLI.run(["check", "--as-of", Example.asOf, "--format", "csv", "--output", "report.csv"], in: scratch.url)
        let written = try String(contentsOfFile: scratch.path("report.csv"), encoding: .utf8)
        #expect(written.hasPrefix("component,kind,license,verdict,rules,file\r\n"))
        #expect(!written.contains("old content"))
    }

    @Test func anUnwritableOutputIsAnInputError() throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["check", "--output", "missing/report.txt"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "missing/report.txt: error: cannot write file: no such directory 'missing' [io.unwritable]\n")
        let directory = try CLI.run(["check", "--output", "."], in: scratch.url)
        #expect(directory.status == 2)
        #expect(directory.stderr == ".: error: cannot write file: is a directory [io.unwritable]\n")
    }

    @Test(arguments: [["NO_COLOR": "1"], ["NO_COLOR": ""]])
    func aPipeGetsNoEscapeCodes(environment: [String: String]) throws {
        // Standard output is a pipe here, so even with NO_COLOR empty (as if unset) `auto` means no colour.
        let result = try Example.check([], environment: environment)
        #expect(!result.stdout.contains(Self.escape))
        #expect(result.stdout.contains("FAIL\n"))
    }

    @Test func colorNeverAndAlwaysOverrideTheEnvironment() throws {
        let never = try Example.check(["--color", "never"], environment: ["NO_COLOR": ""])
        #expect(!never.stdout.contains(Self.escape))
        let always = try Example.check(["--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(always.stdout.contains("\u{1B}[1m\u{1B}[31mFAIL\u{1B}[0m\u{1B}[0m\n"), "the command line overrides NO_COLOR")
        #expect(always.stdout.contains("verdict: \u{1B}[31mfail\u{1B}[0m\n"))
    }

    @Test(arguments: ["json", "sarif", "junit", "markdown", "html", "csv", "github"])
    func onlyTheTextFormatIsEverColoured(format: String) throws {
        let result = try Example.check(["--format", format, "--color", "always"])
        #expect(!result.stdout.contains(Self.escape))
        #expect(result.status == 1)
    }

    /// `script` (util-linux) runs a command on a pseudo-terminal, so `isatty` is true for it.
    static let script = "/usr/bin/script"

    /// Runs `clearance ARGUMENTS` from the repository root with standard output on a terminal.
    static func onATerminal(_ arguments: [String], noColour: String) throws -> String {
        let quoted = ([CLI.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", quoted.joined(separator: " "), "/dev/null"]
        process.currentDirectoryURL = Example.root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColour
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func aTerminalGetsColourUnlessNoColorIsSet() throws {
        let check = ["check", Example.manifest, "--as-of", Example.asOf]
        let coloured = try Self.onATerminal(check, noColour: "")
        #expect(coloured.contains("\u{1B}[1m\u{1B}[31mFAIL\u{1B}[0m\u{1B}[0m\r\n"))
        let plain = try Self.onATerminal(check, noColour: "1")
        #expect(!plain.contains(Self.escape))
        #expect(plain.contains("\r\nFAIL\r\n"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func aFileGetsNoColourEvenFromATerminal() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path("report.txt")
        _ = try Self.onATerminal(["check", Example.manifest, "--as-of", Example.asOf, "--output", file], noColour: "")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("\nFAIL\n"))
        #expect(!written.contains(Self.escape))
    }
}
