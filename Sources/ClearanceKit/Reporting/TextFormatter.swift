/// Plain text for a terminal: components grouped by verdict (fail, review, pass), one line per finding with
/// its clause and policy line, and a one-line summary at the end.
///
/// Input text is made terminal-safe (no control characters); colour is ANSI and only when
/// ``RenderContext/colour`` is true.
struct TextFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        String(decoding: renderUTF8(report, context: context), as: UTF8.self)
    }

    func renderUTF8(_ report: Report, context: RenderContext) -> [UInt8] {
        var writer = Writer(paint: Paint(enabled: context.colour))
        writer.render(report, context: context)
        return writer.out
    }

    func render(_ report: Report, context: RenderContext, inPieces write: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(write) { write in
            var writer = Writer(paint: Paint(enabled: context.colour))
            writer.pieces = write
            writer.render(report, context: context)
            writer.out.withUnsafeBytes(write)
        }
    }
}

extension TextFormatter {
    /// One render, written as UTF-8; the finding lines of an array of findings that results share (see
    /// ``StorageIdentity``) are made once.
    private struct Writer {
        let paint: Paint
        var out: [UInt8] = []
        var findingLines: [StorageIdentity: [UInt8]] = [:]
        /// The last file a component's location named, and its terminal-safe UTF-8 with the colon before the line
        /// (a report names a few files many times).
        var lastFile: (file: String, withColon: [UInt8])?
        /// Where the text goes in pieces (see ``ReportFormatter/render(_:context:inPieces:)``); nil to keep it whole.
        var pieces: ((UnsafeRawBufferPointer) -> Void)?

        init(paint: Paint) {
            self.paint = paint
        }

        /// Between two components: hands the text written so far on, when it goes in pieces and is more than
        /// ``JSONWriter/pieceSize``.
        mutating func flush() {
            guard let pieces, out.count >= JSONWriter.pieceSize else { return }
            out.withUnsafeBytes(pieces)
            out.removeAll(keepingCapacity: true)
        }

        mutating func write(_ text: String) {
            out.append(contentsOf: text.utf8)
        }

        /// Writes literal text: a few bytes copied, where appending a string's UTF-8 costs a check of how the
        /// string is stored (a block's seven pieces of punctuation were 2% of a 10 000-component check).
        mutating func write(ascii literal: StaticString) {
            literal.withUTF8Buffer { out.append(contentsOf: $0) }
        }

        mutating func render(_ report: Report, context: RenderContext) {
            if context.quiet { return quiet(report) }
            write("Clearance \(ClearanceVersion.string): policy \"\(report.policy.name.terminalSafe)\" ")
            write("(\(report.policy.file.terminalSafe)), as of \(report.asOf.terminalSafe)\n")
            let ordered = report.orderedIndices
            // Room for the whole text (most components take 200 to 300 bytes), so that it is not copied as it grows:
            // pages reserved and never written take no memory. In pieces, room for a piece and a component.
            out.reserveCapacity(pieces == nil ? 4096 + 512 * ordered.count : 2 * JSONWriter.pieceSize)
            if ordered.isEmpty { write("\nNo components were checked.\n") }
            // Read in the report's order, once: grouping reads them in display order, three times.
            let verdicts = report.results.map(\.verdict)
            for verdict in Verdict.allCases.reversed() {
                let group = ordered.filter { verdicts[$0] == verdict }
                guard !group.isEmpty else { continue }
                write("\n" + paint.bold(paint.verdict(verdict, verdict.heading)) + "\n")
                for index in group {
                    block(for: index, of: report)
                    flush()
                }
            }
            if !report.policyFindings.isEmpty {
                write("\n" + paint.bold("POLICY") + "\n")
                for finding in report.policyFindings.displayOrdered {
                    write("    " + line(for: finding) + "\n")
                }
            }
            write("\nThis report is not legal advice.\n")
            write(report.countsLine + " — verdict: " + paint.verdict(report.verdict, report.verdict.rawValue))
            if context.baselined > 0 {
                write(" (\(context.baselined) \(context.baselined == 1 ? "finding" : "findings") baselined)")
            }
            write("\n")
        }

