public import ClearanceYAML

extension LicenseDescriptor {
    static let keys = [
        "schema", "id", "spdx", "name", "version", "family", "published", "url", "aliases", "category",
        "osi-approved", "verified", "sources", "permissions", "limits", "restrictions", "obligations",
        "informational", "unverified", "versions", "definitions", "model-facts",
    ]

    /// The keys that state terms, which a family entry (`versions`) must not have.
    static let termKeys = [
        "permissions", "limits", "restrictions", "obligations", "informational", "definitions", "model-facts",
    ]

    /// Reads a descriptor from a parsed YAML document, recording every problem in `context`.
    ///
    /// Returns nil when a required part is missing or invalid; the diagnostics say why.
    package static func decode(_ root: Node, context: DecodeContext) -> Decoded? {
        let before = context.diagnostics.count
        guard let m = MappingReader(root, keys: keys, context: context) else { return nil }
        _ = m.required("schema") { node throws(YAMLError) in try node.schemaVersion() }
        let id = m.required("id") { node throws(YAMLError) in try node.string() }
        let spdx = m.required("spdx") { node throws(YAMLError) in try node.string() }
        let name = m.required("name") { node throws(YAMLError) in try node.string() }
        let version = m.optional("version") { node throws(YAMLError) in try node.string() }
        let family = m.required("family") { node throws(YAMLError) in try node.string() }
        let published = m.optional("published") { node throws(YAMLError) in try node.date() }
        let url = m.required("url") { node throws(YAMLError) in try node.string() }
        let category = m.required("category") { node throws(YAMLError) in try node.enumeration(Category.self) }
        let osi = m.required("osi-approved") { node throws(YAMLError) in try node.boolean() }
        let verified = m.required("verified") { node throws(YAMLError) in try node.date() }
        var names: [(String, SourceLocation)] = []
        for key in ["id", "spdx", "name"] {
            if let node = m[key], let text = node.scalar?.text { names.append((text, context.location(node.mark))) }
        }
        var aliases: [String] = []
        if let list = m.optional("aliases", { node throws(YAMLError) in try node.sequence() }) {
            for item in list {
                guard let alias = context.read(item, { node throws(YAMLError) in try node.string() }) else { continue }
                aliases.append(alias)
                names.append((alias, context.location(item.mark)))
            }
        }
        let sources =
            m.required("sources") { node throws(YAMLError) in try node.sequence() }?
            .compactMap { readSource($0, context) } ?? []
        if let node = m["sources"], sources.isEmpty {
            context.error("descriptor.no-source", "a descriptor needs at least one source", at: node.mark)
        }
        let permissions = m["permissions"].map { readPermissions($0, context) } ?? []
        let limits = m["limits"].map { readLimits($0, context) } ?? Limits()
        let definitions = m["definitions"].map { readDefinitions($0, context) } ?? Definitions()
        let distribution = definitions.distribution?.means
        let restrictions =
            m["restrictions"].map { readRestrictions($0, distribution: distribution, context) } ?? Restrictions()
        let obligations =
            m.optional("obligations") { node throws(YAMLError) in try node.sequence() }?
            .compactMap { readObligation($0, distribution: distribution, context) } ?? []
        let informational = m["informational"].map { readInformational($0, context) } ?? Informational()
        let models = m["model-facts"].map { readModels($0, context) } ?? ModelFacts()
        let unverified = m.optional("unverified") { node throws(YAMLError) in try node.strings() } ?? []
        var versions: [(String, SourceLocation)] = []
        if let list = m.optional("versions", { node throws(YAMLError) in try node.sequence() }) {
            for item in list {
                guard let version = context.read(item, { node throws(YAMLError) in try node.string() }) else {
                    continue
                }
                versions.append((version, context.location(item.mark)))
            }
            if let node = m["versions"], list.isEmpty {
                context.error(
                    "descriptor.no-version", "'versions' needs at least one id; leave the key out for a license",
                    at: node.mark)
            }
            let pairs: [Node.Pair]
            if case .mapping(let p) = root.value { pairs = p } else { pairs = [] }
            for pair in pairs where termKeys.contains(pair.name) {
                let key = pair.name
                let node = pair.key
                context.error(
                    "descriptor.family-terms",
                    "a family entry ('versions') states no terms of its own: remove '\(key)'; the terms are those of the version in use",
                    at: node.mark)
            }
        }

        guard context.diagnostics.count == before, let id, let spdx, let name, let family, let url, let category,
            let osi, let verified
        else { return nil }
        let descriptor = LicenseDescriptor(
            id: id, spdx: spdx, name: name, version: version, family: family, published: published, url: url,
            aliases: aliases, category: category, osiApproved: osi, verified: verified, sources: sources,
            permissions: permissions, limits: limits, restrictions: restrictions, obligations: obligations,
            informational: informational, definitions: definitions, models: models, unverified: unverified,
            versions: versions.map(\.0), file: context.file)
        return Decoded(
            descriptor: descriptor, names: names, versions: versions, location: context.location(root.mark))
    }

