import Foundation
import Testing

/// The reproductions of the attack report of 2026-12 (`reference/attack-2026-12.md`) that concern output and
/// files, one row each, run against the built binary: each builds its input in a temporary directory, checks
/// the exit code and the verdict, and that nothing from the input can act on a CI runner or a terminal (see
/// ``Inert``). ``hostileTextIsInertInEveryFormatAndOnStderr(_:)`` runs one hostile table through every format.
@Suite struct AttackOutputTests {
    // MARK: The hostile table

    /// Text that would act on a terminal, a CI runner, a spreadsheet, a browser or a pull-request comment.
    static let hostile: [String] = [
        "x\n::add-mask::fail\n::stop-commands::pwn",
        "ok\r::error title=ok::all clear",
        "\u{1B}[31mred\u{1B}[0m\u{1B}[2J",
        "\u{1B}]0;title\u{07}osc",
        "bell\u{07}nul\u{0}del\u{7F}",
        "nel\u{85}::warning::x",
        "ls\u{2028}::notice::x\u{2029}",
        "\u{202E}gpj.exe\u{202D}\u{2066}x\u{2069}",
        "@org/team please look",
        "see https://evil.example and www.evil.example",
        "<script>alert(1)</script>",
        "=HYPERLINK(\"http://x\")",
        "+1+1", "-1-1", "@SUM(A1)",
        "  \u{3000}::add-mask::indented",
        "x ##[add-mask]secret",
        "csi\u{9B}31m",
    ]

    @Test(arguments: hostile)
    func hostileTextIsInertInEveryFormatAndOnStderr(_ text: String) throws {
        let quoted = Inert.yamlQuoted(text)
        let manifest = """
            schema: 1
            models:
              - name: \(quoted)
                license: \(quoted)
              - name: acme/\(quoted)
                license: mit

            """
        let scratch = try Scratch(text: ["clearance.yaml": manifest])
        defer { scratch.remove() }
        for format in ["text", "json", "sarif", "junit", "markdown", "html", "csv", "github"] {
            let result = try Attack.run(["check", "--as-of", "2026-11-23", "--format", format], in: scratch.url)
            #expect(result.status == 1, "\(format): an unknown license fails under the default policy")
            Inert.check(result, "check --format \(format) for \(text.debugDescription)")
            switch format {
            case "json", "sarif":
                #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) }
            case "csv":
                #expect(result.stdout.components(separatedBy: "\r\n").count == 4, "a header, two records, the end")
            case "markdown":
                Inert.checkMarkdown(result.stdout, text.debugDescription)
            default: break
            }
        }
        // Diagnostics on stderr: the NOTICE warning quotes the name and license; the excerpt quotes the source.
        let notice = try Attack.run(["notice"], in: scratch.url)
        #expect(notice.status == 0)
        #expect(notice.stderr.contains("[notice.unresolved]"))
        Inert.check(notice, "notice for \(text.debugDescription)")
        try scratch.write("raw.yaml", Array("schema: 1\nmodels:\n  - name: a\n    license: mit\n    bad: \(text)\n".utf8))
        let lint = try Attack.run(["lint", "raw.yaml"], in: scratch.url)
        #expect(lint.status == 2)
        Inert.check(lint, "lint for \(text.debugDescription)")
    }

    // MARK: One row per reproduction

    /// HIGH 3: workflow commands and an OSC sequence in a card's dataset list, in an unknown key and in the
    /// source excerpt under a diagnostic.
    @Test func high3WorkflowCommandsAndEscapesOnStderr() throws {
        let card = "---\nlicense: mit\ndatasets: [\"x\\n::add-mask::fail\\n::stop-commands::pwn\\e]0;t\\a\"]\n---\n# Card\n"
        let scratch = try Scratch(text: [
            "model/README.md": card, "model/config.json": "{}",
            "bad/clearance.yaml": "schema: 1\nmodels:\n  - name: a\n    license: mit\n    \"::add-mask::k\\e[2J\": 1\n",
            "raw/clearance.yaml": "schema: 1\n::stop-commands::pwn: \u{1B}]0;t\u{07}\n",
        ])
        defer { scratch.remove() }
        let dataset = try Attack.run(["check", "model"], in: scratch.url)
        #expect(dataset.status == 0)
        #expect(dataset.stdout.hasSuffix("verdict: pass\n"))
        #expect(dataset.stderr.contains("[card.dataset-unchecked]"))
        Inert.check(dataset, "dataset note")
        for path in ["bad/clearance.yaml", "raw/clearance.yaml"] {
            let result = try Attack.run(["check", path], in: scratch.url)
            #expect(result.status == 2)
            #expect(result.stdout == "")
            Inert.check(result, path)
        }
    }

