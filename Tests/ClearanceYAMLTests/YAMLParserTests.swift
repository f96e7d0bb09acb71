import ClearanceTestSupport
@_spi(Benchmarks) import ClearanceYAML
import Testing

@Suite struct YAMLParserTests {
    let parser = YAMLParser()

    func error(_ text: String) -> YAMLError? {
        do {
            _ = try parser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func marksAreOneBasedAndCountScalarsAfterMultiByteCharacters() throws {
        let input = Marked("1️⃣name: 2️⃣café\n3️⃣🦙: 4️⃣llama\n")
        let root = try #require(try parser.parse(input.text))
        let pairs = try root.mapping()
        #expect(root.mark == input["1️⃣"])
        #expect(pairs[0].value.mark == input["2️⃣"])
        #expect(pairs[1].key.mark == input["3️⃣"])
        #expect(pairs[1].value.mark == input["4️⃣"])
        #expect(input["4️⃣"] == Mark(line: 2, column: 4))
    }

    @Test func keepsMappingKeysInSourceOrderWithStyles() throws {
        let root = try #require(try parser.parse("b: 'x'\na: \"y\"\nc: |\n  z\n"))
        let pairs = try root.mapping()
        #expect(pairs.map(\.name) == ["b", "a", "c"])
        #expect(pairs.map { $0.value.scalar?.style } == [.singleQuoted, .doubleQuoted, .literal])
        #expect(pairs[2].value.scalar?.text == "z\n")
    }

    @Test func nestedCollectionsKeepTheirChildrenInOrder() throws {
        let root = try #require(try parser.parse("a:\n- {x: 1, y: [2, 3]}\n- []\n- z\nb: {}\nc: [[4], {w: 5}]\n"))
        #expect(Self.compact(root) == "{a: [{x: 1, y: [2, 3]}, [], z], b: {}, c: [[4], {w: 5}]}")
        #expect(root["c"]?.mark == Mark(line: 6, column: 4))
    }

    @Test func wideTreesComeOutWholeAndInOrder() throws {
        // More waiting children than the builder's stack holds at first (64), an anchored collection and aliases.
        let items = (0..<300).map { "- {i: \($0), v: [\($0), x\($0)], m: {k: \($0)}}\n" }.joined()
        let root = try #require(try parser.parse("a: &list\n" + items + "b: *list\nc: [*list]\n"))
        let expected =
            "[" + (0..<300).map { "{i: \($0), v: [\($0), x\($0)], m: {k: \($0)}}" }.joined(separator: ", ") + "]"
        #expect(Self.compact(root) == "{a: \(expected), b: \(expected), c: [\(expected)]}")
        #expect(root["b"]?.mark == Mark(line: 302, column: 4))
        #expect(try root["a"]?.sequence()[299]["v"]?.sequence()[1].mark == Mark(line: 301, column: 21))
    }

    @Test func marksKeepTheirNumbersAndClampPastThirtyTwoBits() {
        var mark = Mark(line: 70_000, column: 3)
        mark.column += 1
        #expect((mark.line, mark.column, mark.description) == (70_000, 4, "70000:4"))
        #expect(Mark(line: Int.max, column: 1).line == Int(Int32.max))
        #expect(Mark(line: 2, column: 9) < Mark(line: 3, column: 1))
    }

    /// A one-line flow rendering of a tree, to compare shapes.
    static func compact(_ node: Node) -> String {
        switch node.value {
        case .scalar(let s): return s.text
        case .sequence(let items): return "[" + items.map(compact).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { "\($0.name): \(compact($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    @Test(arguments: [
        ("a: 1\nb: 2\n1️⃣a: 3\n", "a"),
        ("top:\n  x: 1\n  1️⃣x: 2\n", "x"),
        ("{k: 1, 1️⃣k: 2}", "k"),
        ((0..<20).map { "k\($0): 1\n" }.joined() + "1️⃣k7: 2\n", "k7"),
    ])
    func duplicateKeyIsAnErrorAtTheSecondKey(source: String, key: String) throws {
        let input = Marked(source)
        let error = try #require(self.error(input.text))
        #expect(error.id == "yaml.duplicate-key")
        #expect(error.message == "duplicate key '\(key)'")
        #expect(error.mark == input["1️⃣"])
        #expect(error.notes.first?.message == "first defined here")
    }

    @Test func billionLaughsEndsWithAnAliasLimitError() throws {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<9 {
            let previous = Character(UnicodeScalar(UInt8(96 + level)))
            let name = Character(UnicodeScalar(UInt8(97 + level)))
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        let error = try #require(self.error(lines.joined(separator: "\n")))
        #expect(error.id == "yaml.alias-limit")
        #expect(
            error.message == "aliases expand to more than 100000 nodes; refusing to expand (a \"billion laughs\" file?)"
        )
        #expect(error.mark == Mark(line: 6, column: 8))
    }

    /// Few aliases of a large scalar: capped by the bytes they expand to, not only by the node count.
    @Test func aliasesOfALargeScalarEndWithAnAliasLimitError() throws {
        let big = String(repeating: "x", count: 1_100_000)
        let text = "a: &a \(big)\nb: [*a, *a, *a, *a]\n"
        let error = try #require(self.error(text))
        #expect(error.id == "yaml.alias-limit")
        #expect(error.message == "aliases expand to more than 4194304 bytes of text; refusing to expand")
        #expect(error.mark == Mark(line: 2, column: 17))
    }

    @Test func smallAliasesExpand() throws {
        let root = try #require(try parser.parse("base: &b {x: 1}\ncopy: *b\n"))
        #expect(root["copy"]?["x"]?.scalar?.text == "1")
        #expect(root["copy"]?.mark == Mark(line: 2, column: 7))
    }

    @Test func undefinedAliasIsASyntaxError() throws {
        let error = try #require(self.error("a: *nope\n"))
        #expect(error.id == "yaml.syntax")
        #expect(error.message == "found undefined alias 'nope'")
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = try #require(self.error(deep))
        #expect(error.id == "yaml.too-deep")
        #expect(error.message == "nesting is deeper than 256 levels")
        #expect(error.mark == Mark(line: 1, column: 257))
    }

    @Test func nestingAtTheLimitIsFine() throws {
        let ok = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(try parser.parse(ok) != nil)
    }

    @Test func invalidUTF8IsAnErrorAtItsPosition() throws {
        let bytes = Array("name: café\nbad: ".utf8) + [0xFF, 0xFE, 0x0A]
        #expect {
            _ = try parser.parse(bytes)
        } throws: { error in
            let e = error as! YAMLError
            return e.id == "yaml.invalid-utf8" && e.message == "invalid UTF-8: invalid leading UTF-8 octet"
                && e.mark == Mark(line: 2, column: 6)
        }
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func emptyInputHasNoDocument(text: String) throws {
        #expect(try parser.parse(text) == nil)
    }

    @Test func secondDocumentIsAnError() throws {
        let input = Marked("a: 1\n1️⃣---\nb: 2\n")
        let error = try #require(self.error(input.text))
        #expect(error.id == "yaml.several-documents")
        #expect(error.message == "expected one YAML document, found a second one here")
        #expect(error.mark == input["1️⃣"])
    }

    @Test func oversizedInputIsRefused() throws {
        var limits = YAMLParser.Limits()
        limits.bytes = 10
        #expect(
            throws: YAMLError(
                id: "yaml.too-large", message: "file is 11 bytes, over the limit of 10 bytes",
                at: Mark(line: 1, column: 1))
        ) {
            _ = try YAMLParser(limits: limits).parse("a: 12345678")
        }
    }

    @Test func libyamlErrorsKeepProblemTextMarkAndContext() throws {
        let error = try #require(self.error("a: [1, 2\nb: 3\n"))
        #expect(error.id == "yaml.syntax")
        #expect(error.message == "did not find expected ',' or ']'")
        #expect(error.mark == Mark(line: 2, column: 2))
        #expect(error.notes == [YAMLError.Note("while parsing a flow sequence", at: Mark(line: 1, column: 4))])
    }

    @Test func tabIndentationIsALibyamlError() throws {
        let error = try #require(self.error("a:\n\tb: 1\n"))
        #expect(error.id == "yaml.syntax")
        #expect(error.message == "found character that cannot start any token")
        #expect(error.mark == Mark(line: 2, column: 1))
    }

    @Test func nonScalarKeyIsAnError() throws {
        let error = try #require(self.error("? [a, b]\n: 1\n"))
        #expect(error.id == "yaml.complex-key")
        #expect(error.mark == Mark(line: 1, column: 3))
    }

    @Test func countEventsCountsEveryEvent() throws {
        // stream start, document start, mapping start, 2 scalars, mapping end, document end, stream end
        #expect(try parser.countEvents(Array("a: 1\n".utf8)) == 8)
    }
}
