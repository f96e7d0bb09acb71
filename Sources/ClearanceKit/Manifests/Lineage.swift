import Foundation

/// Carries base models' terms to the models derived from them, and finds what the derivation breaks.
///
/// A fine-tune, adapter or quantization carries its base model's license in addition to its own: the
/// effective license is `(own) AND (base)`, or the base's alone when the model declares none. A merge carries
/// all of its bases. A base's license comes, in order, from:
/// 1. the same run: another component whose name is the base id (case-insensitive; a card's `base_model`
///    written as a relative path, `./base` or `../base`, names the card in that directory), with that
///    component's own lineage applied first (chains are followed; a cycle is cut with a warning);
/// 2. the shipped ``WellKnownModels`` index, through ``WellKnownModels/match(_:)``: re-uploads and quantizations
///    by known publishers, format suffixes, URL forms and local paths are read as the model they name, and the
///    finding says which of those steps was needed;
/// 3. nowhere: the base then adds the leaf `LicenseRef-unknown-base-<id>`, which no catalog resolves, so the
///    model's license is unknown and fails closed until the base is declared; the finding lists what was looked up.
///
/// A card that declares `license: other` naming no license (no `license_name`, no `license_link` the catalog
/// knows: the bare leaf `LicenseRef-other`), all of whose bases are known, is read as declaring its bases' license:
/// trainers copy the base card's `license: other` into an adapter's card.
///
/// Findings (appended to each component's ``Component/findings``):
/// - `base-model` (pass): one per base, saying where its terms came from.
/// - `license-conflict`: the model declares a license that drops terms of a known base license (e.g. `apache-2.0`
///   on a Llama fine-tune): a pass that records the mislabel, since the effective license keeps both and is
///   checked as such. A model whose own name is in the index and which declares a license that drops the index's
///   (`meta-llama/Llama-3.1-70B-Instruct` as `mit`) is a review: the file misstates the terms of a model it claims
///   to be. In both cases the effective license keeps both, and models derived from it in the run carry both.
///
/// The naming duty of a license (`derivative-naming`) binds the user's own derivatives, not a base's name:
/// the evaluator checks it (see ``Evaluator``).
public enum Lineage {
    /// The leaf that stands for the license of a base whose license is not known.
    static func unknownLeaf(for base: String) -> String {
        "LicenseRef-unknown-base-" + LicenseText.sanitized(Substring(base))
    }

    /// `components` with lineage applied: effective licenses and lineage findings; warnings for cycles.
    public static func apply(
        to components: [Component], catalog: Catalog = .shipped, index: WellKnownModels = .shipped
    ) -> (components: [Component], diagnostics: [Diagnostic]) {
        // Lineage starts from a component with a base model, or one the index knows by its own name.
        let known = knownModels(components, index: index)
        guard !known.isEmpty || components.contains(where: { !$0.baseModels.isEmpty }) else {
            return (components, [])
        }
        let facts = knownFacts(components, known: known, index: index)
        let run = Run(components: facts, catalog: catalog, index: index, known: known)
        for i in components.indices where !components[i].baseModels.isEmpty || known[i] != nil { _ = run.resolve(i) }
        return (run.components, run.diagnostics)
    }

    /// The components that declare a license and whose own name is in the index, with their entries.
    static func knownModels(_ components: [Component], index: WellKnownModels) -> [Int: WellKnownModels.Entry] {
        // Most names belong to no organization of the index: compare that first, without a lookup.
        let organizations = Set(index.entries.compactMap { $0.key.split(separator: "/").first.map(String.init) })
        var known: [Int: WellKnownModels.Entry] = [:]
        for (i, component) in components.enumerated() where component.declaredLicense != nil {
            let name = component.name
            // Bytes, not characters, in one pass: a name is looked at for every component of the run.
            let organization =
                name.utf8.withContiguousStorageIfAvailable(lowercasedOrganization)
                ?? Array(name.utf8).withUnsafeBufferPointer(lowercasedOrganization)
            if let organization, !organizations.contains(organization) { continue }
            if let entry = index.entry(for: name) { known[i] = entry }
        }
        return known
    }

    /// A plain `org/model` name's organization (up to its first `/`), lowercased; nil as for
    /// ``organizationLength(_:)``.
    static func lowercasedOrganization(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        organizationLength(name).map {
            String(decoding: UnsafeBufferPointer(rebasing: name[..<$0]), as: UTF8.self).lowercased()
        }
    }

