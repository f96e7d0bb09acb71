/// An SPDX 3.0 document in JSON-LD (an `@context` and a flat `@graph` of elements, or, as one generator writes
/// it, the elements inside the document's own `element` list, their names without the profile prefix), read as
/// components.
///
/// - Components: `ai_AIPackage` (a model), `dataset_DatasetPackage` (a dataset) and `software_Package` (a
///   model or dataset when its `software_primaryPurpose` is `model` or `data`, else a package). The name is
///   `name`; the revision `software_packageVersion`.
/// - Licenses are relationships, not properties: `hasConcludedLicense` (preferred) or `hasDeclaredLicense`
///   from the package to license elements (several: all of them, AND). A target is read as:
///   `simplelicensing_LicenseExpression` → its expression (a `LicenseRef-` in `customIdToUri` becomes the
///   license its URI names when the catalog knows the URI); `expandedlicensing_ListedLicense` → its id;
///   `expandedlicensing_CustomLicense` → its name through the catalog, else `LicenseRef-<name>`; the
///   expanded sets and operators → AND, OR, `+` and WITH (a listed exception by its id, any other addition
///   as `AdditionRef-<name>`, which is an unknown term); `NoAssertionLicense` → unknown; `NoneLicense` → no
///   license; a member of a set, or one of several targets, that asserts nothing or no license stays in it as
///   `LicenseRef-NOASSERTION`, so the whole is unknown; an IRI the graph does not define (`https://spdx.org/licenses/MIT`) → the license the catalog
///   knows by that URL, else its last path segment; a bare string (non-conformant, seen in generated files)
///   → that name.
///   A `simplelicensing_SimpleLicensingText` (the license given as its text) is read by its title, the first
///   line without markdown emphasis (`**LLAMA 3.3 COMMUNITY LICENSE AGREEMENT**`), when the catalog knows that
///   name; otherwise it asserts nothing.
/// - Lineage: `ancestorOf` and `descendantOf` relationships between packages.
/// - One model described twice, by an `ai_AIPackage` and a `software_Package` with the same name or download
///   location (as one generator writes it, the license on the software package), is one component.
/// - A `software_Package` with no license relationship that is only a `dependsOn` target of a model (a library
///   such as `torch` that a generator lists from the model's requirements) is not a component; a note names it.
///
/// A package without a `name` (or with a blank one), and an `spdxId` shared by two elements of which one is a
/// package or a license, are errors: no package is dropped and no license is chosen silently.
public enum SPDX3Document: JSONDocumentFormat {
    /// Whether a parsed JSON document is SPDX 3 JSON-LD.
    static func matches(_ root: JSONValue) -> Bool {
        guard let context = root["@context"] else { return false }
        return context.strings.contains { $0.contains("spdx.org/rdf/3") }
    }

