/// Facts about how the organization uses models: the inputs license terms are checked against.
///
/// Every fact is optional: a fact a term needs that nobody declared gives a `missing-fact` review, never a
/// pass. ``sources`` remembers where each fact was declared, so findings can cite it.
public struct Usage: Hashable, Sendable, Codable {
    public var commercial: Bool?
    public var monthlyActiveUsers: Int?
    public var annualRevenueUSD: Int?
    /// ISO 3166-1 alpha-2 country code, upper case.
    public var domicile: String?
    public var distribution: [Distribution]?
    public var modifies: Bool?
    public var trainsOnOutputs: Bool?
    /// Where each fact was declared, by its key (`monthly-active-users`).
    public var sources = Sources()

    /// How the organization makes a model available.
    public enum Distribution: String, Hashable, Sendable, Codable, CaseIterable {
        /// Served to others over a network (SaaS, API).
        case hosted
        /// Shipped inside an app or device.
        case onDevice = "on-device"
        /// The weights themselves are given to others.
        case weights
        /// Used only inside the organization.
        case `internal`
    }

    /// The keys as written in YAML and in `--set`.
    public enum Key: String, CaseIterable, Sendable {
        case commercial
        case monthlyActiveUsers = "monthly-active-users"
        case annualRevenueUSD = "annual-revenue-usd"
        case domicile, distribution, modifies
        case trainsOnOutputs = "trains-on-outputs"
    }

    public init() {}

    /// These facts, with every fact that `other` declares taking precedence.
    public func overlaid(by other: Usage) -> Usage {
        overlaid(by: other, sources: true)
    }

    /// These facts, with every fact that `other` declares taking precedence; with `sources` false, the values
    /// only, and the sources left as they are (for who asks for the values alone, the cheaper way).
    func overlaid(by other: Usage, sources: Bool) -> Usage {
        if other.declaresNothing { return self }
        if declaresNothing && sources { return other }
        var result = self
        if let v = other.commercial { result.commercial = v }
        if let v = other.monthlyActiveUsers { result.monthlyActiveUsers = v }
        if let v = other.annualRevenueUSD { result.annualRevenueUSD = v }
        if let v = other.domicile { result.domicile = v }
        if let v = other.distribution { result.distribution = v }
        if let v = other.modifies { result.modifies = v }
        if let v = other.trainsOnOutputs { result.trainsOnOutputs = v }
        if sources { result.sources.merge(other.sources) }
        return result
    }

    /// Whether no fact is declared (and so none has a source).
    var declaresNothing: Bool {
        commercial == nil && monthlyActiveUsers == nil && annualRevenueUSD == nil && domicile == nil
            && distribution == nil && modifies == nil && trainsOnOutputs == nil && sources.isEmpty
    }

    /// Whether the domicile is a member state of the European Union.
    public var isEUDomiciled: Bool? {
        domicile.map { Usage.euMembers.contains($0) }
    }

    /// The 27 EU member states (ISO 3166-1 alpha-2).
    public static let euMembers: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]
}
