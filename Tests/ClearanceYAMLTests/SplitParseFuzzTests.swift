@testable import ClearanceYAML
import Testing

/// Random documents, split at every entry line: the events and the error must be those of one parse, every time.
///
/// The documents are valid YAML of every shape the reader meets (block and flow collections, compact and
/// indentless sequences, every scalar style, multi-line scalars whose lines look like entries, anchors, aliases,
/// comments), and a third of them are then damaged (a line moved left or right, cut, or added), so that the
/// refusals are tried as much as the adoptions.
@Suite struct SplitParseFuzzTests {
    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// Writes random YAML line by line.
    struct Writer {
        var random: Random
        var lines: [String] = []
        var anchors = 0

        mutating func pad(_ n: Int) -> String { String(repeating: " ", count: n) }

        /// A scalar that fits on the current line, after `- ` or `key: ` at `indent`; may add lines below it.
        mutating func scalar(indent: Int) -> String {
            var prefix = ""
            if random.chance(5) {
                anchors += 1
                prefix = "&a\(anchors) "
            } else if anchors > 0 && random.chance(5) {
                return "*a\(random.below(anchors) + 1)"
            } else if random.chance(2) {
                prefix = "!t "
            }
            switch random.below(12) {
            case 0: return prefix + "'single \(random.below(99))'"
            case 1: return prefix + "\"double\\t\(random.below(99))\""
            case 2:
                lines.append(pad(indent + 2) + "- continued\"")
                return prefix + "\"quoted"
            case 3:
                lines.append(pad(indent + 2) + "- continued")
                return prefix + "plain"
            case 4, 5:
                let header = random.chance(50) ? "|" : ">-"
                for _ in 0..<random.below(3) + 1 { lines.append(pad(indent + 2) + (random.chance(50) ? "- like an entry" : "text")) }
                return prefix + header
            case 6: return prefix + "[a, \(random.below(9)), {k: v}]"
            case 7: return prefix + "{x: 1, y: [2]}"
            case 8: return prefix + "café 🦙"
            case 9: return ""
            default: return prefix + "v\(random.below(999))"
            }
        }

        mutating func comment() -> String { random.chance(10) ? " # note" : "" }

        /// Adds the line `start` followed by a scalar, before the lines the scalar adds below it.
        mutating func line(_ start: String, scalarAt indent: Int) {
            let index = lines.count
            lines.append("")
            let value = scalar(indent: indent)
            lines[index] = start + value + comment()
        }

        /// A block sequence with its `-` at `indent`.
        mutating func sequence(indent: Int, depth: Int) {
            for _ in 0..<random.below(4) + 1 {
                let choice = depth > 3 ? 0 : random.below(5)
                switch choice {
                case 1:  // a compact mapping
                    line(pad(indent) + "- k\(random.below(9)): ", scalarAt: indent + 2)
                    // The scalar may have added its lines below the first pair; later pairs go after them.
                    mapping(indent: indent + 2, depth: depth + 1, pairs: random.below(3))
                case 2:  // a nested block collection on the next lines
                    lines.append(pad(indent) + "-")
                    if random.chance(50) {
                        sequence(indent: indent + 2, depth: depth + 1)
                    } else {
                        mapping(indent: indent + 2, depth: depth + 1, pairs: random.below(3) + 1)
                    }
                case 3:  // a compact nested sequence
                    line(pad(indent) + "- - ", scalarAt: indent + 2)
                    sequence(indent: indent + 2, depth: depth + 1)
                default:
                    line(pad(indent) + "- ", scalarAt: indent)
                }
                if random.chance(5) { lines.append(random.chance(50) ? "" : pad(random.below(6)) + "# comment") }
            }
        }

        /// `pairs` pairs of a block mapping at `indent`.
        mutating func mapping(indent: Int, depth: Int, pairs: Int) {
            for _ in 0..<pairs {
                let key = "k\(random.below(99))"
                switch depth > 3 ? 0 : random.below(4) {
                case 1:
                    lines.append(pad(indent) + key + ":")
                    sequence(indent: random.chance(50) ? indent : indent + 2, depth: depth + 1)  // indentless or not
                case 2:
                    lines.append(pad(indent) + key + ":")
                    mapping(indent: indent + 2, depth: depth + 1, pairs: random.below(3) + 1)
                default:
                    line(pad(indent) + key + ": ", scalarAt: indent)
                }
            }
        }

