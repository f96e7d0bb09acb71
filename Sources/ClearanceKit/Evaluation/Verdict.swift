/// The outcome for a finding, a component or a whole check: pass, review or fail, ordered by severity.
public enum Verdict: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
    case pass, review, fail

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .pass: 0
        case .review: 1
        case .fail: 2
        }
    }
}
