extension Report {
    /// The results in the order every format shows them: by component name, then kind, then location.
    var orderedResults: [Result] {
        orderedIndices.map { results[$0] }
    }

    /// The positions of ``results`` in display order: positions are sorted, not the results themselves, since
    /// moving a result costs a reference count per field. When every name is ASCII (whose `String` order is its
    /// bytes' order), keys of each name's first 32 bytes are sorted, and results are read only to order a run of
    /// equal keys.
    var orderedIndices: [Int] {
        func precedes(_ i: Int, _ j: Int) -> Bool {
            if results[i].component != results[j].component { return results[i].component < results[j].component }
            if results[i].kind != results[j].kind { return results[i].kind.rawValue < results[j].kind.rawValue }
            if results[i].location != results[j].location {
                return Self.precedes(results[i].location, results[j].location)
            }
            return i < j
        }
        var keys: [SortKey] = []
        keys.reserveCapacity(results.count)
        for index in results.indices {
            guard let key = SortKey(results[index].component, index: index) else {
                // Results often come in display order already (a manifest written in order).
                if results.indices.dropFirst().allSatisfy({ !precedes($0, $0 - 1) }) { return Array(results.indices) }
                return results.indices.sorted(by: precedes)
            }
            keys.append(key)
        }
        // By first bytes, which reads no result (and is quick on keys already in order); then each run of equal
        // first bytes by the whole order.
        keys.sort(by: <)
        var indices = keys.map(\.index)
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end].hasPrefix(of: keys[start]) { end += 1 }
            if end - start > 1 { indices[start..<end].sort(by: precedes) }
            start = end
        }
        return indices
    }

    /// A result's place in the sort: the first 32 bytes of its name (zeros after a shorter one), as numbers that
    /// compare as the bytes do, then its position.
    private struct SortKey: Comparable {
        var words: SIMD4<UInt64>
        var index: Int

        /// Nil when the name is not all ASCII: its bytes' order is then not its `String` order.
        init?(_ name: String, index: Int) {
            let read = { (bytes: UnsafeBufferPointer<UInt8>) -> SIMD4<UInt64>? in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                var words = SIMD4<UInt64>()
                for offset in 0..<min(32, bytes.count) {
                    words[offset / 8] |= UInt64(bytes[offset]) << UInt64(8 * (7 - offset % 8))
                }
                return words
            }
            guard
                let words = name.utf8.withContiguousStorageIfAvailable(read)
                    ?? Array(name.utf8).withUnsafeBufferPointer(read)
            else { return nil }
            self.words = words
            self.index = index
        }

        /// Whether the two names' first 32 bytes are the same.
        func hasPrefix(of other: SortKey) -> Bool {
            words == other.words
        }

        static func < (a: SortKey, b: SortKey) -> Bool {
            (a.words[0], a.words[1], a.words[2], a.words[3], a.index)
                < (b.words[0], b.words[1], b.words[2], b.words[3], b.index)
        }
    }

    /// Whether a result at `a` is shown before one at `b`: by file, line and column (a result without a
    /// location first).
    static func precedes(_ a: SourceLocation?, _ b: SourceLocation?) -> Bool {
        guard let b else { return false }
        guard let a else { return true }
        return a < b
    }

    /// The obligations of every component, merged: one entry per license, obligation, clause and text, with
    /// the components it applies to; sorted by license, obligation id, clause and text.
    var obligationsToFulfil: [MergedObligation] {
        var merged: [MergedObligation.Key: Set<String>] = [:]
        for result in results {
            for item in result.obligations {
                let key = MergedObligation.Key(license: item.license, id: item.id, clause: item.clause, text: item.text)
                merged[key, default: []].insert(result.component)
            }
        }
        return merged.map { MergedObligation(key: $0.key, components: $0.value.sorted()) }
            .sorted {
                ($0.key.license, $0.key.id, $0.key.clause, $0.key.text) < (
                    $1.key.license, $1.key.id, $1.key.clause, $1.key.text
                )
            }
    }

    /// The facts the results were evaluated with, one group per distinct set of facts (values and the lines
    /// that declared them), each with its components by name; in the order of their first component.
    var factGroups: [(facts: Usage, components: [String])] {
        var groups: [(facts: Usage, components: [String])] = []
        var positions: [Int: Int] = [:]  // a fact set's group
        for result in orderedResults {
            if let position = positions[result.factSet] {
                groups[position].components.append(result.component)
            } else {
                positions[result.factSet] = groups.count
                let facts = factSets.indices.contains(result.factSet) ? factSets[result.factSet] : Usage()
                groups.append((facts, [result.component]))
            }
        }
        return groups
    }

    /// The licenses in use whose descriptors list terms the catalog could not verify, by id.
    var licensesWithCaveats: [LicenseInfo] {
        licenses.filter { !$0.unverified.isEmpty }.sorted { $0.id < $1.id }
    }

    /// The name the report gives a license id, or the id itself.
    func licenseName(_ id: String) -> String {
        licenses.first { $0.id == id }?.name ?? id
    }

    /// `2 fail, 1 review, 5 pass`: the summary in words.
    var countsLine: String {
        "\(summary.fail) fail, \(summary.review) review, \(summary.pass) pass"
    }

    /// An obligation to fulfil and the components it comes from.
    struct MergedObligation: Hashable {
        struct Key: Hashable {
            var license: String
            var id: String
            var clause: String
            var text: String
        }
        var key: Key
        var components: [String]
    }
}