    /// A decoded descriptor with where each of its names (id, spdx, name, aliases) stands in the file.
    public struct Decoded: Sendable {
        public var descriptor: LicenseDescriptor
        public var names: [(name: String, location: SourceLocation)]
        /// Where each of `versions` stands in the file, in order.
        public var versions: [(name: String, location: SourceLocation)] = []
        public var location: SourceLocation
    }

    // MARK: - Parts

    /// The `clause` of a term; a missing clause is an error naming the term.
    private static func clause(_ m: MappingReader, term: String) -> String? {
        guard m.has("clause") else {
            m.context.error(
                "descriptor.missing-clause",
                "term '\(term)' has no clause; every term must cite the clause of the license it comes from",
                at: m.node.mark)
            return nil
        }
        return m.required("clause") { node throws(YAMLError) in try node.string() }
    }

    private static func note(_ m: MappingReader) -> String? {
        m.optional("note") { node throws(YAMLError) in try node.string() }
    }

    private static func readSource(_ node: Node, _ context: DecodeContext) -> Source? {
        guard let m = MappingReader(node, keys: ["url", "confidence", "note"], context: context) else { return nil }
        let url = m.required("url") { node throws(YAMLError) in try node.string() }
        let confidence = m.required("confidence") { node throws(YAMLError) in
            try node.enumeration(Source.Confidence.self)
        }
        guard let url, let confidence else { return nil }
        return Source(url: url, confidence: confidence, note: note(m))
    }

    private static func readPermissions(_ node: Node, _ context: DecodeContext) -> [Permission] {
        guard let m = MappingReader(node, keys: Permission.Kind.allCases.map(\.rawValue), context: context) else {
            return []
        }
        return Permission.Kind.allCases.compactMap { kind in
            guard let term = m[kind.rawValue],
                let t = MappingReader(term, keys: ["value", "clause", "note"], context: context)
            else { return nil }
            let value = t.required("value") { node throws(YAMLError) in try node.enumeration(Permission.Value.self) }
            guard let clause = clause(t, term: kind.rawValue), let value else { return nil }
            return Permission(kind: kind, value: value, clause: clause, note: note(t))
        }
    }

    private static func readLimits(_ node: Node, _ context: DecodeContext) -> Limits {
        guard let m = MappingReader(node, keys: ["monthly-active-users", "annual-revenue-usd"], context: context) else {
            return Limits()
        }
        func cap(_ key: String, measured allowsMeasured: Bool) -> Limits.Cap? {
            let keys = ["maximum", "affiliates", "clause", "note"] + (allowsMeasured ? ["measured"] : [])
            guard let node = m[key], let c = MappingReader(node, keys: keys, context: context) else { return nil }
            let maximum = c.required("maximum") { node throws(YAMLError) in try node.integer() }
            let affiliates = c.required("affiliates") { node throws(YAMLError) in try node.boolean() }
            let measured = c.optional("measured") { node throws(YAMLError) in try node.enumeration(Limits.Measured.self)
            }
            guard let clause = clause(c, term: key), let maximum, let affiliates else { return nil }
            return Limits.Cap(
                maximum: maximum, affiliates: affiliates, measured: measured, clause: clause, note: note(c))
        }
        return Limits(
            monthlyActiveUsers: cap("monthly-active-users", measured: true),
            annualRevenueUSD: cap("annual-revenue-usd", measured: true))
    }

