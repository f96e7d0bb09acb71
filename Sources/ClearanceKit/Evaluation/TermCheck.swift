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
        for rule in descriptor.restrictions.domicile {
            let regions = rule.excluded.joined(separator: ", ")
            guard let domicile = facts.domicile else {
                if rule.appliesTo == .all || facts.multimodal != false {
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
            switch (rule.appliesTo, facts.multimodal) {
            case (.all, _), (.multimodal, true?):
                result.append(
                    finding(
                        .domicile, .fail,
                        "\(id) grants no rights\(rule.appliesTo == .multimodal ? " to multimodal models" : "") to organizations domiciled in \(regions); the declared domicile is \(domicile)",
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
        guard let distribution = facts.distribution else {
            return [missing(.distribution, for: "restricts hosted use", clause: clause)]
        }
        guard distribution.contains(.hosted) else { return [] }
        let how =
            restriction?.value == .restricted
            ? "restricts hosted use (a separate license is needed)" : "does not permit hosted use"
        return [
            finding(
                .hosting, .fail, "\(id) \(how), and the model is declared hosted", clause: clause, fact: .distribution)
        ]
    }

    func outputTraining() -> [Draft] {
        guard let t = descriptor.restrictions.outputTraining, t.value == .forbidden else { return [] }
        switch facts.trainsOnOutputs {
        case true?:
            return [
                finding(
                    .outputTraining, .fail,
                    "\(id) forbids using its outputs to train or improve other models, and trains-on-outputs is declared",
                    clause: t.clause, fact: .trainsOnOutputs)
            ]
        case nil:
            return [missing(.trainsOnOutputs, for: "forbids using its outputs to train other models", clause: t.clause)]
        case false?:
            return []
        }
    }

    func distribution() -> [Draft] {
        guard let p = descriptor.permission(.distribution), p.value == .no else { return [] }
        guard let distribution = facts.distribution else {
            return [missing(.distribution, for: "does not permit distribution", clause: p.clause)]
        }
        let copies = distribution.filter { $0 == .weights || $0 == .onDevice }
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
}
