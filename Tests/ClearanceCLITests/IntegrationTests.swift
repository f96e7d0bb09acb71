import ClearanceYAML
import Foundation
import Testing

/// The CI integrations at the repository root: `action.yml` and `.pre-commit-hooks.yaml` parse (with the strict
/// reader), name what Integrations.md documents, and the action's check step runs as a runner would run it.
@Suite struct IntegrationTests {
    static let root = Example.root
    static let article = "Sources/ClearanceKit/ClearanceKit.docc/Integrations.md"

    static func yaml(_ path: String) throws -> Node {
        let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(path)))
        return try #require(try YAMLParser().parse(bytes), "\(path) is empty")
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func string(_ node: Node?) -> String? {
        node?.scalar?.text
    }

    @Test func actionIsACompositeActionWithTheDocumentedInputs() throws {
        let action = try Self.yaml("action.yml")
        #expect(Self.string(action["runs"]?["using"]) == "composite")
        let inputs = try #require(action["inputs"]).mapping().map(\.name)
        #expect(
            inputs == [
                "version", "paths", "policy", "format", "fail-on", "baseline", "args", "summary", "sarif",
                "sarif-file", "download-url",
            ])
        // Every input is a row of the article's table, and the article has no row for an input that is gone.
        let article = try Self.text(Self.article)
        let rows = article.split(separator: "\n").filter { $0.hasPrefix("| `") }.compactMap {
            $0.dropFirst(3).split(separator: "`").first.map(String.init)
        }
        for input in inputs { #expect(rows.contains(input), "Integrations.md documents input '\(input)'") }
        let outputs = try #require(action["outputs"]).mapping().map(\.name)
        #expect(outputs == ["exit-code", "sarif-file", "version"])
    }

    @Test func actionStepsRunScriptsThatExist() throws {
        let steps = try #require(try Self.yaml("action.yml")["runs"]?["steps"]).sequence()
        let runs = steps.compactMap { Self.string($0["run"]) }
        #expect(
            runs == [
                #""$GITHUB_ACTION_PATH/Scripts/action/install.sh""#, #""$GITHUB_ACTION_PATH/Scripts/action/check.sh""#,
            ])
        for script in ["Scripts/action/install.sh", "Scripts/action/check.sh"] {
            #expect(FileManager.default.isExecutableFile(atPath: Self.root.appendingPathComponent(script).path))
        }
        // Each environment variable the check step sets is one the script reads.
        let check = try Self.text("Scripts/action/check.sh")
        let env = try #require(steps[1]["env"]).mapping().map(\.name)
        for name in env { #expect(check.contains("${\(name)"), "check.sh reads \(name)") }
        let upload = Self.string(steps[2]["uses"])
        #expect(upload == "github/codeql-action/upload-sarif@v3")
    }

    @Test func preCommitHookChecksTheProject() throws {
        let hooks = try Self.yaml(".pre-commit-hooks.yaml").sequence()
        #expect(hooks.count == 1)
        let hook = try #require(hooks.first)
        #expect(Self.string(hook["id"]) == "clearance")
        #expect(Self.string(hook["entry"]) == "clearance check")
        #expect(Self.string(hook["language"]) == "system")
        #expect(try hook["pass_filenames"]?.boolean() == false)
        let pattern = try #require(Self.string(hook["files"]))
        let regex = try NSRegularExpression(pattern: pattern)
        func matches(_ path: String) -> Bool {
            regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
        }
        for path in [
            "clearance.yaml", "sub/clearance.yml", "models/llama/README.md", "README.md", "sbom.cdx.json",
            "out/bom.spdx.json", "ai.spdx3.json", "clearance-baseline.json", "sbom/bom.json",
        ] {
            #expect(matches(path), "the hook runs for \(path)")
        }
        for path in ["Sources/main.swift", "README.md.orig", "notclearance.yaml", "package.json", "docs/index.md"] {
            #expect(!matches(path), "the hook skips \(path)")
        }
        #expect(try Self.text(Self.article).contains("- id: clearance"))
    }

    @Test func dockerfileCopiesTheReleaseBinaryOntoDistroless() throws {
        let dockerfile = try Self.text("Dockerfile")
        #expect(dockerfile.contains("RUN Scripts/release.sh /out"))
        #expect(dockerfile.contains("FROM gcr.io/distroless/cc-debian12"))
        #expect(dockerfile.contains(#"ENTRYPOINT ["/usr/local/bin/clearance"]"#))
    }

    /// The action's check step, with fake `GITHUB_*` files: the example fails, so the step exits 1 after writing
    /// the summary and the SARIF file.
    @Test func actionCheckStepWritesTheSummaryAndSARIFAndGates() throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        for name in ["summary.md", "output.txt"] { try scratch.write(name, []) }
        let result = try Self.runCheckStep(
            in: scratch,
            environment: [
                "CLEARANCE_PATHS": "clearance.yaml", "CLEARANCE_SARIF": "clearance.sarif",
                "CLEARANCE_ARGS": "--as-of \(Example.asOf)",
            ])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=clearance.yaml,line=18,col=14,title=commercial-use::"))
        let summary = try String(contentsOfFile: scratch.path("summary.md"), encoding: .utf8)
        #expect(summary.hasPrefix("## Clearance: ❌ fail\n"))
        #expect(summary.contains("### Facts the verdicts used"))
        let output = try String(contentsOfFile: scratch.path("output.txt"), encoding: .utf8)
        #expect(output == "sarif-file=clearance.sarif\nexit-code=1\n")
        let sarif = try String(contentsOfFile: scratch.path("clearance.sarif"), encoding: .utf8)
        #expect(sarif.contains(#""version" : "2.1.0""#))
    }

    @Test func actionCheckStepStopsOnInvalidInputBeforeTheSummary() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for name in ["summary.md", "output.txt"] { try scratch.write(name, []) }
        let result = try Self.runCheckStep(in: scratch, environment: ["CLEARANCE_PATHS": "missing.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr == "missing.yaml: error: cannot read file: no such file or directory [io.unreadable]\n")
        #expect(try Data(contentsOf: scratch.url.appendingPathComponent("summary.md")).isEmpty)
        #expect(try Data(contentsOf: scratch.url.appendingPathComponent("output.txt")).isEmpty)
    }

    /// Runs `Scripts/action/check.sh` in `scratch` with the built binary and fake GitHub files.
    static func runCheckStep(in scratch: Scratch, environment: [String: String]) throws -> CLI.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [root.appendingPathComponent("Scripts/action/check.sh").path]
        process.currentDirectoryURL = scratch.url
        process.environment =
            [
                "PATH": "/usr/bin:/bin", "NO_COLOR": "1", "CLEARANCE_BINARY": CLI.binary.path,
                "GITHUB_STEP_SUMMARY": scratch.path("summary.md"), "GITHUB_OUTPUT": scratch.path("output.txt"),
            ].merging(environment) { $1 }
        let out = scratch.url.appendingPathComponent("stdout"), err = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return CLI.Result(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }
}
