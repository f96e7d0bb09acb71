import ClearanceKit
import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test func duplicateKeyOnLineThreeExitsTwoWithCaret() throws {
        let scratch = try Scratch(text: ["dup.yaml": "name: a\nid: b\nname: c\n"])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "dup.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            dup.yaml:3:1: error: duplicate key 'name' [yaml.duplicate-key]
            name: c
            ^
            dup.yaml:1:1: note: first defined here
            name: a
            ^

            """)
    }

    @Test func billionLaughsAndDeepNestingExitTwo() throws {
        var bomb = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<9 {
            let p = Character(UnicodeScalar(UInt8(96 + level))), n = Character(UnicodeScalar(UInt8(97 + level)))
            bomb.append("\(n): &\(n) [" + Array(repeating: "*\(p)", count: 9).joined(separator: ", ") + "]")
        }
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let scratch = try Scratch(text: ["bomb.yaml": bomb.joined(separator: "\n") + "\n", "deep.yaml": deep])
        defer { scratch.remove() }
        let bombResult = try CLI.run(["lint", "bomb.yaml"], in: scratch.url)
        #expect(bombResult.status == 2)
        #expect(bombResult.stderr.hasPrefix("bomb.yaml:6:8: error: aliases expand to more than 100000 nodes"))
        let deepResult = try CLI.run(["lint", "deep.yaml"], in: scratch.url)
        #expect(deepResult.status == 2)
        #expect(deepResult.stderr == "deep.yaml:1:257: error: nesting is deeper than 256 levels [yaml.too-deep]\n")
    }

    @Test func invalidUTF8ExitsTwo() throws {
        let scratch = try Scratch(["bad.yaml": Array("ok: 1\nbad: ".utf8) + [0xC3, 0x28, 0x0A]])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "bad.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("bad.yaml:2:7: error: invalid UTF-8: invalid trailing UTF-8 octet [yaml.invalid-utf8]\n"))
    }

    @Test func missingFileExitsTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "nope.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr == "nope.yaml: error: cannot read file: no such file [io.unreadable]\n")
    }

    @Test func emptyFileExitsTwo() throws {
        let scratch = try Scratch(text: ["empty.yaml": ""])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "empty.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("empty.yaml:1:1: error: the file holds no YAML document [yaml.empty]\n"))
    }

    @Test func usageErrorExits64() throws {
        let result = try CLI.run(["lint"])
        #expect(result.status == 64)
    }

    @Test func aBadPolicyExitsTwoWithEveryErrorAtItsLineAndColumn() throws {
        let scratch = try Scratch(text: [
            "policy.yaml": """
                schema: 1
                usage: {comercial: true}
                licenses:
                  allow: [MIT, lama3.1]
                exceptions:
                  - component: org/model
                    reason: Separate agreement

                """
        ])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "policy.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            policy.yaml:2:9: error: unknown key 'comercial'; did you mean 'commercial'? [yaml.unknown-key]
            usage: {comercial: true}
                    ^
            policy.yaml:4:16: error: unknown license 'lama3.1'; did you mean 'llama3.1'? [policy.unknown-license]
              allow: [MIT, lama3.1]
                           ^
            policy.yaml:6:5: error: missing required key 'approved-by' [schema.missing-key]
              - component: org/model
                ^
            policy.yaml:6:5: error: missing required key 'expires' [schema.missing-key]
              - component: org/model
                ^

            """)
    }

    @Test func anExtendsToAMissingFileIsAnErrorAtTheExtendsValue() throws {
        let scratch = try Scratch(text: ["policies/team.yaml": "schema: 1\nextends: base.yaml\n"])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "policies/team.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderr == """
            policies/team.yaml:2:10: error: cannot read the extended policy 'policies/base.yaml': no such file [policy.extends-unreadable]
            extends: base.yaml
                     ^

            """)
    }

    @Test func warningsAloneExitZero() throws {
        let scratch = try Scratch(text: [
            "clearance.yaml": "schema: 1\nmodels:\n  - {name: a/b, license: lama3.1}\n",
            "policy.yaml": "schema: 1\nexceptions:\n  - {license: MIT, reason: r, approved-by: a, expires: 2026-01-31}\n",
        ])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "--as-of", "2026-11-23", "clearance.yaml", "policy.yaml"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            clearance.yaml:3:26: warning: unknown license 'lama3.1'; check reports it as unknown-license; did you mean 'llama3.1'? [manifest.unknown-license]
              - {name: a/b, license: lama3.1}
                                     ^
            policy.yaml:3:56: warning: exception r expired on 2026-01-31; check no longer applies it and fails what it covers (exception-expired) [policy.exception-expired]
              - {license: MIT, reason: r, approved-by: a, expires: 2026-01-31}
                                                                   ^

            """)
        // The day before, the exception has not expired.
        let before = try CLI.run(["lint", "--as-of", "2026-01-31", "policy.yaml"], in: scratch.url)
        #expect(before.status == 0)
        #expect(before.stderr == "")
    }

    @Test func aFileOfNoKnownKindExitsTwo() throws {
        let scratch = try Scratch(text: ["notes.yaml": "title: Notes\nitems: [a, b]\n"])
        defer { scratch.remove() }
        let result = try CLI.run(["lint", "notes.yaml"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            notes.yaml:1:1: error: cannot tell what this file is: expected a mapping with the keys of a license descriptor (spdx, category, …), a policy (licenses, categories, exceptions, …) or a project manifest (models, datasets, packages) [lint.unknown-kind]
            title: Notes
            ^

            """)
    }

    @Test func licensesDirectoryAddsNamesPoliciesMayUse() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Licenses")
        let scratch = try Scratch(text: ["policy.yaml": "schema: 1\nlicenses: {allow: [in-house]}\n"])
        defer { scratch.remove() }
        let without = try CLI.run(["lint", "policy.yaml"], in: scratch.url)
        #expect(without.status == 2)
        #expect(without.stderr.hasPrefix("policy.yaml:2:20: error: unknown license 'in-house' [policy.unknown-license]\n"))
        let with = try CLI.run(["lint", "--licenses", fixtures.path, "policy.yaml"], in: scratch.url)
        #expect(with.status == 0)
        #expect(with.stderr == "")
    }

    @Test func aBadAsOfIsAUsageError() throws {
        let result = try CLI.run(["lint", "--as-of", "tomorrow", "x.yaml"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --as-of takes a date as YYYY-MM-DD, not 'tomorrow'.\n"))
    }

    @Test func everyShippedPolicyDescriptorAndTheExampleLintClean() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        func yaml(in folder: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
        }
        let files = try yaml(in: "Policies") + yaml(in: "Licenses") + ["Examples/clearance.yaml"]
        #expect(files.count >= 35)
        let result = try CLI.run(["lint"] + files, in: root)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "")
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == ClearanceVersion.string + "\n")
    }
}