    /// The length in bytes of a plain `org/model` name's organization (up to its first `/`); nil when the name
    /// has no `/`, or has a `:` or `@` (a URL, a revision), which the index reads in other ways.
    static func organizationLength(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
        var slash: Int?
        for (i, byte) in name.enumerated() {
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@") { return nil }
            if byte == UInt8(ascii: "/"), slash == nil { slash = i }
        }
        return slash
    }

    /// `components` with the facts the index knows of each model (``Component/known``): its own name's entry,
    /// or else the first known base's, as ``WellKnownModels/matches(for:)`` reads them (a fine-tune of a vision
    /// model takes images too; one of Llama 3.2 3B does not).
    static func knownFacts(
        _ components: [Component], known: [Int: WellKnownModels.Entry], index: WellKnownModels
    ) -> [Component] {
        var result = components
        for i in result.indices where known[i] != nil || !result[i].baseModels.isEmpty {
            let entry = known[i] ?? index.matches(for: result[i]).first?.match.entry
            guard let entry, let multimodal = entry.multimodal else { continue }
            result[i].known = .init(multimodal: multimodal, source: "\(entry.pattern): \(entry.source)")
        }
        return result
    }

    /// A base's terms and where they came from.
    private struct BaseTerms {
        var expression: String
        var origin: Origin
        enum Origin {
            case run(Int)
            case index(WellKnownModels.Match)
            case unknown(String)
        }
        var isKnown: Bool {
            if case .unknown = origin { return false }
            return true
        }
    }

    private final class Run {
        var components: [Component]
        let catalog: Catalog
        let index: WellKnownModels
        var diagnostics: [Diagnostic] = []
        /// 0: not resolved yet; 1: being resolved (on the stack); 2: done.
        private var state: [UInt8]
        private var byName: [String: [Int]] = [:]
        /// Cards by their directory, built when a base is first written as a path.
        private lazy var byDirectory: [String: Int] = {
            var result: [String: Int] = [:]
            for (i, c) in components.enumerated() {
                if let file = c.location?.file, (file as NSString).lastPathComponent.lowercased() == "readme.md" {
                    let directory = Run.standardized((file as NSString).deletingLastPathComponent)
                    if result[directory] == nil { result[directory] = i }
                }
            }
            return result
        }()
        /// Catalog lookups by leaf text, and leaves by expression: runs repeat the same few licenses.
        private var descriptors: [String: LicenseDescriptor?] = [:]
        private var leafCache: [String: [String]] = [:]
        private var identityCache: [String: Set<String>] = [:]

        /// The components the index knows by their own name, with their entries.
        let known: [Int: WellKnownModels.Entry]

        init(
            components: [Component], catalog: Catalog, index: WellKnownModels, known: [Int: WellKnownModels.Entry]
        ) {
            self.components = components
            self.catalog = catalog
            self.index = index
            self.known = known
            state = Array(repeating: 0, count: components.count)
            for (i, c) in components.enumerated() {
                byName[c.name.lowercased(), default: []].append(i)
                let normalized = WellKnownModels.normalized(c.name)
                if normalized != c.name.lowercased() { byName[normalized, default: []].append(i) }
            }
        }

        static func standardized(_ path: String) -> String {
            URL(fileURLWithPath: path.isEmpty ? "." : path).standardizedFileURL.path
        }

