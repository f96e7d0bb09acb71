@testable import ClearanceYAML
import Testing

/// Large input read by libyaml on a second thread must give exactly what one thread gives.
@Suite struct EventPipelineTests {
    /// Reads everything on the caller's thread.
    static let sequential = {
        var parser = YAMLParser()
        parser.pipelineThreshold = .max
        return parser
    }()

    /// Reads everything through the pipeline, `chunkSize` events at a time.
    static func pipelined(chunkSize: Int) -> YAMLParser {
        var parser = YAMLParser()
        parser.pipelineThreshold = 0
        parser.chunkSize = chunkSize
        return parser
    }

    /// A valid mapping of `items` entries with every kind of event: styles, tags, anchors, aliases, flow and block
    /// collections, multi-byte text and empty values; about 300 bytes an item.
    static func document(items: Int) -> String {
        var text = "schema: 1\nitems:\n"
        for i in 0..<items {
            text += """
                - name: "org-\(i % 97)/model-\(i)"
                  license: 'apache-2.0'
                  note: |
                    line \(i), café 🦙
                  folded: >
                    a
                    b
                  tags: [a, b, !custom c\(i), ~, '']
                  base: &a\(i) {k: v\(i), n: [1, 2]}
                  copy: *a\(i)
                  empty:
                  "quoted key": !!str \(i)

                """
        }
        return text
    }

    static func error(_ parser: YAMLParser, _ text: String) -> YAMLError? {
        error(parser, Array(text.utf8))
    }

    static func error(_ parser: YAMLParser, _ bytes: [UInt8]) -> YAMLError? {
        do {
            _ = try parser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [1, 7, 4096])
    func buildsTheSameTreeAsOneThread(chunkSize: Int) throws {
        let text = Self.document(items: 1_000)
        let expected = try #require(try Self.sequential.parse(text))
        #expect(try Self.pipelined(chunkSize: chunkSize).parse(text) == expected)
    }

    @Test func largeInputTakesThePipelineAndBuildsTheSameTree() throws {
        let text = Self.document(items: 1_500)
        #expect(text.utf8.count > YAMLParser().pipelineThreshold || !EventPipeline.isWorthwhile)
        let expected = try #require(try Self.sequential.parse(text))
        #expect(try YAMLParser().parse(text) == expected)
    }

    @Test(arguments: ["", "# only a comment\n", "a: 1\n"], [1, 4096])
    func smallInputsAgreeToo(text: String, chunkSize: Int) throws {
        #expect(try Self.pipelined(chunkSize: chunkSize).parse(text) == Self.sequential.parse(text))
    }

    /// Errors placed after a large valid document, so that many chunks go through the pipeline first.
    static let lateErrors: [(id: String, tail: [UInt8])] = [
        ("yaml.duplicate-key", Array("items: again\n".utf8)),
        ("yaml.alias-limit", Array(billionLaughs.utf8)),
        ("yaml.too-deep", Array(("deep: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n").utf8)),
        ("yaml.invalid-utf8", Array("bad: ".utf8) + [0xFF, 0xFE, 0x0A]),
        ("yaml.syntax", Array("s: [1, 2\nt: 3\n".utf8)),
        ("yaml.syntax", Array("x:\n\tb: 1\n".utf8)),
        ("yaml.syntax", Array("u: *nope\n".utf8)),
        ("yaml.several-documents", Array("---\nb: 1\n".utf8)),
        ("yaml.complex-key", Array("? [a]\n: 1\n".utf8)),
    ]

    static let billionLaughs = (0..<9).map { level in
        let name = "l\(level)"
        let items = level == 0 ? Array(repeating: "lol", count: 9) : Array(repeating: "*l\(level - 1)", count: 9)
        return "\(name): &\(name) [" + items.joined(separator: ", ") + "]\n"
    }.joined()

    @Test(arguments: lateErrors.indices, [1, 7, 4096])
    func lateErrorIsTheSameAsOnOneThread(index: Int, chunkSize: Int) throws {
        let (id, tail) = Self.lateErrors[index]
        let prefix = Self.document(items: 300)
        let bytes = Array(prefix.utf8) + tail
        let expected = try #require(Self.error(Self.sequential, bytes))
        #expect(expected.id == id)
        #expect(expected.mark.line > prefix.count { $0 == "\n" } - 20)
        #expect(Self.error(Self.pipelined(chunkSize: chunkSize), bytes) == expected)
    }

    @Test func eventRecordsTakeThirtyTwoBytes() {
        #expect(MemoryLayout<EventChunk.Event>.stride == 32)
    }

    @Test func earlyErrorStopsTheReaderPromptly() throws {
        let input = Marked("a: 1\n1️⃣a: 2\nrest:\n")
        let bytes = Array((input.text + String(repeating: "- {x: 1, y: [2, 3], z: 'text'}\n", count: 300_000)).utf8)
        let parser = Self.pipelined(chunkSize: 4096)
        let clock = ContinuousClock()
        var error: YAMLError?
        let early = clock.measure { error = Self.error(parser, bytes) }
        let whole = clock.measure { _ = try? parser.countEvents(bytes) }
        #expect(error?.id == "yaml.duplicate-key")
        #expect(error?.mark == input["1️⃣"])
        #expect(early * 10 < whole, "the reader went on after the error: \(early) against \(whole) for all events")
    }
}
