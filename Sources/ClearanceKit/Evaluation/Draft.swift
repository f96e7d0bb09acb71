/// A finding being made, with what it cites still a ``Citation``.
struct Draft: Hashable, Sendable {
    /// The finding, its `policy` line not yet set.
    var finding: Finding
    var citation: Citation?

    init(
        _ rule: Rule, _ verdict: Verdict, _ message: String, license: String? = nil, clause: String? = nil,
        citation: Citation? = nil
    ) {
        finding = Finding(rule, verdict, message, license: license, clause: clause)
        self.citation = citation
    }

    /// The finding, citing a line, or the line where `sources` declare its fact.
    func finding(citing sources: Usage.Sources) -> Finding {
        var finding = finding
        switch citation {
        case .line(let location): finding.policy = location
        case .fact(let key): finding.policy = sources[key]
        case nil: break
        }
        return finding
    }
}