    /// A `when:`: one name or a list of names (activities and defined terms), read under the descriptor's
    /// definition of distribution.
    private static func trigger(_ node: Node, distribution: [Activity]?) throws(YAMLError) -> Trigger {
        let expected = "an activity or a list of activities (\(Trigger.Name.all.joined(separator: ", ")))"
        var names: [Trigger.Name] = []
        let items = try node.itemsOrSingle(expected: expected)
        if items.isEmpty { throw node.mismatch(expected) }
        for item in items {
            let raw = try item.string()
            guard let name = Trigger.Name(rawValue: raw) else {
                var message = "unknown activity '\(raw)'; expected one of \(Trigger.Name.all.joined(separator: ", "))"
                if let near = Suggestion.nearest(to: raw, in: Trigger.Name.all) {
                    message += "; did you mean '\(near)'?"
                }
                throw YAMLError(id: "yaml.type-mismatch", message: message, at: item.mark)
            }
            names.append(name)
        }
        return Trigger(names, distribution: distribution)
    }

    private static func readDefinitions(_ node: Node, _ context: DecodeContext) -> Definitions {
        guard let m = MappingReader(node, keys: ["distribution"], context: context),
            let n = m["distribution"], let t = MappingReader(n, keys: ["means", "clause", "note"], context: context)
        else { return Definitions() }
        let means = t.required("means") { node throws(YAMLError) in
            let items = try node.sequence()
            if items.isEmpty { throw node.mismatch("a list of activities") }
            var result: [Activity] = []
            for item in items { result.append(try item.enumeration(Activity.self)) }
            return result
        }
        guard let clause = clause(t, term: "definitions.distribution"), let means else { return Definitions() }
        return Definitions(distribution: .init(means: means, clause: clause, note: note(t)))
    }

    private static func readModels(_ node: Node, _ context: DecodeContext) -> ModelFacts {
        guard let m = MappingReader(node, keys: ["multimodal"], context: context), let n = m["multimodal"],
            let t = MappingReader(n, keys: ["value", "source", "note"], context: context)
        else { return ModelFacts() }
        let value = t.required("value") { node throws(YAMLError) in try node.enumeration(ModelFacts.Scope.self) }
        let source = t.required("source") { node throws(YAMLError) in try node.string() }
        guard let value, let source else { return ModelFacts() }
        return ModelFacts(multimodal: .init(value: value, source: source, note: note(t)))
    }

    /// `fail` or `review`: how a use restriction item binds.
    private enum Binding: String, CaseIterable {
        case fail, review
    }

    private static func readRestrictions(
        _ node: Node, distribution: [Activity]?, _ context: DecodeContext
    ) -> Restrictions {
        let keys = ["output-training", "domicile", "hosting-use", "use-restrictions", "acceptable-use-policy"]
        guard let m = MappingReader(node, keys: keys, context: context) else { return Restrictions() }
        var r = Restrictions()
        if let n = m["output-training"], let t = MappingReader(n, keys: ["value", "clause", "note"], context: context),
            let value = t.required(
                "value",
                { node throws(YAMLError) in
                    try node.enumeration(Restrictions.OutputTraining.Value.self)
                }), let clause = clause(t, term: "output-training")
        {
            r.outputTraining = .init(value: value, clause: clause, note: note(t))
        }
        if let n = m["hosting-use"],
            let t = MappingReader(n, keys: ["value", "when", "clause", "note"], context: context),
            let value = t.required(
                "value",
                { node throws(YAMLError) in
                    try node.enumeration(Restrictions.HostingUse.Value.self)
                }), let clause = clause(t, term: "hosting-use")
        {
            let when =
                t.optional("when") { node throws(YAMLError) in try trigger(node, distribution: distribution) }
                ?? Trigger(.hosting, distribution: distribution)
            r.hostingUse = .init(value: value, when: when, clause: clause, note: note(t))
        }
        for item in m.optional("domicile", { node throws(YAMLError) in try node.sequence() }) ?? [] {
            guard
                let t = MappingReader(
                    item, keys: ["excluded", "applies-to", "exempt", "clause", "note"], context: context)
            else { continue }
            let excluded = t.required("excluded") { node throws(YAMLError) in try node.strings() }
            let applies = t.required("applies-to") { node throws(YAMLError) in
                try node.enumeration(Restrictions.Domicile.AppliesTo.self)
            }
            let exempt = t.optional("exempt") { node throws(YAMLError) in try node.string() }
            guard let clause = clause(t, term: "domicile"), let excluded, let applies else { continue }
            r.domicile.append(
                .init(excluded: excluded, appliesTo: applies, exempt: exempt, clause: clause, note: note(t)))
        }
        if let n = m["use-restrictions"],
            let t = MappingReader(n, keys: ["flow-down", "clause", "categories", "note"], context: context)
        {
            let flowDown = t.required("flow-down") { node throws(YAMLError) in try node.boolean() }
            var categories: [Restrictions.UseRestrictions.Category] = []
            for item in t.optional("categories", { node throws(YAMLError) in try node.sequence() }) ?? [] {
                guard
                    let c = MappingReader(
                        item, keys: ["id", "text", "clause", "verdict", "note"], context: context)
                else { continue }
                let id = c.required("id") { node throws(YAMLError) in try node.enumeration(RestrictedUse.self) }
                let text = c.required("text") { node throws(YAMLError) in try node.string() }
                let binding =
                    c.optional("verdict") { node throws(YAMLError) in try node.enumeration(Binding.self) } ?? .fail
                if let id, let text, let clause = clause(c, term: "use-restrictions.\(id.rawValue)") {
                    categories.append(
                        .init(
                            id: id, text: text, clause: clause, verdict: binding == .fail ? .fail : .review,
                            note: note(c)))
                }
            }
            if let clause = clause(t, term: "use-restrictions"), let flowDown {
                r.useRestrictions = .init(flowDown: flowDown, clause: clause, categories: categories, note: note(t))
            }
        }
        if let n = m["acceptable-use-policy"],
            let t = MappingReader(n, keys: ["url", "licensor-may-change", "clause", "note"], context: context)
        {
            let url = t.required("url") { node throws(YAMLError) in try node.string() }
            let mayChange = t.required("licensor-may-change") { node throws(YAMLError) in try node.boolean() }
            if let clause = clause(t, term: "acceptable-use-policy"), let url, let mayChange {
                r.acceptableUsePolicy = .init(url: url, licensorMayChange: mayChange, clause: clause, note: note(t))
            }
        }
        return r
    }

