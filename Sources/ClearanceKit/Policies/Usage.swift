/// Facts about how the organization uses models: the inputs license terms are checked against.
///
/// Every fact is optional: a fact a term needs that nobody declared gives a `missing-fact` review, never a
/// pass. ``sources`` remembers where each fact was declared, so findings can cite it.
public struct Usage: Hashable, Sendable, Codable {
    public var commercial: Bool?
    public var monthlyActiveUsers: Int?
    public var annualRevenueUSD: Int?
    /// An officially assigned ISO 3166-1 alpha-2 country code (``countryCodes``) or `EU`, upper case.
    public var domicile: String?
    public var distribution: [Distribution]?
    public var modifies: Bool?
    public var trainsOnOutputs: Bool?
    /// Whether models are multimodal: in a policy, what every model counts as unless a stricter fact says
    /// otherwise; in a manifest, the component's `multimodal` key (or `usage`).
    public var multimodal: Bool?
    /// What the models are used for, in the restricted-use vocabulary (``RestrictedUse``): each purpose a
    /// license restricts gives a `use-restriction` finding. Undeclared: nothing is checked against the lists
    /// (the acceptable-use obligation still applies).
    public var purposes: [RestrictedUse]?
    /// Where each fact was declared, by its key (`monthly-active-users`).
    public var sources = Sources()

    /// How the organization makes a model available.
    public enum Distribution: String, Hashable, Sendable, Codable, CaseIterable {
        /// A product or service that uses the model is offered to others over a network (SaaS, an app's backend).
        case hosted
        /// The model itself is offered to others as an inference or fine-tuning API (a hosted service too).
        case modelAPI = "model-api"
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
        case multimodal
        case purposes
    }

    public init() {}

    /// These facts, with every fact that `other` declares taking precedence.
    public func overlaid(by other: Usage) -> Usage {
        if other.declaresNothing { return self }
        if declaresNothing { return other }
        var result = self
        if let v = other.commercial { result.commercial = v }
        if let v = other.monthlyActiveUsers { result.monthlyActiveUsers = v }
        if let v = other.annualRevenueUSD { result.annualRevenueUSD = v }
        if let v = other.domicile { result.domicile = v }
        if let v = other.distribution { result.distribution = v }
        if let v = other.modifies { result.modifies = v }
        if let v = other.trainsOnOutputs { result.trainsOnOutputs = v }
        if let v = other.multimodal { result.multimodal = v }
        if let v = other.purposes { result.purposes = v }
        result.sources.merge(other.sources)
        return result
    }

    /// Whether no fact is declared (and so none has a source).
    var declaresNothing: Bool {
        commercial == nil && monthlyActiveUsers == nil && annualRevenueUSD == nil && domicile == nil
            && distribution == nil && modifies == nil && trainsOnOutputs == nil && multimodal == nil && purposes == nil
            && sources.isEmpty
    }

    /// Whether the domicile is the European Union or one of its member states.
    public var isEUDomiciled: Bool? {
        domicile.map { $0 == "EU" || Usage.euMembers.contains($0) }
    }

    /// The 27 EU member states (ISO 3166-1 alpha-2).
    public static let euMembers: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]

    /// The officially assigned ISO 3166-1 alpha-2 codes (249), as listed by the ISO 3166 Maintenance Agency
    /// (ISO Online Browsing Platform, https://www.iso.org/obp/ui/#search/code/); checked against Debian's
    /// `iso-codes` 4.15.0 (`/usr/share/iso-codes/json/iso_3166-1.json`). User-assigned (`XA`–`XZ`, `AA`, `QM`–
    /// `QZ`, `ZZ`), exceptionally reserved (`UK`, `EU` is accepted separately) and withdrawn codes are not in it.
    public static let countryCodes: Set<String> = Set(
        """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
        BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
        DE DJ DK DM DO DZ
        EC EE EG EH ER ES ET
        FI FJ FK FM FO FR
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
        HK HM HN HR HT HU
        ID IE IL IM IN IO IQ IR IS IT
        JE JM JO JP
        KE KG KH KI KM KN KP KR KW KY KZ
        LA LB LC LI LK LR LS LT LU LV LY
        MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
        NA NC NE NF NG NI NL NO NP NR NU NZ
        OM
        PA PE PF PG PH PK PL PM PN PR PS PT PW PY
        QA
        RE RO RS RU RW
        SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
        TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
        UA UG UM US UY UZ
        VA VC VE VG VI VN VU
        WF WS
        YE YT
        ZA ZM ZW
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Whether `code` (upper case) is a domicile Clearance accepts: an assigned ISO 3166-1 alpha-2 code or `EU`.
    public static func isDomicile(_ code: String) -> Bool {
        code == "EU" || countryCodes.contains(code)
    }
}