        /// The effective license of component `i` (its lineage applied), or nil when it has none.
        func resolve(_ i: Int) -> String? {
            switch state[i] {
            case 2:
                return components[i].license
            case 1:
                let c = components[i]
                diagnostics.append(
                    Diagnostic(
                        id: "lineage.cycle", severity: .warning,
                        message: "the base models of '\(c.name)' lead back to it; the cycle is not followed further",
                        at: c.location))
                return c.declaredLicense
            default:
                break
            }
            let component = components[i]
            guard !component.baseModels.isEmpty || known[i] != nil else {
                state[i] = 2
                return component.license
            }
            state[i] = 1
            let own = component.declaredLicense
            var parts: [String] = own.map { [$0] } ?? []
            // Leaves the result already requires: the own license's, when it is a plain conjunction.
            var covered = Set(own.flatMap { Run.isConjunction($0) ? identities($0) : nil } ?? [])
            var findings: [Finding] = []
            if let entry = known[i], let own {
                // The model itself is in the index: its weights are under the index's license, whatever the
                // file says.
                let leaf = indexTerms(entry.license)
                if let conflict = conflict(own: own, base: leaf) {
                    findings.append(
                        Finding(
                            .licenseConflict, .review,
                            "'\(component.name)' declares \(display(own)), but Clearance's index of well-known models lists it under \(display(leaf)) (\(entry.pattern): \(entry.source)); the effective license keeps both",
                            license: conflict))
                }
                for part in leaves(leaf) where covered.insert(identity(part)).inserted { parts.append(part) }
            }
            let bases = component.baseModels.map { (base: $0, terms: self.terms(of: $0, for: i)) }
            let readAsBases =
                own == "LicenseRef-other" && known[i] == nil && !bases.isEmpty && bases.allSatisfy { $0.terms.isKnown }
            if readAsBases {
                // `license: other` naming nothing, over known bases: the base card's `other`, copied by a trainer.
                parts = []
                covered = []
                let names = bases.map { "'\($0.base)'" }.joined(separator: ", ")
                findings.append(
                    Finding(
                        .baseModel, .pass,
                        "'\(component.name)' declares `license: other` without naming a license; it is read as the license of its base model \(names)"
                    ))
            }
            for (base, terms) in bases {
                findings.append(baseFinding(component, base, terms))
                let ids = identities(terms.expression)
                if terms.isKnown, !readAsBases, let own, let conflict = conflict(own: own, base: terms.expression) {
                    findings.append(
                        Finding(
                            .licenseConflict, .pass,
                            "'\(component.name)' declares \(display(own)), which drops the terms of its base model '\(base)' (\(display(terms.expression))); the effective license keeps both",
                            license: conflict, policy: baseLocation(terms)))
                }
                if Run.isConjunction(terms.expression) {
                    // Plain `a AND b`: add only the leaves not already carried.
                    for leaf in leaves(terms.expression) where covered.insert(identity(leaf)).inserted {
                        parts.append(leaf)
                    }
                } else if !ids.isSubset(of: covered) || Run.hasChoice(terms.expression) {
                    covered.formUnion(ids)
                    parts.append(terms.expression)
                }
            }
            components[i].license = LicenseText.and(parts)
            components[i].findings += findings
            state[i] = 2
            return components[i].license
        }

        /// The terms of `base`, a base of component `i`.
        func terms(of base: String, for i: Int) -> BaseTerms {
            if let j = match(base, for: i) {
                if let expression = resolve(j) { return BaseTerms(expression: expression, origin: .run(j)) }
                return BaseTerms(
                    expression: Lineage.unknownLeaf(for: base),
                    origin: .unknown("'\(components[j].name)' in this run declares no license"))
            }
            if let match = indexMatch(base) {
                return BaseTerms(expression: indexTerms(match.entry.license), origin: .index(match))
            }
            let tried = index.attempts(for: base).prefix(6).map { "`\($0)`" }.joined(separator: ", ")
            return BaseTerms(
                expression: Lineage.unknownLeaf(for: base),
                origin: .unknown(
                    "it is neither in this run nor in the index of well-known models (looked up as \(tried))"))
        }

        /// The component of this run that `base` names, other than `i` itself.
        func match(_ base: String, for i: Int) -> Int? {
            if base.hasPrefix("./") || base.hasPrefix("../") || base.hasPrefix("/"),
                let file = components[i].location?.file
            {
                let directory = (file as NSString).deletingLastPathComponent
                let path = base.hasPrefix("/") ? base : (directory.isEmpty ? base : directory + "/" + base)
                if let j = byDirectory[Run.standardized(path)], j != i { return j }
            }
            let candidates = (byName[base.lowercased()] ?? []) + (byName[WellKnownModels.normalized(base)] ?? [])
            let others = candidates.filter { $0 != i }
            return others.first { components[$0].license != nil || !components[$0].baseModels.isEmpty } ?? others.first
        }

        func baseLocation(_ terms: BaseTerms) -> SourceLocation? {
            if case .run(let j) = terms.origin { return components[j].location }
            return nil
        }

