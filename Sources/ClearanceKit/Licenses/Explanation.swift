/// A license's terms in plain English, grouped as a legal reviewer reads them: may, must, must not, limits.
///
/// Every line carries the clause it comes from; unverified notes are listed apart.
public struct Explanation: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var category: LicenseDescriptor.Category
    public var may: [Line] = []
    public var must: [Line] = []
    public var mustNot: [Line] = []
    public var limits: [Line] = []
    public var other: [Line] = []
    public var unverified: [String]
    public var sources: [LicenseDescriptor.Source]
    /// When the terms were last checked, `YYYY-MM-DD`.
    public var verified: String
    public var file: String

    /// One term in a sentence, with its clause.
    public struct Line: Hashable, Sendable, Codable {
        public var text: String
        public var clause: String
        public var note: String?
    }

    public init(_ d: LicenseDescriptor) {
        id = d.id
        name = d.name
        category = d.category
        unverified = d.unverified
        sources = d.sources
        verified = d.verified.description
        file = d.file
        for p in d.permissions {
            let action = Self.action(p.kind)
            switch p.value {
            case .yes: may.append(Line(text: action, clause: p.clause, note: p.note))
            case .conditional:
                may.append(
                    Line(text: "\(action), subject to the limits and obligations below", clause: p.clause, note: p.note)
                )
            case .no: mustNot.append(Line(text: action, clause: p.clause, note: p.note))
            }
        }
        if let cap = d.limits.monthlyActiveUsers {
            limits.append(
                Line(
                    text: "At most \(Self.number(cap.maximum)) monthly active users\(Self.scope(cap, d))",
                    clause: cap.clause, note: cap.note))
        }
        if let cap = d.limits.annualRevenueUSD {
            limits.append(
                Line(
                    text: "At most US$\(Self.number(cap.maximum)) annual revenue\(Self.scope(cap, d))",
                    clause: cap.clause, note: cap.note))
        }
        let r = d.restrictions
        if let t = r.outputTraining {
            switch t.value {
            case .allowed:
                may.append(
                    Line(text: "Use its outputs to train or improve other models", clause: t.clause, note: t.note))
            case .forbidden:
                mustNot.append(
                    Line(text: "Use its outputs to train or improve other models", clause: t.clause, note: t.note))
            case .restricted:
                mustNot.append(
                    Line(
                        text: "Use its outputs to train or improve other models of the kind the clause names",
                        clause: t.clause, note: t.note))
            case .allowedWithNaming:
                let prefix = d.obligations.first { $0.id == .derivativeNaming }?.prefix
                let naming =
                    prefix.map { " if the resulting model's name begins with \"\($0)\"" } ?? " under the naming rule"
                may.append(
                    Line(
                        text: "Use its outputs to train or improve other models\(naming)", clause: t.clause,
                        note: t.note))
            }
        }
        for domicile in r.domicile {
            let what = domicile.appliesTo == .multimodal ? "Use its multimodal models" : "Use it"
            let exempt = domicile.exempt.map { " (not applying to \($0))" } ?? ""
            mustNot.append(
                Line(
                    text: "\(what) if you are domiciled in \(domicile.excluded.joined(separator: ", "))\(exempt)",
                    clause: domicile.clause, note: domicile.note))
        }
        if let h = r.hostingUse, h.value != .allowed {
            let what =
                h.when.activities == [.modelAPI]
                ? "Offer the model itself to others as an inference or fine-tuning API"
                : "Offer it to others as a hosted service"
            let text = h.value == .forbidden ? what : "\(what) without a separate license from the licensor"
            mustNot.append(Line(text: text, clause: h.clause, note: h.note))
        }
        if let u = r.useRestrictions {
            for c in u.categories {
                let condition = c.verdict == .review ? ", a conditional restriction" : ""
                mustNot.append(
                    Line(
                        text: "Use it for \(c.id.rawValue)\(condition): \"\(c.text)\"", clause: c.clause, note: c.note))
            }
            if u.flowDown {
                must.append(Line(text: "Bind your own users to the use restrictions", clause: u.clause, note: u.note))
            }
        }
        if let aup = r.acceptableUsePolicy {
            let change = aup.licensorMayChange ? " (the licensor may change it)" : ""
            must.append(
                Line(
                    text: "Comply with the acceptable use policy at \(aup.url)\(change)", clause: aup.clause,
                    note: aup.note))
        }
        for o in d.obligations where !(o.id == .acceptableUse && r.acceptableUsePolicy != nil) {
            must.append(Line(text: Self.obligation(o), clause: o.clause, note: o.note))
        }
        if let definition = d.definitions.distribution {
            let means = definition.means.map(\.rawValue).joined(separator: ", ")
            other.append(
                Line(
                    text: "\"Distribution\" as the license defines it covers: \(means)", clause: definition.clause,
                    note: definition.note))
        }
        if let fact = d.models.multimodal {
            let text =
                fact.value == .all
                ? "Every model of the release is multimodal" : "No model of the release is multimodal"
            other.append(Line(text: text, clause: fact.source, note: fact.note))
        }
        for t in d.informational.termination {
            other.append(Line(text: "Terminates: \(t.trigger)", clause: t.clause, note: t.note))
        }
        if let t = d.informational.trademark {
            other.append(Line(text: "Trademarks: \(t.text)", clause: t.clause, note: t.note))
        }
        if let i = d.informational.indemnity {
            other.append(Line(text: "Indemnity: \(i.text)", clause: i.clause, note: i.note))
        }
        if let law = d.informational.governingLaw {
            other.append(Line(text: "Governing law: \(law.text)", clause: law.clause, note: nil))
        }
        if let patent = d.informational.patentGrant {
            let text = patent.value == .no ? "No explicit patent grant" : "Patent grant: \(patent.value.rawValue)"
            other.append(Line(text: text, clause: patent.clause, note: patent.note))
        }
    }

    static func action(_ kind: LicenseDescriptor.Permission.Kind) -> String {
        switch kind {
        case .commercialUse: return "Use it commercially"
        case .modification: return "Modify it"
        case .distribution: return "Distribute it"
        case .derivatives: return "Create and share derivative works"
        case .hosting: return "Offer it as a hosted service"
        }
    }

    static func obligation(_ o: LicenseDescriptor.Obligation) -> String {
        let when = o.when.sentence
        let quoted = o.text.map { "\"\($0)\"" }
        switch o.id {
        case .includeLicense: return "\(when), give recipients a copy of the license"
        case .notice: return "\(when), include the notice \(quoted ?? "the license requires")"
        case .attributionDisplay: return "\(when), display \(quoted ?? "the required attribution") prominently"
        case .derivativeNaming: return "\(when), its name must begin with \"\(o.prefix ?? "?")\""
        case .stateChanges: return "\(when), state that and how you changed it"
        case .shareAlike: return "\(when), license adaptations under the same terms"
        case .flowDown: return "\(when), bind your users to the use restrictions"
        case .registration: return "\(when), register with the licensor\(quoted.map { " (\($0))" } ?? "")"
        case .acceptableUse: return "\(when), comply with the acceptable use policy"
        }
    }

    static func scope(_ cap: LicenseDescriptor.Limits.Cap, _ d: LicenseDescriptor) -> String {
        var parts: [String] = []
        parts.append(cap.affiliates ? "counting your affiliates" : "affiliates not counted")
        switch cap.measured {
        case .releaseDate?:
            parts.append("measured on the version release date" + (d.published.map { " (\($0))" } ?? ""))
        case .continuous?: parts.append("at any time")
        case nil: break
        }
        return " (" + parts.joined(separator: ", ") + ")"
    }

    static func number(_ n: Int) -> String {
        var digits = String(n)
        var result = ""
        while digits.count > 3 {
            result = "," + digits.suffix(3) + result
            digits.removeLast(3)
        }
        return digits + result
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