    private static func readObligation(
        _ node: Node, distribution: [Activity]?, _ context: DecodeContext
    ) -> Obligation? {
        guard let m = MappingReader(node, keys: ["id", "when", "clause", "text", "prefix", "note"], context: context)
        else { return nil }
        let id = m.required("id") { node throws(YAMLError) in try node.enumeration(Obligation.ID.self) }
        let when = m.required("when") { node throws(YAMLError) in try trigger(node, distribution: distribution) }
        let text = m.optional("text") { node throws(YAMLError) in try node.string() }
        let prefix = m.optional("prefix") { node throws(YAMLError) in try node.string() }
        guard let clause = clause(m, term: id?.rawValue ?? "obligation"), let id, let when else { return nil }
        if id == .derivativeNaming, prefix == nil {
            context.error("schema.missing-key", "missing required key 'prefix' for derivative-naming", at: node.mark)
        }
        return Obligation(id: id, when: when, clause: clause, text: text, prefix: prefix, note: note(m))
    }

    private static func readInformational(_ node: Node, _ context: DecodeContext) -> Informational {
        let keys = ["termination", "governing-law", "patent-grant", "trademark", "indemnity"]
        guard let m = MappingReader(node, keys: keys, context: context) else {
            return Informational()
        }
        var info = Informational()
        for item in m.optional("termination", { node throws(YAMLError) in try node.sequence() }) ?? [] {
            guard let t = MappingReader(item, keys: ["trigger", "clause", "note"], context: context) else { continue }
            let trigger = t.required("trigger") { node throws(YAMLError) in try node.string() }
            if let trigger, let clause = clause(t, term: "termination") {
                info.termination.append(.init(trigger: trigger, clause: clause, note: note(t)))
            }
        }
        for key in ["trademark", "indemnity"] {
            guard let n = m[key], let t = MappingReader(n, keys: ["text", "clause", "note"], context: context),
                let text = t.required("text", { node throws(YAMLError) in try node.string() }),
                let clause = clause(t, term: key)
            else { continue }
            let statement = Informational.Statement(text: text, clause: clause, note: note(t))
            if key == "trademark" { info.trademark = statement } else { info.indemnity = statement }
        }
        if let n = m["governing-law"], let t = MappingReader(n, keys: ["text", "clause"], context: context),
            let text = t.required("text", { node throws(YAMLError) in try node.string() }),
            let clause = clause(t, term: "governing-law")
        {
            info.governingLaw = .init(text: text, clause: clause)
        }
        if let n = m["patent-grant"], let t = MappingReader(n, keys: ["value", "clause", "note"], context: context),
            let value = t.required("value", { node throws(YAMLError) in try node.enumeration(Permission.Value.self) }),
            let clause = clause(t, term: "patent-grant")
        {
            info.patentGrant = .init(value: value, clause: clause, note: note(t))
        }
        return info
    }
}
