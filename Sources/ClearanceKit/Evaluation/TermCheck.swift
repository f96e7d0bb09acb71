/// Checks one license's own terms against the facts that apply to one component.
///
/// These are facts of the license: a policy cannot allow them away, only an exception can.
struct TermCheck {
    let descriptor: LicenseDescriptor
    let component: Component
    let facts: Usage

    private var id: String { descriptor.id }

    func findings() -> [Draft] {
        commercialUse() + caps() + domicile() + hosting() + outputTraining() + distribution() + derivatives()
            + useRestrictions()
    }

    /// Whether the model is multimodal, and what says so when it is a fact of the model rather than declared:
    /// the index of well-known models first, then the descriptor's `models`, then the facts.
    var multimodal: (value: Bool?, evidence: String?) {
        if let known = component.known {
            return (
                known.multimodal,
                "the model is \(known.multimodal ? "" : "not ")multimodal (index of well-known models, \(known.source))"
            )
        }
        if let fact = descriptor.models.multimodal {
            let every = fact.value == .all
            return (every, "\(every ? "every" : "no") model under \(id) is multimodal (\(fact.source))")
        }
        return (facts.multimodal, nil)
    }

    /// The declared channels that are among `activities` (a model API is a hosted service too).
    static func channels(_ distribution: [Usage.Distribution], among activities: [Activity]) -> [Usage.Distribution] {
        distribution.filter { channel in
            activities.contains(Activity(channel)) || (channel == .modelAPI && activities.contains(.hosted))
        }
    }

    private func finding(_ rule: Rule, _ verdict: Verdict, _ message: String, clause: String?, fact key: Usage.Key?)
        -> Draft
    {
        Draft(rule, verdict, message, license: id, clause: clause, citation: key.map(Citation.fact))
    }

    private func missing(_ key: Usage.Key, for term: String, clause: String?) -> Draft {
        finding(
            .missingFact, .review,
            "\(id) \(term), but '\(key.rawValue)' is not declared; declare it in the policy, the manifest or with --set \(key.rawValue)=…",
            clause: clause, fact: nil)
    }

    func commercialUse() -> [Draft] {
        guard let p = descriptor.permission(.commercialUse) else {
            if facts.commercial == true {
                return [
                    finding(
                        .unverifiedTerm, .review,
                        "\(id) does not state whether commercial use is permitted (unverified in the catalog); check the license text",
                        clause: nil, fact: .commercial)
                ]
            }
            return []
        }
        guard p.value == .no else { return [] }
        switch facts.commercial {
        case true?:
            return [
                finding(
                    .commercialUse, .fail, "\(id) does not permit commercial use, and the use is declared commercial",
                    clause: p.clause, fact: .commercial)
            ]
        case nil:
            return [missing(.commercial, for: "does not permit commercial use", clause: p.clause)]
        case false?:
            return []
        }
    }

    func caps() -> [Draft] {
        var result: [Draft] = []
        if let cap = descriptor.limits.monthlyActiveUsers {
            let when =
                cap.measured == .releaseDate
                ? ", measured on the version release date" + (descriptor.published.map { " (\($0))" } ?? "")
                : ""
            if let users = facts.monthlyActiveUsers {
                if users > cap.maximum {
                    result.append(
                        finding(
                            .userCap, .fail,
                            "\(Explanation.number(users)) monthly active users exceed \(id)'s cap of \(Explanation.number(cap.maximum))\(cap.affiliates ? " (affiliates count)" : "")\(when); a separate license from the licensor is needed",
                            clause: cap.clause, fact: .monthlyActiveUsers))
                }
            } else {
                result.append(
                    missing(
                        .monthlyActiveUsers, for: "caps monthly active users at \(Explanation.number(cap.maximum))",
                        clause: cap.clause))
            }
        }
        if let cap = descriptor.limits.annualRevenueUSD {
            if let revenue = facts.annualRevenueUSD {
                if revenue > cap.maximum {
                    result.append(
                        finding(
                            .revenueCap, .fail,
                            "annual revenue of US$\(Explanation.number(revenue)) exceeds \(id)'s cap of US$\(Explanation.number(cap.maximum))\(cap.affiliates ? " (affiliates count)" : ""); the license ends and another is needed",
                            clause: cap.clause, fact: .annualRevenueUSD))
                }
            } else {
                result.append(
                    missing(
                        .annualRevenueUSD, for: "caps annual revenue at US$\(Explanation.number(cap.maximum))",
                        clause: cap.clause))
            }
        }
        return result
    }

    func domicile() -> [Draft] {
        var result: [Draft] = []
        let (multimodal, evidence) = self.multimodal
        let because = evidence.map { "; \($0)" } ?? ""
        for rule in descriptor.restrictions.domicile {
            let regions = rule.excluded.joined(separator: ", ")
            guard let domicile = facts.domicile else {
                if rule.appliesTo == .all || multimodal != false {
                    result.append(
                        missing(
                            .domicile,
                            for:
                                "excludes organizations domiciled in \(regions) for \(rule.appliesTo == .multimodal ? "multimodal models" : "all use")",
                            clause: rule.clause))
                }
                continue
            }
            let excluded =
                rule.excluded.contains(domicile) || (rule.excluded.contains("EU") && Usage.euMembers.contains(domicile))
            guard excluded else { continue }
            switch (rule.appliesTo, multimodal) {
            case (.all, _), (.multimodal, true?):
                result.append(
                    finding(
                        .domicile, .fail,
                        "\(id) grants no rights\(rule.appliesTo == .multimodal ? " to multimodal models" : "") to organizations domiciled in \(regions); the declared domicile is \(domicile)\(rule.appliesTo == .multimodal ? because : "")",
                        clause: rule.clause, fact: .domicile))
            case (.multimodal, nil):
                result.append(
                    finding(
                        .missingFact, .review,
                        "\(id) excludes \(regions)-domiciled organizations from multimodal models (domicile \(domicile)); declare 'multimodal' for \(component.name)",
                        clause: rule.clause, fact: .domicile))
            case (.multimodal, false?):
                break
            }
        }
        return result
    }