    /// MEDIUM 8: a baseline entry for one unknown license no longer waives another.
    @Test func medium8ABaselineDoesNotWaiveADifferentUnknownLicense() throws {
        let manifest = { (license: String) in "schema: 1\nmodels:\n  - name: acme/model\n    license: \(license)\n" }
        let scratch = try Scratch(text: ["clearance.yaml": manifest("LicenseRef-acme-a")])
        defer { scratch.remove() }
        let written = try Attack.run(["check", "--write-baseline", "b.json"], in: scratch.url)
        #expect(written.status == 1)
        let waived = try Attack.run(["check", "--baseline", "b.json"], in: scratch.url)
        #expect(waived.status == 0)
        #expect(waived.stdout.hasSuffix("verdict: pass (1 finding baselined)\n"))
        try scratch.write("clearance.yaml", Array(manifest("LicenseRef-acme-b").utf8))
        let other = try Attack.run(["check", "--baseline", "b.json"], in: scratch.url)
        #expect(other.status == 1)
        #expect(other.stdout.hasSuffix("verdict: fail\n"))
        #expect(other.stderr.contains("[baseline.stale]"))
        Inert.check(other, "baseline")
    }

    /// MEDIUM 11 (fixed in the YAML reader; checked here): aliases of a large scalar are capped by bytes.
    @Test func medium11AliasesOfALargeScalarAreRefused() throws {
        let big = String(repeating: "A", count: 4 * 1024 * 1024)
        let aliases = Array(repeating: "*x", count: 100).joined(separator: ", ")
        let scratch = try Scratch(text: [
            "clearance.yaml": "schema: 1\nx: &x \"\(big)\"\nmodels: [\(aliases)]\n"
        ])
        defer { scratch.remove() }
        let result = try Attack.run(["check"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("[yaml.alias-limit]"))
        #expect(result.stderr.utf8.count < 10_000, "the excerpt of a huge line is left out")
        Inert.check(result, "alias")
    }

    /// MEDIUM 12: a scan does not follow a symbolic link to a file outside the scanned directory, and never
    /// quotes such a file.
    @Test func medium12ScansStayInsideTheirDirectory() throws {
        let scratch = try Scratch(text: [
            "secret.txt": "{\"bomFormat\": \"CycloneDX\", \"password\": \"SECRET-LINE\" ,,}\n",
            "repo/clearance.yaml": "schema: 1\nmodels:\n  - name: acme/model\n    license: mit\n",
            "licenses/keep.txt": "",
        ])
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.path("repo/bom.json"), withDestinationPath: "../secret.txt")
        try FileManager.default.createDirectory(atPath: scratch.path("repo/sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path("repo/sub/model.cdx.json"), withDestinationPath: scratch.path("secret.txt"))
        let result = try Attack.run(["check", "repo"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("verdict: pass\n"))
        #expect(!result.stdout.contains("SECRET") && !result.stderr.contains("SECRET"))
        #expect(result.stderr.components(separatedBy: "[io.outside-root]").count == 3)
        Inert.check(result, "symlink")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path("licenses/x.yaml"), withDestinationPath: scratch.path("secret.txt"))
        let licenses = try Attack.run(["check", "--licenses", "licenses", "repo"], in: scratch.url)
        #expect(licenses.status == 0)
        #expect(licenses.stderr.components(separatedBy: "[io.outside-root]").count == 4)
        #expect(!licenses.stderr.contains("SECRET"))
    }

    /// MEDIUM 13: a FIFO, `/dev/stdin` or a link to either is refused at once, for every input.
    @Test func medium13NonRegularInputsAreRefusedWithoutBlocking() throws {
        let scratch = try Scratch(text: [
            "clearance.yaml": "schema: 1\nmodels:\n  - name: acme/model\n    license: mit\n"
        ])
        defer { scratch.remove() }
        #expect(mkfifo(scratch.path("fifo"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: scratch.path("licenses"), withIntermediateDirectories: true)
        #expect(mkfifo(scratch.path("licenses/x.yaml"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.yaml"), withDestinationPath: "fifo")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("stdin.yaml"), withDestinationPath: "/dev/stdin")
        let runs: [[String]] = [
            ["check", "fifo"], ["check", "link.yaml"], ["check", "/dev/stdin"], ["check", "stdin.yaml"],
            ["check", "--policy", "fifo"], ["check", "--policy", "link.yaml"], ["check", "--licenses", "licenses"],
            ["check", "--baseline", "fifo"], ["check", "--baseline", "/dev/stdin"], ["notice", "fifo"],
            ["lint", "fifo"], ["lint", "link.yaml"], ["explain", "mit", "--licenses", "licenses"],
        ]
        for arguments in runs {
            let stdin = Pipe()  // never written: reading it would block until the timeout
            let result = try Attack.run(arguments, in: scratch.url, stdin: stdin.fileHandleForReading)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout == "")
            #expect(result.stderr.contains("not a regular file [io.unreadable]"), "\(arguments): \(result.stderr)")
            Inert.check(result, "\(arguments)")
        }
    }

    /// MEDIUM 14: a failed write to stdout exits 2 with `io.unwritable`, never a crash.
    @Test func medium14AFailedWriteToStdoutExitsTwo() throws {
        let scratch = try Scratch(text: [
            "clearance.yaml": "schema: 1\nmodels:\n  - name: acme/model\n    license: mit\n"
        ])
        defer { scratch.remove() }
        for arguments in [
            ["check", "--license", "mit"], ["check", "--format", "json"], ["licenses"], ["explain", "mit"],
            ["explain", "mit", "--format", "json"], ["expression", "MIT"], ["notice"],
        ] {
            let full = try Attack.run(arguments, in: scratch.url, stdout: FileHandle(forWritingAtPath: "/dev/full"))
            #expect(full.status == 2, "\(arguments)")
            #expect(full.stderr == "error: cannot write to standard output: no space left on device [io.unwritable]\n")
            let closed = try Attack.run(
                ["/bin/sh", "-c", "exec \"$0\" \"$@\" >&-", CLI.binary.path] + arguments, in: scratch.url, shell: true)
            #expect(closed.status == 2, "\(arguments)")
            #expect(closed.stderr.hasSuffix("[io.unwritable]\n"))
        }
    }

    /// MEDIUM 15: `--output` writes through a symbolic link and a device, and keeps the file's mode.
    @Test func medium15OutputWritesThroughLinksAndDevicesAndKeepsTheMode() throws {
        let scratch = try Scratch(text: ["report.txt": "old\n"])
        defer { scratch.remove() }
        #expect(chmod(scratch.path("report.txt"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.txt"), withDestinationPath: "report.txt")
        let result = try Attack.run(["check", "--license", "mit", "--output", "link.txt"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let link = try FileManager.default.attributesOfItem(atPath: scratch.path("link.txt"))
        #expect(link[.type] as? FileAttributeType == .typeSymbolicLink)
        let file = try FileManager.default.attributesOfItem(atPath: scratch.path("report.txt"))
        #expect((file[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let written = try String(contentsOfFile: scratch.path("report.txt"), encoding: .utf8)
        #expect(written.hasSuffix("verdict: pass\n"))
        let devNull = try Attack.run(["check", "--license", "mit", "--output", "/dev/null"], in: scratch.url)
        #expect(devNull.status == 0)
        let null = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(null[.type] as? FileAttributeType == .typeCharacterSpecial)
        let full = try Attack.run(["check", "--license", "mit", "--output", "/dev/full"], in: scratch.url)
        #expect(full.status == 2)
        #expect(full.stderr == "/dev/full: error: cannot write file: no space left on device [io.unwritable]\n")
    }

    /// MEDIUM 16: a license with line breaks and workflow commands reaches no machine-read line, in any
    /// format, in the NOTICE file or in `explain` (through a descriptor given with `--licenses`).
    @Test func medium16LineBreaksFromInputNeverStartALine() throws {
        let license = #""MIT\n::add-mask::fail\n::error title=ok::all clear""#
        let descriptor = """
            schema: 1
            id: hostile
            spdx: LicenseRef-hostile
            name: "Hostile\\n::add-mask::fail\\e[2J"
            family: hostile
            url: "https://example.com/\\n::error::x"
            category: permissive
            osi-approved: false
            verified: 2026-11-23
            sources:
              - {url: "https://example.com/hostile", confidence: P}
            permissions:
              commercial-use: {value: yes, clause: "§1\\n::warning::x"}
            obligations:
              - {id: notice, when: distribution, clause: "§2", text: "Keep this\\n::add-mask::notice\\u202E"}

            """
        let scratch = try Scratch(text: [
            "clearance.yaml":
                "schema: 1\nmodels:\n  - name: acme/model\n    license: \(license)\n  - name: acme/h\n    license: hostile\n",
            "licenses/hostile.yaml": descriptor,
        ])
        defer { scratch.remove() }
        for format in ["text", "json", "sarif", "junit", "markdown", "html", "csv", "github"] {
            let result = try Attack.run(
                ["check", "--licenses", "licenses", "--as-of", "2026-11-23", "--format", format], in: scratch.url)
            #expect(result.status == 1, "\(format): the unknown license fails")
            Inert.check(result, format)
        }
        for arguments in [["notice"], ["explain", "hostile"], ["licenses"], ["licenses", "--format", "json"]] {
            let result = try Attack.run(arguments + ["--licenses", "licenses"], in: scratch.url)
            #expect(result.status == 0, "\(arguments)")
            Inert.check(result, "\(arguments)")
        }
    }

    /// LOW 17: mentions and bare URLs in finding messages stay dead in Markdown.
    @Test func low17MarkdownMentionsAndLinksAreNeutralized() throws {
        let scratch = try Scratch(text: [
            "clearance.yaml":
                "schema: 1\nmodels:\n  - name: \"@org/team\"\n    license: \"LicenseRef-x @org/team https://evil.example www.evil.example\"\n"
        ])
        defer { scratch.remove() }
        let result = try Attack.run(["check", "--format", "markdown"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("## Clearance: ❌ fail"))
        Inert.checkMarkdown(result.stdout, "mentions")
        Inert.check(result, "markdown")
    }

    /// LOW 20: `extends` stays inside the policy's directory and never quotes a file outside it.
    @Test func low20ExtendsStaysInsideThePolicysDirectory() throws {
        let scratch = try Scratch(text: [
            "outside.yaml": "SECRET-LINE: [\n",
            "policies/passwd.yaml": "schema: 1\nextends: /etc/passwd\n",
            "policies/up.yaml": "schema: 1\nextends: ../outside.yaml\n",
            "policies/link.yaml": "schema: 1\nextends: base.yaml\n",
            "policies/team/ok.yaml": "schema: 1\nextends: ../../policies/team/base.yaml\n",
            "policies/team/base.yaml": "schema: 1\nname: base\n",
            "clearance.yaml": "schema: 1\nmodels:\n  - name: acme/model\n    license: mit\n",
        ])
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path("policies/base.yaml"), withDestinationPath: scratch.path("outside.yaml"))
        for policy in ["policies/passwd.yaml", "policies/up.yaml", "policies/link.yaml"] {
            for command in [["check", "--policy", policy], ["lint", policy]] {
                let result = try Attack.run(command, in: scratch.url)
                #expect(result.status == 2, "\(command)")
                #expect(result.stdout == "")
                #expect(result.stderr.contains("[policy.extends-outside]"), "\(command): \(result.stderr)")
                #expect(!result.stderr.contains("root:") && !result.stderr.contains("SECRET"))
                Inert.check(result, policy)
            }
        }
        let inside = try Attack.run(["lint", "policies/team/ok.yaml"], in: scratch.url)
        #expect(inside.status == 0, "a base inside the tree is read: \(inside.stderr)")
        #expect(inside.stderr == "")
    }

    /// LOW 21: nothing is written, not even `--write-baseline`, when the run exits 2.
    @Test func low21NoBaselineIsWrittenWhenTheRunExitsTwo() throws {
        let scratch = try Scratch(text: [
            "clearance.yaml": "schema: 1\nmodels:\n  - name: acme/model\n    license: cc-by-nc-4.0\n"
        ])
        defer { scratch.remove() }
        let output = try Attack.run(["check", "--write-baseline", "b.json", "--output", "missing/r.txt"], in: scratch.url)
        #expect(output.status == 2)
        let full = try Attack.run(
            ["check", "--write-baseline", "b.json"], in: scratch.url, stdout: FileHandle(forWritingAtPath: "/dev/full"))
        #expect(full.status == 2)
        let baseline = try Attack.run(["check", "--write-baseline", "b.json", "--baseline", "missing.json"], in: scratch.url)
        #expect(baseline.status == 2)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("b.json")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        #expect(leftovers == ["clearance.yaml"], "no temporary file is left behind")
        let fine = try Attack.run(["check", "--write-baseline", "b.json"], in: scratch.url)
        #expect(fine.status == 1)
        #expect(fine.stdout.hasSuffix("verdict: fail\n"))
        #expect(FileManager.default.fileExists(atPath: scratch.path("b.json")))
    }

    /// LOW 25: bidi overrides are neutralized in text, Markdown, CSV and annotations (and everywhere else).
    @Test func low25BidiOverridesAreNeutralized() throws {
        let scratch = try Scratch(text: [
            "clearance.yaml":
                "schema: 1\nmodels:\n  - name: \"acme/\\u202Elicnetreg\\u202D\"\n    license: \"mit\\u2066 \\u202E\"\n"
        ])
        defer { scratch.remove() }
        for format in ["text", "markdown", "csv", "github", "html", "junit", "json", "sarif"] {
            let result = try Attack.run(["check", "--format", format], in: scratch.url)
            #expect(result.status == 1, "\(format): the license does not parse, so it is unknown")
            #expect(result.stdout.contains("202E") || result.stdout.contains("202e"), "\(format): shown, not applied")
            Inert.check(result, format)
        }
    }
}

/// What no output may hold, whatever the input.
enum Inert {
    /// Records an issue for each way `result` could act on a CI runner or a terminal: a line (as the GitHub
    /// runner splits lines, at CR, LF or CRLF) that starts with `::` after white space; `##[` anywhere; ESC,
    /// BEL, another control character but tab and line breaks, a C1 control, a bidi control or U+2028/U+2029.
    static func check(_ result: CLI.Result, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                let trimmed = line.drop { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
                if trimmed.hasPrefix("::"), !(name == "stdout" && isOwnGitHubCommand(trimmed)) {
                    Issue.record("\(label): a line of \(name) starts with '::': \(line.debugDescription)", sourceLocation: sourceLocation)
                }
                if line.contains("##[") {
                    Issue.record("\(label): \(name) holds '##[': \(line.debugDescription)", sourceLocation: sourceLocation)
                }
            }
            if let bad = text.unicodeScalars.first(where: isForbidden) {
                Issue.record(
                    "\(label): \(name) holds U+\(String(bad.value, radix: 16, uppercase: true)): \(text.debugDescription)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// A line the `github` format writes itself: an annotation whose name and properties are Clearance's.
    private static func isOwnGitHubCommand(_ line: Substring) -> Bool {
        let own = ["::error ", "::warning ", "::notice title=Clearance::"]
        guard own.contains(where: { line.hasPrefix($0) }) else { return false }
        // The command ends at the second `::`; what precedes it must be `name key=value,...` with no input
        // able to add a command of its own (properties are percent-encoded, so `::` cannot appear in them).
        let afterName = line.dropFirst(2)
        guard let end = afterName.range(of: "::") else { return false }
        return !afterName[..<end.lowerBound].contains(":")
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: scalar.properties.isBidiControl
        }
    }

    /// Records an issue when Markdown outside code spans holds a live mention or link.
    static func checkMarkdown(_ markdown: String, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let outside = markdown.replacing(/`+[^`]*`+/, with: "")
        for live in ["@org", "https://evil", "www.evil"] where outside.contains(live) {
            Issue.record("\(label): Markdown holds a live '\(live)'", sourceLocation: sourceLocation)
        }
        if outside.replacingOccurrences(of: "\\<", with: "").contains("<script") {
            Issue.record("\(label): Markdown holds a live '<script'", sourceLocation: sourceLocation)
        }
    }

    /// `text` as a YAML double-quoted scalar: printable ASCII as is, everything else as `\UXXXXXXXX`.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if (0x20...0x7E).contains(scalar.value), scalar != "\"", scalar != "\\" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\U" + String(format: "%08X", scalar.value)
            }
        }
        return out + "\""
    }
}

/// Runs the binary like ``CLI/run(_:in:environment:)``, with a timeout (a blocked run fails instead of
/// hanging the suite) and a choice of standard input and output.
enum Attack {
    static func run(
        _ arguments: [String], in directory: URL, stdin: FileHandle? = nil, stdout: FileHandle? = nil,
        shell: Bool = false, timeout: TimeInterval = 30
    ) throws -> CLI.Result {
        let process = Process()
        process.executableURL = shell ? URL(fileURLWithPath: arguments[0]) : CLI.binary
        process.arguments = shell ? Array(arguments.dropFirst()) : arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = stdout ?? out
        process.standardError = err
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        if stdout == nil {
            DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        } else {
            try? out.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        timer.cancel()
        if process.terminationReason == .uncaughtSignal {
            Issue.record("\(arguments) ended by signal \(process.terminationStatus) (timed out or crashed)")
        }
        return CLI.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
