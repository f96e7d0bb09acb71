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

    @Test func versionPrintsTheVersion() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}