        /// `--quiet`: the failing and reviewed components with their findings, and the policy's findings; nothing
        /// when everything passes.
        private mutating func quiet(_ report: Report) {
            let ordered = report.orderedIndices
            let verdicts = report.results.map(\.verdict)
            for verdict in [Verdict.fail, .review] {
                for index in ordered where verdicts[index] == verdict {
                    block(for: index, of: report)
                    flush()
                }
            }
            for finding in report.policyFindings.displayOrdered where finding.effectiveVerdict != .pass {
                write("  " + line(for: finding) + "\n")
            }
        }

        /// A component's header line and its findings, one per line.
        private mutating func block(for index: Int, of report: Report) {
            write(ascii: "  ")
            if paint.enabled {
                write(paint.bold(report.results[index].component.terminalSafe))
            } else {
                report.results[index].component.appendTerminalSafe(to: &out)
            }
            write(ascii: " (")
            write(report.results[index].kind.rawValue)
            write(ascii: ", ")
            report.results[index].license.appendTerminalSafe(to: &out)
            write(ascii: ")")
            if let location = report.results[index].location {
                write(ascii: " ")
                write(location)
            }
            write(ascii: "\n")
            let key = StorageIdentity(report.results[index].findings)
            if let lines = findingLines[key] {
                out += lines
                return
            }
            var lines = ""
            for finding in report.results[index].orderedFindings {
                lines += "    " + line(for: finding) + "\n"
            }
            findingLines[key] = Array(lines.utf8)
            write(lines)
        }

        /// `location.description.terminalSafe`, the file's part made once per file and the numbers written as
        /// digits. (The numbers and colons after a file's colon change nothing in how the text is escaped.)
        private mutating func write(_ location: SourceLocation) {
            guard let line = location.line else { return location.file.appendTerminalSafe(to: &out) }
            if let lastFile, lastFile.file == location.file {
                out += lastFile.withColon
            } else {
                let withColon = Array((location.file + ":").terminalSafe.utf8)
                lastFile = (location.file, withColon)
                out += withColon
            }
            writeDigits(line)
            if let column = location.column {
                out.append(UInt8(ascii: ":"))
                writeDigits(column)
            }
        }

        /// A number in decimal, as `String(number)` writes it.
        private mutating func writeDigits(_ number: Int) {
            guard number >= 0 else { return write(String(number)) }
            var divisor = 1
            while divisor <= number / 10 { divisor *= 10 }
            var rest = number
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }

        /// `fail    user-cap: message [clause §2, policy.yaml:12]`, verdict padded to a column, and the waiver as a
        /// sentence when there is one.
        private func line(for finding: Finding) -> String {
            let verdict = finding.effectiveVerdict
            var out = paint.verdict(verdict, verdict.rawValue)
            out += Self.padding[verdict.rawValue.utf8.count]
            out += finding.rule.rawValue
            out += ": "
            out += finding.message.terminalSafe
            if let citation = finding.citation { out += " [\(citation)]".terminalSafe }
            if let waiver = finding.waiverSentence { out += " " + waiver.terminalSafe }
            return out
        }

        /// Spaces that pad a verdict of each length to eight columns.
        private static let padding = (0...8).map { String(repeating: " ", count: 8 - $0) }
    }

    /// ANSI styling that does nothing when disabled.
    private struct Paint {
        var enabled: Bool

        func bold(_ text: String) -> String { style("1", text) }

        func verdict(_ verdict: Verdict, _ text: String) -> String {
            switch verdict {
            case .fail: style("31", text)
            case .review: style("33", text)
            case .pass: style("32", text)
            }
        }

        private func style(_ code: String, _ text: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
    }
}