    static func read(_ source: JSONSource, catalog: Catalog) -> [Component] {
        let root = source.root
        guard matches(root) else {
            source.record(
                "spdx.not-a-document", .error,
                "not an SPDX 3 document: '@context' must name https://spdx.org/rdf/3.0.x/spdx-context.jsonld",
                at: root["@context"] ?? root)
            return []
        }
        // Elements in `@graph`, or, as some generators write them, inside the document's own `element` list;
        // their unprefixed names (`AIPackage`, `licenseExpression`) read as the prefixed ones.
        let listed = root["@graph"]?.array ?? root["element"]?.array?.filter(\.isObject).nonEmpty
        guard let graph = listed?.map(Self.prefixed) else {
            source.record(
                "spdx.missing-graph", .error,
                "the document has no '@graph' array of elements (nor an 'element' list of them)", at: root)
            return []
        }
        var reader = Reader(source: source, catalog: catalog)
        for element in graph where element.isObject {
            guard let id = Reader.id(of: element) else { continue }
            if let first = reader.elements[id], Reader.mustBeUnique(first) || Reader.mustBeUnique(element) {
                // Which of two packages or licenses the id names would be a guess.
                let key = element["spdxId"] != nil ? "spdxId" : "@id"
                source.record(
                    Diagnostic(
                        id: "spdx.duplicate-id",
                        message:
                            "the \(Reader.type(of: element) ?? "element") '\(id)' reuses the id of an earlier element; each element needs its own spdxId, so this document is invalid",
                        at: source.location(element[key] ?? element),
                        notes: [Diagnostic.Note("the id '\(id)' is first used here", at: source.location(first))]))
                continue
            }
            reader.elements[id] = element
        }
        var packages: [(id: String?, element: JSONValue, kind: Component.Kind)] = []
        var relationships: [JSONValue] = []
        for element in graph where element.isObject {
            let type = Reader.type(of: element)
            switch type {
            case "ai_AIPackage": packages.append((Reader.id(of: element), element, .model))
            case "dataset_DatasetPackage": packages.append((Reader.id(of: element), element, .dataset))
            case "software_Package":
                let kind: Component.Kind
                switch element["software_primaryPurpose"]?.string {
                case "model": kind = .model
                case "data": kind = .dataset
                default: kind = .package
                }
                packages.append((Reader.id(of: element), element, kind))
            case "Relationship", "LifecycleScopedRelationship":
                relationships.append(element)
            default:
                break
            }
        }
        var declared: [String: [JSONValue]] = [:]
        var concluded: [String: [JSONValue]] = [:]
        var ancestors: [String: [String]] = [:]
        var dependencies: [String: [String]] = [:]
        for relationship in relationships {
            guard let from = relationship["from"]?.string, let type = relationship["relationshipType"]?.string else {
                continue
            }
            let to = relationship["to"]?.strings ?? []
            switch type {
            case "hasDeclaredLicense": declared[from, default: []].append(relationship)
            case "hasConcludedLicense": concluded[from, default: []].append(relationship)
            case "ancestorOf": for child in to { ancestors[child, default: []].append(from) }
            case "descendantOf": ancestors[from, default: []] += to
            case "dependsOn": for target in to { dependencies[target, default: []].append(from) }
            default: break
            }
        }
        let modelIDs = Set(packages.filter { $0.kind == .model }.compactMap(\.id))
        // An AI package whose license is on its twin software package (see `merged`): its own silence is no news.
        let described = Set(packages.compactMap(\.id).filter { concluded[$0] != nil || declared[$0] != nil })
        let twinned = Set(
            packages.indices.filter { i in
                Reader.type(of: packages[i].element) == "ai_AIPackage"
                    && packages.indices.contains { j in
                        Reader.type(of: packages[j].element) == "software_Package"
                            && packages[j].id.map(described.contains) == true
                            && Self.twins(packages[i].element, packages[j].element)
                    }
            })
        var components: [Component] = []
        var origins: [(type: String?, download: String?)] = []
        for (index, (id, element, kind)) in packages.enumerated() {
            let name = element["name"]?.text.map(LicenseText.trim) ?? ""
            guard !name.isEmpty else {
                let what = element["name"] == nil ? "has no 'name'" : "has a blank 'name'"
                let which = id.map { " '\($0)'" } ?? ""
                source.record(
                    "spdx.missing-name", .error,
                    "the \(Reader.type(of: element) ?? "package")\(which) \(what); a package must be named to be checked, so this document is invalid",
                    at: element["name"] ?? element)
                continue
            }
            var license: String?
            var at: JSONValue?
            if let id, kind == .package, concluded[id] == nil, declared[id] == nil,
                let users = dependencies[id], users.contains(where: modelIDs.contains)
            {
                // A library the model needs at run time (`dependsOn`), listed with no license data: the document
                // says nothing to check about it, and it is not the model.
                source.record(
                    "spdx.dependency-without-license", .note,
                    "'\(name)' is listed only as a software dependency of a model, with no license relationship; it is not checked (declare its license to check it)",
                    at: element)
                continue
            }
            if let id, !(twinned.contains(index) && concluded[id] == nil && declared[id] == nil) {
                (license, at) = reader.license(
                    concluded: concluded[id] ?? [], declared: declared[id] ?? [], name: name, element: element)
            }
            var component = Component(
                name: name, kind: kind, license: license, location: source.location(at ?? element),
                revision: element["software_packageVersion"]?.text)
            component.declaredLicense = license
            if let id {
                component.baseModels = (ancestors[id] ?? []).compactMap { reader.elements[$0]?["name"]?.text }
            }
            components.append(component)
            origins.append((Reader.type(of: element), element["software_downloadLocation"]?.string))
        }
        return merged(components, origins: origins)
    }

    /// Whether an AI package and a software package describe the same model: the same name (ignoring case) or
    /// the same download location.
    static func twins(_ ai: JSONValue, _ software: JSONValue) -> Bool {
        let a = ai["name"]?.text.map { LicenseText.trim($0).lowercased() }
        let b = software["name"]?.text.map { LicenseText.trim($0).lowercased() }
        if let a, !a.isEmpty, a == b { return true }
        let download = ai["software_downloadLocation"]?.string
        return download != nil && download == software["software_downloadLocation"]?.string
    }