extension Report.Result {
    /// The findings in display order: worst effective verdict first, then by rule, message and license.
    var orderedFindings: [Finding] { findings.displayOrdered }
}

extension Array where Element == Finding {
    /// These findings, worst effective verdict first, then by rule, message and license.
    var displayOrdered: [Finding] {
        // Findings often come in display order already; then they are not copied.
        if indices.dropFirst().allSatisfy({ !Self.displayedBefore(self[$0], self[$0 - 1]) }) { return self }
        return sorted(by: Self.displayedBefore)
    }

    private static func displayedBefore(_ a: Finding, _ b: Finding) -> Bool {
        if a.effectiveVerdict != b.effectiveVerdict { return a.effectiveVerdict > b.effectiveVerdict }
        if a.rule != b.rule { return a.rule < b.rule }
        return (a.message, a.license ?? "", a.clause ?? "") < (b.message, b.license ?? "", b.clause ?? "")
    }
}

extension Finding {
    /// Whether a gate could fail on this finding: its effective verdict is review or fail.
    var isOpen: Bool { effectiveVerdict != .pass }

    /// Where the finding comes from, in words: `clause §2, policy.yaml:12`; nil when neither is known.
    var citation: String? {
        let parts = [clause.map { "clause \($0)" }, policy.map(\.shortDescription)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

extension Finding {
    /// The waiver as a sentence: `Waived by the policy exception "EX-12"; without it, this finding would be
    /// fail.`, or, for a baseline, `Accepted by the baseline; without it, this finding would be review.`; nil when
    /// the finding is not waived.
    var waiverSentence: String? {
        guard let waivedBy else { return nil }
        let by = waivedBy == "baseline" ? "Accepted by the baseline" : "Waived by the policy exception \"\(waivedBy)\""
        return "\(by); without it, this finding would be \(verdict.rawValue)."
    }
}

extension Usage {
    /// The declared facts in ``Usage/Key`` order: each key, its value as YAML writes it, and where it was declared.
    var declaredFacts: [(key: Key, value: String, source: SourceLocation?)] {
        Key.allCases.compactMap { key in text(key).map { (key, $0, sources[key]) } }
    }
}

extension SourceLocation {
    /// Whether this is a place in a file compiled into Clearance (`embedded:Policies/default.yaml`), not in
    /// the user's files.
    var isEmbedded: Bool { file.hasPrefix("embedded:") }

    /// `file:line`, or `file` alone: how a policy line is cited.
    var shortDescription: String {
        line.map { "\(file):\($0)" } ?? file
    }
}

extension Verdict {
    /// `FAIL`, `REVIEW`, `PASS`.
    var heading: String { rawValue.uppercased() }
}
