extension Usage {
    /// Whether `other`'s value for `key` is less restrictive than this one's: a license term could pass under
    /// `other`'s value that fails under this one. Both must declare `key`.
    ///
    /// | fact | less restrictive |
    /// |---|---|
    /// | `commercial` | `true` → `false` |
    /// | `monthly-active-users` | a smaller number |
    /// | `annual-revenue-usd` | a smaller number |
    /// | `domicile` | any other domicile (no domicile is safer than another) |
    /// | `distribution` | a list without one of this one's channels other than `internal` |
    /// | `modifies` | `true` → `false` |
    /// | `trains-on-outputs` | `true` → `false` |
    /// | `multimodal` | `true` → `false` |
    /// | `purposes` | a list without one of this one's purposes |
    ///
    /// The same value, and a stricter one (a larger number, `false` → `true`, more channels), are not.
    public func isLoosened(_ key: Key, by other: Usage) -> Bool {
        switch key {
        case .commercial: commercial == true && other.commercial == false
        case .monthlyActiveUsers: Self.isSmaller(other.monthlyActiveUsers, than: monthlyActiveUsers)
        case .annualRevenueUSD: Self.isSmaller(other.annualRevenueUSD, than: annualRevenueUSD)
        case .domicile: domicile != nil && other.domicile != nil && domicile != other.domicile
        case .distribution:
            (distribution ?? []).contains { $0 != .internal && !(other.distribution ?? []).contains($0) }
        case .modifies: modifies == true && other.modifies == false
        case .trainsOnOutputs: trainsOnOutputs == true && other.trainsOnOutputs == false
        case .multimodal: multimodal == true && other.multimodal == false
        case .purposes: (purposes ?? []).contains { !(other.purposes ?? []).contains($0) }
        }
    }

    private static func isSmaller(_ a: Int?, than b: Int?) -> Bool {
        guard let a, let b else { return false }
        return a < b
    }

    /// Whether `key` has a value.
    public func declares(_ key: Key) -> Bool {
        switch key {
        case .commercial: commercial != nil
        case .monthlyActiveUsers: monthlyActiveUsers != nil
        case .annualRevenueUSD: annualRevenueUSD != nil
        case .domicile: domicile != nil
        case .distribution: distribution != nil
        case .modifies: modifies != nil
        case .trainsOnOutputs: trainsOnOutputs != nil
        case .multimodal: multimodal != nil
        case .purposes: purposes != nil
        }
    }

    /// Sets `key`'s value and source to `other`'s.
    mutating func take(_ key: Key, from other: Usage) {
        switch key {
        case .commercial: commercial = other.commercial
        case .monthlyActiveUsers: monthlyActiveUsers = other.monthlyActiveUsers
        case .annualRevenueUSD: annualRevenueUSD = other.annualRevenueUSD
        case .domicile: domicile = other.domicile
        case .distribution: distribution = other.distribution
        case .modifies: modifies = other.modifies
        case .trainsOnOutputs: trainsOnOutputs = other.trainsOnOutputs
        case .multimodal: multimodal = other.multimodal
        case .purposes: purposes = other.purposes
        }
        sources[key] = other.sources[key]
    }

    /// `key`'s value as written in YAML (`850000000`, `[hosted, weights]`), or nil when it is not declared.
    public func text(_ key: Key) -> String? {
        switch key {
        case .commercial: commercial.map(String.init)
        case .monthlyActiveUsers: monthlyActiveUsers.map(String.init)
        case .annualRevenueUSD: annualRevenueUSD.map(String.init)
        case .domicile: domicile
        case .distribution: distribution.map { "[" + $0.map(\.rawValue).joined(separator: ", ") + "]" }
        case .modifies: modifies.map(String.init)
        case .trainsOnOutputs: trainsOnOutputs.map(String.init)
        case .multimodal: multimodal.map(String.init)
        case .purposes: purposes.map { "[" + $0.map(\.rawValue).joined(separator: ", ") + "]" }
        }
    }
}