    /// `components` with each model that a generator describes twice — an `ai_AIPackage` and a `software_Package`
    /// with the same name or the same download location — read as one model: the AI package's name and
    /// location, the license the two declare (both, when they differ), their bases together.
    static func merged(_ components: [Component], origins: [(type: String?, download: String?)]) -> [Component] {
        var result: [Component] = []
        var removed = Set<Int>()
        for i in components.indices where origins[i].type == "ai_AIPackage" {
            var model = components[i]
            for j in components.indices where j != i && !removed.contains(j) && origins[j].type == "software_Package" {
                let other = components[j]
                let sameName = other.name.lowercased() == model.name.lowercased()
                let sameDownload = origins[j].download != nil && origins[j].download == origins[i].download
                guard sameName || sameDownload, other.kind != .dataset else { continue }
                removed.insert(j)
                switch (model.license, other.license) {
                case (nil, let license?):
                    model.license = license
                    model.declaredLicense = license
                    model.location = other.location
                case (let a?, let b?) where a != b:
                    model.license = LicenseText.and([a, b])
                    model.declaredLicense = model.license
                default:
                    break
                }
                if model.revision == nil { model.revision = other.revision }
                for base in other.baseModels where !model.baseModels.contains(base) { model.baseModels.append(base) }
            }
            result.append(model)
            removed.insert(i)
        }
        // Everything else in document order, the merged models where their AI package was.
        var merged: [Component] = []
        var models = result.makeIterator()
        for i in components.indices {
            if origins[i].type == "ai_AIPackage" {
                if let model = models.next() { merged.append(model) }
            } else if !removed.contains(i) {
                merged.append(components[i])
            }
        }
        return merged
    }

    /// Types of the SPDX 3 profiles that some generators write without their profile's prefix.
    static let prefixedTypes: [String: String] = {
        var table: [String: String] = [:]
        for type in ["AIPackage"] { table[type] = "ai_" + type }
        for type in ["DatasetPackage"] { table[type] = "dataset_" + type }
        for type in ["Package", "File", "Snippet", "Sbom"] { table[type] = "software_" + type }
        for type in ["LicenseExpression", "SimpleLicensingText"] { table[type] = "simplelicensing_" + type }
        for type in [
            "ListedLicense", "CustomLicense", "ConjunctiveLicenseSet", "DisjunctiveLicenseSet", "OrLaterOperator",
            "WithAdditionOperator", "ListedLicenseException", "CustomLicenseAddition", "NoAssertionLicense",
            "NoneLicense",
        ] {
            table[type] = "expandedlicensing_" + type
        }
        return table
    }()

    /// Properties of the SPDX 3 profiles that some generators write without their profile's prefix.
    static let prefixedKeys: [String: String] = {
        var table: [String: String] = [:]
        for key in ["packageVersion", "primaryPurpose", "additionalPurpose", "packageUrl", "downloadLocation"] {
            table[key] = "software_" + key
        }
        for key in ["licenseExpression", "customIdToUri", "licenseListVersion", "licenseText"] {
            table[key] = "simplelicensing_" + key
        }
        for key in [
            "member", "subjectLicense", "subjectAddition", "subjectExtendableLicense", "seeAlso", "isOsiApproved",
            "isFsfLibre", "additionText",
        ] {
            table[key] = "expandedlicensing_" + key
        }
        return table
    }()

    /// An element with its type and properties under their prefixed names, where it wrote them without (and
    /// did not also write the prefixed name); anything else as it is.
    static func prefixed(_ element: JSONValue) -> JSONValue {
        guard var members = element.members else { return element }
        let keys = Set(members.map(\.key))
        for i in members.indices {
            if members[i].key == "type", let type = members[i].value.string, let full = prefixedTypes[type] {
                members[i].value.kind = .string(full)
            } else if let full = prefixedKeys[members[i].key], !keys.contains(full) {
                members[i].key = full
            }
        }
        var result = element
        result.kind = .object(members)
        return result
    }

    private struct Reader {
        let source: JSONSource
        let catalog: Catalog
        var elements: [String: JSONValue] = [:]

        init(source: JSONSource, catalog: Catalog) {
            self.source = source
            self.catalog = catalog
        }

        /// Whether an element's id must be unique for the document to be read: a package's or a license's.
        static func mustBeUnique(_ element: JSONValue) -> Bool {
            guard let type = type(of: element) else { return false }
            return ["ai_AIPackage", "dataset_DatasetPackage", "software_Package"].contains(type)
                || type.hasPrefix("simplelicensing_") || type.hasPrefix("expandedlicensing_")
        }

