import Dispatch

/// Plain text for a terminal: components grouped by verdict (fail, review, pass), one line per finding with
/// its clause and policy line, and a one-line summary at the end.
///
/// Input text is made terminal-safe (no control characters); colour is ANSI and only when
/// ``RenderContext/colour`` is true. Lines are written as UTF-8 bytes, each component's block on its own and
/// on all cores; the order stays the same.
struct TextFormatter: ReportFormatter {
    func render(_ report: Report, context: RenderContext) -> String {
        String(decoding: renderUTF8(report, context: context), as: UTF8.self)
    }

    func renderUTF8(_ report: Report, context: RenderContext) -> [UInt8] {
        let paint = Paint(enabled: context.colour)
        // The text in pieces, joined once at the end: the lines around the groups, and the groups' chunks.
        var pieces: [TextBuffer] = []
        var out = TextBuffer()
        out.write("Clearance \(ClearanceVersion.string): policy \"")
        out.writeSafe(report.policy.name)
        out.write("\" (")
        out.writeSafe(report.policy.file)
        out.write("), as of ")
        out.writeSafe(report.asOf)
        out.newline()
        let order = report.orderedIndices
        if order.isEmpty { out.write("\nNo components were checked.\n") }
        // The results grouped by verdict, each read in place (not copied) to learn its verdict.
        let groups = report.results.withUnsafeBufferPointer { buffer in
            let results = LentElements(buffer: buffer)
            return Verdict.allCases.map { verdict in order.filter { results[$0].verdict == verdict } }
        }
        for (verdict, group) in zip(Verdict.allCases, groups).reversed() {
            guard !group.isEmpty else { continue }
            out.newline()
            paint.bold(&out) { paint.verdict(verdict, &$0) { $0.write(verdict.heading) } }
            out.newline()
            // Blocks are written in chunks, on all cores.
            let chunks = concurrentMap((group.count + 1023) / 1024, minimumCount: 2) { c in
                var text = TextBuffer()
                var rendered: [UInt: TextBuffer] = [:]
                report.results.withUnsafeBufferPointer { results in
                    for i in (c * 1024)..<min(group.count, (c + 1) * 1024) {
                        block(for: results.baseAddress! + group[i], paint: paint, rendered: &rendered, into: &text)
                    }
                }
                return text
            }
            pieces.append(out)
            pieces += chunks
            out = TextBuffer()
        }
        if !report.policyFindings.isEmpty {
            out.newline()
            paint.bold(&out) { $0.write("POLICY") }
            out.newline()
            for finding in report.policyFindings.displayOrdered {
                out.write("    ")
                line(for: finding, paint: paint, into: &out)
                out.newline()
            }
        }
        out.write("\nThis report is not legal advice.\n")
        out.write(report.countsLine)
        out.write(" — verdict: ")
        paint.verdict(report.verdict, &out) { $0.write(report.verdict.rawValue) }
        if context.baselined > 0 {
            out.write(" (\(context.baselined) \(context.baselined == 1 ? "finding" : "findings") baselined)")
        }
        out.newline()
        pieces.append(out)
        return TextBuffer.joined(pieces)
    }

    /// A component's header line and its findings, one per line.
    ///
    /// `rendered` holds the finding lines already written, by the storage of their findings: results of one
    /// evaluation share that storage (see ``Evaluator``), and then their lines are written once and copied.
    private func block(
        for result: UnsafePointer<Report.Result>, paint: Paint, rendered: inout [UInt: TextBuffer],
        into out: inout TextBuffer
    ) {
        // By pointer: a result borrowed from the report would be copied for the call, a reference taken to each
        // of its fields.
        out.write("  ")
        let name = result.pointee.component
        paint.bold(&out) { $0.writeSafe(name) }
        out.write(" (")
        out.write(result.pointee.kind.rawValue)
        out.write(", ")
        out.writeSafe(result.pointee.license)
        out.write(")")
        if let location = result.pointee.location {
            out.write(" ")
            out.writePosition(location)
        }
        out.newline()
        // The storage lives as long as the report, so while rendering its address names these findings.
        let storage = result.pointee.findings.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        if let known = rendered[storage] { return out.write(known) }
        var text = TextBuffer()
        for finding in result.pointee.orderedFindings {
            text.write("    ")
            line(for: finding, paint: paint, into: &text)
            text.newline()
        }
        out.write(text)
        if !result.pointee.findings.isEmpty { rendered[storage] = text }
    }

    /// `fail    user-cap: message [clause §2, policy.yaml:12]`, verdict padded to a column.
    private func line(for finding: Finding, paint: Paint, into out: inout TextBuffer) {
        let verdict = finding.effectiveVerdict
        paint.verdict(verdict, &out) { $0.write(verdict.rawValue) }
        out.write(String(repeating: " ", count: 8 - verdict.rawValue.utf8.count))
        out.write(finding.rule.rawValue)
        out.write(": ")
        out.writeSafe(finding.message)
        var notes: [String] = []
        if let citation = finding.citation { notes.append(citation) }
        if let waiver = finding.waivedBy { notes.append("\(finding.verdict.rawValue), waived by \(waiver)") }
        if !notes.isEmpty { out.writeSafe(" [\(notes.joined(separator: "; "))]") }
    }

    /// ANSI styling that does nothing when disabled.
    private struct Paint {
        var enabled: Bool

        func bold(_ out: inout TextBuffer, _ body: (inout TextBuffer) -> Void) { style("1", &out, body) }

        func verdict(_ verdict: Verdict, _ out: inout TextBuffer, _ body: (inout TextBuffer) -> Void) {
            switch verdict {
            case .fail: style("31", &out, body)
            case .review: style("33", &out, body)
            case .pass: style("32", &out, body)
            }
        }

        private func style(_ code: String, _ out: inout TextBuffer, _ body: (inout TextBuffer) -> Void) {
            guard enabled else { return body(&out) }
            out.write("\u{1B}[\(code)m")
            body(&out)
            out.write("\u{1B}[0m")
        }
    }
}

/// UTF-8 text built up by appending: what the text formats write into instead of joining strings.
struct TextBuffer: Sendable {
    private(set) var bytes: [UInt8] = []

    /// The bytes of `pieces`, one after the other, copied into place on all cores.
    static func joined(_ pieces: [TextBuffer]) -> [UInt8] {
        var starts = [0]
        for piece in pieces { starts.append(starts.last! + piece.bytes.count) }
        let offsets = starts
        guard offsets.last! > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: offsets.last!) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: pieces.count) { i in
                pieces[i].bytes.withUnsafeBufferPointer { slots.initialize(offsets[i], from: $0) }
            }
            initialized = offsets.last!
        }
    }

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ other: TextBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    /// `text` made safe for a terminal line (see `String.terminalSafe`).
    mutating func writeSafe(_ text: String) {
        write(text.terminalSafe)
    }

    mutating func newline() {
        bytes.append(0x0A)
    }

    /// `location.position`, made safe, written without making that string: one per component in a long report.
    mutating func writePosition(_ location: SourceLocation) {
        writeSafe(location.file)
        guard let line = location.line else { return }
        bytes.append(UInt8(ascii: ":"))
        write(String(line))  // a small string: no allocation
        if let column = location.column {
            bytes.append(UInt8(ascii: ":"))
            write(String(column))
        }
    }
}
