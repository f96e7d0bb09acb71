@testable import ClearanceYAML
import Testing

/// A large input's tail parsed on a third thread must give exactly the events, tree and first error of one parse,
/// whether the reader takes the tail's events or drops them.
@Suite struct SplitParseTests {
    /// One thread, no split.
    static let whole = {
        var parser = YAMLParser()
        parser.pipelineThreshold = .max
        parser.splitThreshold = .max
        return parser
    }()

    /// Through the pipeline, splitting at the line that starts at `offset` and nowhere else.
    static func splitting(at offset: Int, of count: Int, chunkSize: Int) -> YAMLParser {
        var parser = YAMLParser()
        parser.pipelineThreshold = 0
        parser.splitThreshold = 0
        parser.chunkSize = chunkSize
        parser.splitFraction = (Double(offset) + 0.5) / Double(count)
        parser.splitWindow = 1
        return parser
    }

    /// An input with the line to split at marked ✂️ (the marker is removed), and what must become of the tail.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        /// Where the marked line starts.
        var split: Int?
        var outcome: SplitOutcome
        var testDescription: String { name }

        init(_ name: String, _ source: String, then tail: [UInt8] = [], _ outcome: SplitOutcome) {
            self.name = name
            let marker = Array("✂️".utf8)
            var bytes = Array(source.utf8)
            if let at = bytes.indices.first(where: { bytes[$0...].starts(with: marker) }) {
                bytes.removeSubrange(at..<at + marker.count)
                split = at
            }
            self.bytes = bytes + tail
            self.outcome = outcome
        }
    }

    /// Manifest entries, numbered over `range`, with their `-` at column `indent` (0-based).
    static func entries(_ range: Range<Int>, indent: Int = 2) -> String {
        let pad = String(repeating: " ", count: indent)
        return range.map { i in
            "\(pad)- name: \"org/model-\(i)\"\n\(pad)  license: apache-2.0\n\(pad)  tags: [a, \(i)]\n"
        }.joined()
    }

    static let head = "schema: 1\nmodels:\n"
    static let list = head + entries(0..<30) + "✂️" + entries(30..<60)
    static let tagDirective = "%TAG !e! tag:example.com,2026:\n---\n"

    static let cases: [Case] = [
        Case("a manifest's list", list, .adopted),
        Case("the list, then another key", list + "datasets:\n  - org/data\n", .refused(.tailFailed)),
        Case("a sequence at the root", entries(0..<30, indent: 0) + "✂️" + entries(30..<60, indent: 0), .adopted),
        Case("an indentless sequence", "models:\n" + entries(0..<30, indent: 0) + "✂️" + entries(30..<60, indent: 0), .adopted),
        Case(
            "an indentless sequence, then another key",
            "models:\n" + entries(0..<30, indent: 0) + "✂️" + entries(30..<60, indent: 0) + "datasets: []\n",
            .refused(.tailFailed)),
        Case(
            "an entry of a nested list", head + entries(0..<30) + "  - name: x\n    tags:\n    - a\n✂️    - b\n" + entries(30..<60),
            .refused(.tailFailed)),
        Case("the first entry of a list", head + entries(0..<30) + "  - name: x\n    tags:\n✂️      - a\n      - b\n", .refused(.notAnEntry)),
        Case(
            "a top-level block scalar whose lines look like entries",
            "notes: |\n" + String(repeating: "  - name: x\n", count: 30) + "✂️" + String(repeating: "  - name: x\n", count: 30)
                + "other: 1\n",
            .refused(.tokenAcrossSplit)),
        Case(
            "a block scalar to the end whose lines look like entries",
            head + entries(0..<30) + "  - notes: |\n" + String(repeating: "      - name: x\n", count: 30) + "✂️"
                + String(repeating: "      - name: x\n", count: 30),
            .refused(.tokenAcrossSplit)),
        Case(
            "a double-quoted scalar across the split", head + entries(0..<30) + "  - note: \"one\n✂️  - two\"\n" + entries(30..<60),
            .refused(.tokenAcrossSplit)),
        Case(
            "a quoted scalar that ends on the split's line, before an entry like the tail's first",
            head + entries(0..<30) + "  - \"one\n✂️  - x # \"\n  - x\n" + entries(30..<60), .refused(.tokenAcrossSplit)),
        Case("a plain scalar across the split", head + entries(0..<30) + "  - note\n✂️    - more\n", .refused(.tokenAcrossSplit)),
        Case(
            "a flow sequence across the split", head + entries(0..<30) + "  - tags: [a,\n✂️  - b]\n" + entries(30..<60),
            .refused(.stoppedBefore)),
        Case(
            "a quoted scalar in a flow sequence across the split",
            head + entries(0..<30) + "  - tags: [\"a,\n✂️  - b\"]\n" + entries(30..<60), .refused(.tokenAcrossSplit)),
        Case("CRLF line breaks", list.replacing("\n", with: "\r\n"), .adopted),
        Case(
            "NEL, LS and PS in scalars before the split",
            head + "  - note: \"a\u{85}b\u{2028}c\u{2029}d\"\n  - 'e\u{85}f'\n" + entries(0..<30) + "✂️" + entries(30..<60),
            .adopted),
        Case("multi-byte text before the split", head + "  - name: café 🦙\n" + entries(0..<30) + "✂️" + entries(30..<60), .adopted),
        Case("a UTF-8 byte order mark", "\u{FEFF}" + list, .adopted),
        Case("a tag after the split", head + entries(0..<30) + "✂️" + entries(30..<31) + "  - !custom x\n" + entries(31..<60), .refused(.tailHasTag)),
        Case(
            "a tag on a collection after the split", head + entries(0..<30) + "✂️" + entries(30..<31) + "  - !!map {a: 1}\n",
            .refused(.tailHasTag)),
        Case(
            "%TAG gives ! a prefix, and a tag follows the split",
            "%TAG ! tag:example.com,2026:\n---\n" + head + entries(0..<30) + "✂️" + entries(30..<31) + "  - !local x\n",
            .refused(.tailHasTag)),
        Case(
            "%TAG names a handle the tail uses",
            tagDirective + head + entries(0..<30) + "✂️" + entries(30..<31) + "  - !e!thing x\n", .refused(.tailFailed)),
        Case("%TAG before the split, no tag after it", tagDirective + list, .adopted),
        Case(
            "an anchor before the split, an alias after it",
            head + "  - &base {license: mit}\n" + entries(0..<30) + "✂️" + entries(30..<60) + "  - *base\n", .adopted),
        Case(
            "invalid UTF-8 well after the split", list + entries(60..<500) + "  - bad: ", then: [0xFF, 0x0A],
            .refused(.tailFailed)),
        Case("a syntax error after the split", list + "  - name: [a\n", .refused(.tailFailed)),
        Case("a second document after the split", list + "---\nb: 1\n", .refused(.tailHasSecondDocument)),
        Case("a document end after the list", list + "...\n# done\n", .adopted),
        Case("no line break at the end", String(list.dropLast()), .adopted),
        Case(
            "entries whose node starts on the next line, and empty ones",
            head + entries(0..<30) + "✂️  -\n    name: late\n  -\n  -\n" + entries(30..<60), .adopted),
        Case("a duplicate key after the split", list + "  - {a: 1, a: 2}\n", .adopted),
        Case(
            "an explicit key without a value before the split", head + entries(0..<30) + "  - ? a\n✂️  - b\n" + entries(30..<60),
            .refused(.notAnEntry)),
        Case("comments and blank lines at the split", head + entries(0..<30) + "# a comment\n\n✂️  - x # another\n\n" + entries(30..<60), .adopted),
        Case("no entry line near the middle", String(repeating: "key: value\n", count: 200).replacing("key", with: "k"), .notTried),
    ]

    /// One event as the consumer sees it.
    struct Recorded: Hashable {
        var kind: EventChunk.Event.Kind
        var mark: Mark
        var style: Node.Scalar.Style
        var value: String
        var anchor: String?
        var tag: String?
    }

    /// Every event read through ``EventPipeline/run(_:chunkSize:_:)``, libyaml's error, and what became of the tail.
    static func events(_ bytes: [UInt8], split: SplitPoint?, chunkSize: Int) -> (events: [Recorded], error: YAMLError?, outcome: SplitOutcome) {
        bytes.withUnsafeBufferPointer { buffer in
            let reader = EventReader(buffer, splittingAt: split, chunkSize: chunkSize)
            var events: [Recorded] = []
            var error: YAMLError?
            let ran = try? EventPipeline.run(reader, chunkSize: chunkSize) { chunk in
                var texts = EventChunk.TextReader(chunk.bytes)
                for event in chunk.events {
                    let text = texts.texts(of: event)
                    events.append(Recorded(
                        kind: event.kind, mark: event.mark, style: event.style, value: text.value, anchor: text.anchor, tag: text.tag))
                    if event.kind == .streamEnd { return true }
                }
                error = chunk.error
                return error != nil
            }
            #expect(ran == true)
            return (events, error, reader.splitOutcome)
        }
    }

    static func tree(_ parser: YAMLParser, _ bytes: [UInt8]) -> (result: Result<Node?, YAMLError>, outcome: SplitOutcome) {
        var outcome = SplitOutcome.notTried
        do {
            return (.success(try parser.parse(bytes, splitOutcome: &outcome)), outcome)
        } catch {
            return (.failure(error), outcome)
        }
    }

    @Test(arguments: cases, [3, 4096])
    func splitGivesWhatOneParseGives(_ test: Case, chunkSize: Int) throws {
        let bytes = test.bytes
        let parser: YAMLParser
        if let offset = test.split {
            parser = Self.splitting(at: offset, of: bytes.count, chunkSize: chunkSize)
            let point = bytes.withUnsafeBufferPointer {
                SplitPoint.find(in: $0, from: Int(Double(bytes.count) * parser.splitFraction), window: parser.splitWindow)
            }
            #expect(point?.offset == offset, "the split is not at the marked line")
            let split = try #require(point)
            let expected = Self.events(bytes, split: nil, chunkSize: chunkSize)
            let actual = Self.events(bytes, split: split, chunkSize: chunkSize)
            #expect(actual.events == expected.events)
            #expect(actual.error == expected.error)
            #expect(actual.outcome == test.outcome)
        } else {
            parser = {
                var parser = YAMLParser()
                parser.pipelineThreshold = 0
                parser.splitThreshold = 0
                parser.chunkSize = chunkSize
                return parser
            }()
        }
        let expected = Self.tree(Self.whole, bytes)
        let actual = Self.tree(parser, bytes)
        #expect(expected.outcome == .notTried)
        #expect(actual.outcome == test.outcome)
        switch (actual.result, expected.result) {
        case (.success(let a), .success(let b)):
            #expect(a == b)
        case (.failure(let a), .failure(let b)):
            #expect(a == b, "the first error differs")
        default:
            Issue.record("one side failed: \(actual.result) against \(expected.result)")
        }
    }

    @Test func splitPointTakesTheLeastIndentedEntryLine() {
        let text = "a:\n  b:\n      - deep\n    - mid\n  - low\n- top\n"
        let bytes = Array(text.utf8)
        let point = bytes.withUnsafeBufferPointer { SplitPoint.find(in: $0, from: 3, window: 100) }
        #expect(point == SplitPoint(offset: text.utf8.count - "- top\n".utf8.count, column: 0))
        let narrow = bytes.withUnsafeBufferPointer { SplitPoint.find(in: $0, from: 3, window: 20) }
        #expect(narrow == SplitPoint(offset: "a:\n  b:\n      - deep\n".utf8.count, column: 4))
    }

    @Test(arguments: [
        "-x\n--- \n- \n",  // only the last line qualifies
        "  -\n",
        "  -\r\n",
    ])
    func splitPointAcceptsAnEntryLine(text: String) {
        let bytes = Array(("p:\n" + text + "z").utf8)
        let point = bytes.withUnsafeBufferPointer { SplitPoint.find(in: $0, from: 1, window: 100) }
        #expect(point != nil)
    }

    @Test(arguments: [
        [0xFF, 0xFE] + Array("x\n- a\n- b\n".utf8),
        [0xFE, 0xFF] + Array("x\n- a\n- b\n".utf8),
        [0x00, 0x61] + Array("x\n- a\n- b\n".utf8),
        Array("x\n-a\n -b\n\t- c\n".utf8),
    ] as [[UInt8]])
    func noSplitPoint(bytes: [UInt8]) {
        #expect(bytes.withUnsafeBufferPointer { SplitPoint.find(in: $0, from: 1, window: 100) } == nil)
    }

    @Test func largeInputTakesTheTailWithTheDefaultChunksAndFraction() throws {
        let text = Self.head + Self.entries(0..<20_000)
        var parser = YAMLParser()
        parser.splitThreshold = 1 << 20
        #expect(text.utf8.count > parser.splitThreshold)
        let expected = try Self.whole.parse(text)
        var outcome = SplitOutcome.notTried
        #expect(try parser.parse(Array(text.utf8), splitOutcome: &outcome) == expected)
        #expect(outcome == .adopted)
    }

    /// Input of 1 MiB or more is split by default, given a second core.
    @Test func splitByDefault() throws {
        let text = Self.head + Self.entries(0..<20_000)
        #expect(text.utf8.count > 1 << 20)
        var outcome = SplitOutcome.notTried
        _ = try YAMLParser().parse(Array(text.utf8), splitOutcome: &outcome)
        #expect(outcome == (EventPipeline.isWorthwhile ? .adopted : .notTried))
    }

    @Test func earlyErrorStopsBothThreadsPromptly() throws {
        let input = Marked("a: 1\n1️⃣a: 2\nrest:\n")
        let bytes = Array((input.text + String(repeating: "- {x: 1, y: [2, 3], z: 'text'}\n", count: 300_000)).utf8)
        var parser = YAMLParser()
        parser.pipelineThreshold = 0
        parser.splitThreshold = 0
        parser.chunkSize = 1024
        let clock = ContinuousClock()
        var result: (result: Result<Node?, YAMLError>, outcome: SplitOutcome)?
        let early = clock.measure { result = Self.tree(parser, bytes) }
        let outcome = result?.outcome
        var error: YAMLError?
        if case .failure(let failure) = result?.result { error = failure }
        let whole = clock.measure { _ = try? parser.countEvents(bytes) }
        #expect(error?.id == "yaml.duplicate-key")
        #expect(error?.mark == input["1️⃣"])
        #expect(outcome == .refused(.stoppedBefore))
        #expect(early * 10 < whole, "a thread went on after the error: \(early) against \(whole) for all events")
    }
}