        static func id(of element: JSONValue) -> String? {
            element["spdxId"]?.string ?? element["@id"]?.string
        }

        static func type(of element: JSONValue) -> String? {
            let type = element["type"]?.string ?? element["@type"]?.string
            // Compacted names; expanded IRIs end in the same name.
            if let type, let hash = type.lastIndex(where: { $0 == "/" || $0 == "#" }), type.contains("://") {
                let last = String(type[type.index(after: hash)...])
                let profile = type.split(separator: "/").dropLast().last.map { String($0).lowercased() } ?? ""
                switch profile {
                case "ai": return "ai_" + last
                case "dataset": return "dataset_" + last
                case "software": return "software_" + last
                case "simplelicensing": return "simplelicensing_" + last
                case "expandedlicensing": return "expandedlicensing_" + last
                default: return last
                }
            }
            return type
        }

        /// `(expression, the relationship it was read from)`; concluded relationships win.
        func license(
            concluded: [JSONValue], declared: [JSONValue], name: String, element: JSONValue
        ) -> (String?, JSONValue?) {
            for (relationships, _) in [(concluded, "concluded"), (declared, "declared")] where !relationships.isEmpty {
                var parts: [String] = []
                var none = false
                var noAssertion = false
                for relationship in relationships {
                    for target in relationship["to"]?.strings ?? [] {
                        switch self.expression(for: target, depth: 0) {
                        case .expression(let text): parts.append(text)
                        case .none: none = true
                        case .noAssertion: noAssertion = true
                        }
                    }
                }
                guard !parts.isEmpty || none else { continue }
                // Targets are all required (AND): one that asserts nothing keeps the whole unknown.
                if noAssertion, !parts.isEmpty { parts.append(LicenseText.noAssertion) }
                if parts.isEmpty, none {
                    source.record(
                        "spdx.no-license", .note, "'\(name)' declares that it has no license (NoneLicense)",
                        at: relationships[0])
                    return (nil, relationships[0])
                }
                return (LicenseText.and(parts), relationships[0])
            }
            source.record(
                "spdx.noassertion", .note,
                "the document asserts no license for '\(name)'; it stays unknown",
                at: concluded.first ?? declared.first ?? element)
            return (nil, nil)
        }

        enum Target {
            case expression(String)
            case none
            case noAssertion
        }

        /// The license a relationship target stands for.
        func expression(for target: String, depth: Int) -> Target {
            if target.hasSuffix("NoAssertionLicense") { return .noAssertion }
            if target.hasSuffix("/NoneLicense") || target == "expandedlicensing_NoneLicense" { return .none }
            guard depth < 32 else { return .expression(LicenseText.licenseRef(target)) }
            guard let element = elements[target] else { return .expression(leaf(forIRI: target)) }
            switch Reader.type(of: element) ?? "" {
            case "simplelicensing_LicenseExpression":
                guard let text = element["simplelicensing_licenseExpression"]?.string,
                    var expression = LicenseText.expression(text, catalog: catalog)
                else { return .noAssertion }
                var custom: [String: String] = [:]
                for entry in element["simplelicensing_customIdToUri"]?.array ?? [] {
                    if let key = entry["key"]?.string, let uri = entry["value"]?.string,
                        let descriptor = catalog.descriptor(for: uri)
                    {
                        custom[key] = LicenseText.leaf(for: descriptor)
                    }
                }
                if LicenseText.leaves(of: expression).contains(where: { custom[$0] != nil }) {
                    expression = LicenseText.replacingLeaves(in: expression) { custom[$0] }
                }
                return .expression(expression)
            case "simplelicensing_SimpleLicensingText":
                // A license given as its text: read by its title (the first line, without markdown emphasis)
                // when the catalog knows that name; otherwise it asserts nothing Clearance can read.
                guard let text = element["simplelicensing_licenseText"]?.string,
                    let title = Reader.title(of: text), let descriptor = catalog.descriptor(for: title)
                else { return .noAssertion }
                return .expression(LicenseText.leaf(for: descriptor))
            case "expandedlicensing_ListedLicense":
                return .expression(leaf(forIRI: target))
            case "expandedlicensing_CustomLicense":
                if let name = element["name"]?.string, let descriptor = catalog.descriptor(for: name) {
                    return .expression(LicenseText.leaf(for: descriptor))
                }
                for url in element["expandedlicensing_seeAlso"]?.strings ?? [] {
                    if let descriptor = catalog.descriptor(for: url) {
                        return .expression(LicenseText.leaf(for: descriptor))
                    }
                }
                let name = element["name"]?.string ?? lastSegment(target)
                return .expression(LicenseText.licenseRef(name))
            case "expandedlicensing_ConjunctiveLicenseSet", "expandedlicensing_DisjunctiveLicenseSet":
                let conjunction =
                    Reader.type(of: element) == "expandedlicensing_ConjunctiveLicenseSet" ? " AND " : " OR "
                // A member that asserts nothing (NoAssertionLicense, an empty expression) or no license
                // (NoneLicense) is not dropped: it stays in the set as an unknown leaf.
                let members = (element["expandedlicensing_member"]?.strings ?? []).map { member -> String in
                    if case .expression(let text) = expression(for: member, depth: depth + 1) {
                        return LicenseText.isCompound(text) ? "(\(text))" : text
                    }
                    return LicenseText.noAssertion
                }
                guard members.contains(where: { $0 != LicenseText.noAssertion }) else { return .noAssertion }
                return .expression(members.joined(separator: conjunction))
            case "expandedlicensing_OrLaterOperator":
                guard let subject = element["expandedlicensing_subjectLicense"]?.string,
                    case .expression(let text) = expression(for: subject, depth: depth + 1)
                else { return .noAssertion }
                return .expression(text + "+")
            case "expandedlicensing_WithAdditionOperator":
                guard let subject = element["expandedlicensing_subjectExtendableLicense"]?.string,
                    case .expression(let text) = expression(for: subject, depth: depth + 1)
                else { return .noAssertion }
                let addition = element["expandedlicensing_subjectAddition"]?.string.map(self.addition)
                let operand = LicenseText.isCompound(text) ? "(\(text))" : text
                return .expression("\(operand) WITH \(addition ?? "AdditionRef-unnamed")")
            default:
                return .expression(leaf(forIRI: target))
            }
        }