    func hosting() -> [Draft] {
        let restriction = descriptor.restrictions.hostingUse
        let permission = descriptor.permission(.hosting)
        let restricted = (restriction.map { $0.value != .allowed } ?? false) || permission?.value == .no
        guard restricted else { return [] }
        let clause = restriction?.clause ?? permission?.clause
        let trigger = restriction?.when ?? Trigger(.hosting, distribution: nil)
        let what = trigger.activities == [.modelAPI] ? "offering the model as an API" : "hosted use"
        guard let distribution = facts.distribution else {
            return [missing(.distribution, for: "restricts \(what)", clause: clause)]
        }
        let channels = Self.channels(distribution, among: trigger.activities)
        guard !channels.isEmpty else { return [] }
        let how =
            restriction?.value == .restricted
            ? "restricts \(what) (a separate license is needed)" : "does not permit \(what)"
        return [
            finding(
                .hosting, .fail,
                "\(id) \(how), and the model is declared \(channels.map(\.rawValue).joined(separator: ", "))",
                clause: clause, fact: .distribution)
        ]
    }

    func outputTraining() -> [Draft] {
        guard let t = descriptor.restrictions.outputTraining, t.value == .forbidden || t.value == .restricted else {
            return []
        }
        let scoped = t.value == .restricted
        switch facts.trainsOnOutputs {
        case true? where scoped:
            return [
                finding(
                    .outputTraining, .review,
                    "\(id) forbids using its outputs to train or improve other models of the kind its \(t.clause) names, and trains-on-outputs is declared; check that the model trained is outside that scope",
                    clause: t.clause, fact: .trainsOnOutputs)
            ]
        case true?:
            return [
                finding(
                    .outputTraining, .fail,
                    "\(id) forbids using its outputs to train or improve other models, and trains-on-outputs is declared",
                    clause: t.clause, fact: .trainsOnOutputs)
            ]
        case nil:
            let what =
                scoped
                ? "forbids using its outputs to train some other models"
                : "forbids using its outputs to train other models"
            return [missing(.trainsOnOutputs, for: what, clause: t.clause)]
        case false?:
            return []
        }
    }

    func distribution() -> [Draft] {
        guard let p = descriptor.permission(.distribution), p.value == .no else { return [] }
        guard let distribution = facts.distribution else {
            return [missing(.distribution, for: "does not permit distribution", clause: p.clause)]
        }
        let copies = Self.channels(distribution, among: descriptor.distributionActivities)
        guard !copies.isEmpty else { return [] }
        return [
            finding(
                .distribution, .fail,
                "\(id) does not permit distribution, and the model is declared distributed (\(copies.map(\.rawValue).joined(separator: ", ")))",
                clause: p.clause, fact: .distribution)
        ]
    }

    func derivatives() -> [Draft] {
        let p = [descriptor.permission(.derivatives), descriptor.permission(.modification)].compactMap { $0 }.first {
            $0.value == .no
        }
        guard let p else { return [] }
        switch facts.modifies {
        case true?:
            return [
                finding(
                    .derivatives, .fail, "\(id) does not permit derivatives, and modifies is declared",
                    clause: p.clause, fact: .modifies)
            ]
        case nil:
            return [missing(.modifies, for: "does not permit derivatives", clause: p.clause)]
        case false?:
            return []
        }
    }

    /// A `use-restriction` finding for each declared purpose the license's list restricts, with the item's
    /// verdict; a review when purposes are declared but the license's acceptable-use policy has no categories
    /// in the catalog (they cannot be checked).
    func useRestrictions() -> [Draft] {
        guard let purposes = facts.purposes, !purposes.isEmpty else { return [] }
        let list = descriptor.restrictions.useRestrictions
        let categories = list?.categories ?? []
        if categories.isEmpty, let aup = descriptor.restrictions.acceptableUsePolicy {
            return [
                finding(
                    .unverifiedTerm, .review,
                    "\(id) restricts uses in an acceptable-use policy (\(aup.url)) whose categories are not in the catalog; check the declared purposes (\(purposes.map(\.rawValue).joined(separator: ", "))) against it",
                    clause: aup.clause, fact: .purposes)
            ]
        }
        var result: [Draft] = []
        for item in categories where purposes.contains(item.id) {
            let condition = item.verdict == .review ? " (a condition applies: review it)" : ""
            result.append(
                finding(
                    .useRestriction, item.verdict,
                    "\(id) restricts use for \(item.id.rawValue)\(condition): \"\(item.text)\"; the declared purposes include \(item.id.rawValue)",
                    clause: item.clause, fact: .purposes))
        }
        return result
    }
}