        func baseFinding(_ component: Component, _ base: String, _ terms: BaseTerms) -> Finding {
            let relation = component.baseModelRelation.map { " (\($0))" } ?? ""
            let message: String
            switch terms.origin {
            case .run(let j):
                // Where it is declared is the finding's `policy` location, not part of the message: a report
                // makes locations relative, and a message must not depend on how the path was given.
                message =
                    "'\(component.name)' carries the terms of its base model '\(base)'\(relation): \(display(terms.expression)), as declared for '\(components[j].name)' in this run"
            case .index(let match):
                let how =
                    match.steps.isEmpty
                    ? "" : ", matched after " + match.steps.joined(separator: " and ")
                message =
                    "'\(component.name)' carries the terms of its base model '\(base)'\(relation): \(display(terms.expression)), from Clearance's index of well-known models (\(match.entry.pattern): \(match.entry.source))\(how)"
            case .unknown(let why):
                message =
                    "'\(component.name)' derives from base model '\(base)'\(relation), whose license is unknown because \(why); its terms stay unknown (\(terms.expression)) until the base is declared"
            }
            let license =
                leaves(terms.expression).count == 1
                ? descriptor(terms.expression)?.id : nil
            return Finding(.baseModel, .pass, message, license: license, policy: baseLocation(terms))
        }

        /// The catalog id (or text) of a base leaf that `own` drops, or nil when `own` keeps the base's terms.
        func conflict(own: String, base: String) -> String? {
            let ownIDs = identities(own)
            let baseLeaves = leaves(base).filter { !$0.hasPrefix("LicenseRef-unknown-base-") }
            let missing = baseLeaves.filter { !ownIDs.contains(identity($0)) }
            if Run.hasChoice(base) {
                // The base offers a choice: the declared license must keep at least one of its options.
                return missing.count == baseLeaves.count ? missing.first.map(identity) : nil
            }
            return missing.first.map(identity)
        }

        /// Whether `expression` has an OR.
        static func hasChoice(_ expression: String) -> Bool {
            LicenseText.tokens(of: expression).contains { $0.uppercased() == "OR" }
        }

        /// Whether `expression` is one leaf or leaves joined by AND only.
        static func isConjunction(_ expression: String) -> Bool {
            let tokens = LicenseText.tokens(of: expression)
            return !tokens.contains { $0 == "(" || $0 == ")" || ["OR", "WITH"].contains($0.uppercased()) }
        }

        private var indexCache: [String: WellKnownModels.Match?] = [:]

        func indexMatch(_ base: String) -> WellKnownModels.Match? {
            if let cached = indexCache[base] { return cached }
            let match =
                index.match(base)
                ?? ModelFamily.entry(for: base).map {
                    WellKnownModels.Match(
                        entry: $0, matched: base.lowercased(), steps: ["reading it as a model family's name"])
                }
            indexCache[base] = match
            return match
        }

        /// The terms of an index entry's license: its catalog leaf, or, for an `AND` of catalog ids (a derivative
        /// whose own license drops its base's terms), each id as its catalog leaf.
        func indexTerms(_ license: String) -> String {
            if let found = descriptor(license) { return LicenseText.leaf(for: found) }
            return LicenseText.replacingLeaves(in: license) { descriptor($0).map(LicenseText.leaf(for:)) }
        }

        func descriptor(_ leaf: String) -> LicenseDescriptor? {
            if let cached = descriptors[leaf] { return cached }
            let found = catalog.descriptor(for: leaf)
            descriptors[leaf] = found
            return found
        }

        /// An expression for messages: leaves the catalog knows shown as its ids (`openrail++`, not
        /// `LicenseRef-openrail-plusplus`).
        func display(_ expression: String) -> String {
            guard expression.contains("LicenseRef-") else { return expression }
            return LicenseText.replacingLeaves(in: expression) { leaf in
                leaf.hasPrefix("LicenseRef-") ? descriptor(leaf)?.id : nil
            }
        }

        func identity(_ leaf: String) -> String {
            descriptor(leaf)?.id ?? leaf.lowercased()
        }

        func identities(_ expression: String) -> Set<String> {
            if let cached = identityCache[expression] { return cached }
            let ids = Set(leaves(expression).map(identity))
            identityCache[expression] = ids
            return ids
        }

        func leaves(_ expression: String) -> [String] {
            if let cached = leafCache[expression] { return cached }
            let leaves = LicenseText.leaves(of: expression)
            leafCache[expression] = leaves
            return leaves
        }
    }
}