        /// The `WITH` operand for an addition: a listed exception (a `ListedLicenseException` element, or an
        /// IRI under `spdx.org/licenses/` the graph does not define) by its SPDX id; anything else, a
        /// `CustomLicenseAddition` above all, as `AdditionRef-<name>`, so that it never passes for a listed
        /// exception of the same name. The evaluator treats every `AdditionRef-` as an unknown term.
        func addition(_ target: String) -> String {
            let element = elements[target]
            let listed =
                element.map { Reader.type(of: $0) == "expandedlicensing_ListedLicenseException" }
                ?? (target.contains("spdx.org/licenses/") || !target.contains(":"))
            let segment = lastSegment(target)
            if listed, LicenseText.isIDString(Substring(segment)), !segment.hasPrefix("AdditionRef-") {
                return segment
            }
            var name = Substring(element?["name"]?.string ?? segment)
            if name.lowercased().hasPrefix("additionref-") { name = name.dropFirst("AdditionRef-".count) }
            return "AdditionRef-" + LicenseText.sanitized(name)
        }

        /// A license named by an IRI or a bare name: the catalog's license for it, else (for an IRI) its last
        /// path segment, else the name itself as a leaf.
        func leaf(forIRI target: String) -> String {
            if let descriptor = catalog.descriptor(for: target) { return LicenseText.leaf(for: descriptor) }
            if target.contains("://") || target.hasPrefix("urn:") {
                return LicenseText.leaf(lastSegment(target), catalog: catalog) ?? LicenseText.licenseRef(target)
            }
            return LicenseText.expression(target, catalog: catalog) ?? LicenseText.licenseRef(target)
        }

        /// The first non-blank line of a license text without markdown emphasis or heading marks.
        static func title(of text: String) -> String? {
            for line in text.split(whereSeparator: \.isNewline).prefix(5) {
                let title = LicenseText.trim(String(line.filter { !"*_#".contains($0) }))
                if !title.isEmpty { return title }
            }
            return nil
        }

        func lastSegment(_ iri: String) -> String {
            var s = Substring(iri)
            while s.hasSuffix("/") { s = s.dropLast() }
            if let cut = s.lastIndex(where: { $0 == "/" || $0 == "#" || $0 == ":" }) { s = s[s.index(after: cut)...] }
            for suffix in [".html", ".json"] where s.hasSuffix(suffix) { s = s.dropLast(suffix.count) }
            return String(s)
        }
    }
}

extension Array {
    /// The array, or nil when it is empty.
    fileprivate var nonEmpty: [Element]? { isEmpty ? nil : self }
}