        /// A document: a mapping with lists, or a list at the root; sometimes a directive, a document end, a BOM.
        mutating func document() -> String {
            if random.chance(10) { lines += ["%TAG ! tag:example.com,2026:", "---"] }
            if random.chance(50) {
                lines.append("models:")
                sequence(indent: random.chance(30) ? 0 : 2, depth: 1)
                if random.chance(30) {
                    lines.append("more:")
                    sequence(indent: 2, depth: 1)
                }
            } else {
                sequence(indent: 0, depth: 1)
            }
            if random.chance(10) { lines.append(random.chance(50) ? "..." : "---\nx: 1") }
            if random.chance(33) { damage() }
            let text = lines.joined(separator: random.chance(10) ? "\r\n" : "\n") + (random.chance(90) ? "\n" : "")
            return random.chance(5) ? "\u{FEFF}" + text : text
        }

        /// Moves a line left or right, cuts one, or adds one.
        mutating func damage() {
            let i = random.below(lines.count)
            switch random.below(4) {
            case 0: lines[i] = " " + lines[i]
            case 1: if lines[i].hasPrefix(" ") { lines[i].removeFirst() }
            case 2: lines.remove(at: i)
            default: lines.insert(["x: 1", "  - y", "---", "...", "\t- t", "  - [a,", "  - \"b"][random.below(7)], at: i)
            }
            if lines.isEmpty { lines = ["- x"] }
        }
    }

    /// The events of `bytes` read on this thread, libyaml's error, and what became of the tail.
    static func events(_ bytes: [UInt8], split: SplitPoint?) -> (events: [SplitParseTests.Recorded], error: YAMLError?, outcome: SplitOutcome) {
        bytes.withUnsafeBufferPointer { buffer in
            let reader = EventReader(buffer, splittingAt: split, chunkSize: 5)
            defer { reader.endSpeculation() }
            var events: [SplitParseTests.Recorded] = []
            let chunk = EventChunk()
            while true {
                chunk.removeAll()
                let over = reader.read(into: chunk, limit: 5)
                var texts = EventChunk.TextReader(chunk.bytes)
                for event in chunk.events {
                    let text = texts.texts(of: event)
                    events.append(.init(
                        kind: event.kind, mark: event.mark, style: event.style, value: text.value, anchor: text.anchor, tag: text.tag))
                }
                if over { return (events, chunk.error, reader.splitOutcome) }
            }
        }
    }

    /// The starts of the lines `<spaces>- …` and `<spaces>-`, with the column of the `-`.
    static func entryLines(_ bytes: [UInt8]) -> [SplitPoint] {
        var points: [SplitPoint] = []
        for start in bytes.indices where start > 0 && bytes[start - 1] == 0x0A {
            var i = start
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            guard i + 1 < bytes.count, bytes[i] == 0x2D else { continue }
            if bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A || bytes[i + 1] == 0x0D {
                points.append(SplitPoint(offset: start, column: i - start))
            }
        }
        return points
    }

    @Test(arguments: 0..<8)
    func everySplitOfRandomDocumentsGivesOneParse(batch: Int) {
        var random = Random(state: UInt64(batch) &* 7919)
        var outcomes: [SplitOutcome: Int] = [:]
        for _ in 0..<60 {
            var writer = Writer(random: Random(state: random.next()))
            let text = writer.document()
            let bytes = Array(text.utf8)
            let expected = Self.events(bytes, split: nil)
            for point in Self.entryLines(bytes) {
                let actual = Self.events(bytes, split: point)
                outcomes[actual.outcome, default: 0] += 1
                guard actual.events == expected.events, actual.error == expected.error else {
                    Issue.record("split at \(point) of:\n\(text)\n\(actual.outcome): \(actual.error.map(String.init(describing:)) ?? "no error") against \(expected.error.map(String.init(describing:)) ?? "no error")")
                    return
                }
            }
        }
        // Both paths must be tried, not only refusals.
        #expect(outcomes[.adopted, default: 0] > 20, "\(outcomes)")
    }
}
