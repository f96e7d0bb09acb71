/// A CycloneDX BOM in JSON (1.5, 1.6 or 1.7; ML-BOMs included), read as components.
///
/// - Components: `metadata.component` when it is a model or a dataset (otherwise it is the BOM's subject,
///   usually the user's own application, and is not checked), and every entry of `components[]`,
///   recursively. `type: machine-learning-model` is a model, `data` a dataset, anything else a package. The
///   name is `group/name` when a group is given; the revision is `version`.
/// - Licenses (`licenses`): a list of `{license: {id | name}}` entries (several: all of them, AND) or of
///   `{expression}`; CycloneDX 1.7 may mix both, and marks entries `acknowledgement: declared | concluded`:
///   when any entry is concluded, only the concluded entries count. An `id` or a `name` that is a valid
///   expression leaf (`llama3.1`, `apache-2.0`) is passed on as written, to be resolved like any alias; a name
///   with spaces becomes the catalog id it names, or `LicenseRef-<sanitized>`. `licenses: null` declares none.
///   An entry that asserts nothing readable (a blank or non-string `expression`, neither `license` nor
///   `expression`, not an object) is never dropped: it stays in the AND as `LicenseRef-NOASSERTION`, with a
///   warning, so the component's license is unknown. An entry with both `license` and `expression` is an error
///   (the schema allows one of them).
/// - Lineage: `properties` and `modelCard.properties` named `base_model` (comma-separated ids) and
///   `base_model_relation`, tags `base_model:<relation>:<id>`, and `pedigree.ancestors[]`.
/// - Every component's location is the position of its license entry, or of its JSON object.
///
/// A `null` entry in `components[]` is skipped with a warning: it declares nothing. Any other non-object
/// entry, or a `components` that is not an array, is an error (it may hide a component). A component that is
/// read but has no `name` (or a blank one) is an error, as is a `bom-ref` used twice among
/// `metadata.component` and all components, nested ones included (the schema requires both): no component is
/// ever dropped silently. Invalid JSON (such as a trailing comma) is an error at the line and column of the
/// offending character.
public enum CycloneDXDocument: JSONDocumentFormat {
    /// The specification versions this reader knows; a newer one is an error.
    public static let supportedVersions = ["1.5", "1.6", "1.7"]

    /// Whether a parsed JSON document is a CycloneDX BOM.
    static func matches(_ root: JSONValue) -> Bool {
        root["bomFormat"]?.string == "CycloneDX"
    }

    static func read(_ source: JSONSource, catalog: Catalog) -> [Component] {
        let root = source.root
        guard root.isObject, matches(root) else {
            source.record(
                "cyclonedx.not-a-bom", .error, "not a CycloneDX BOM: 'bomFormat' must be \"CycloneDX\"",
                at: root["bomFormat"] ?? root)
            return []
        }
        if let version = root["specVersion"] {
            let text = version.text ?? ""
            if Self.isNewer(text) {
                source.record(
                    "cyclonedx.unsupported-version", .error,
                    "CycloneDX \(text) is newer than this Clearance reads (\(supportedVersions.joined(separator: ", ")))",
                    at: version)
                return []
            }
        } else {
            source.record(
                "cyclonedx.missing-version", .warning, "the BOM has no 'specVersion'; read as CycloneDX 1.7", at: root)
        }
        var reader = Reader(source: source, catalog: catalog)
        if let subject = root["metadata"]?["component"], subject.isObject {
            let type = subject["type"]?.string
            reader.visit(
                subject, path: "metadata.component", include: type == "machine-learning-model" || type == "data")
        }
        if let list = root["components"] {
            reader.visitList(list, path: "components")
        }
        return reader.components
    }

    /// Whether `version` is a CycloneDX version newer than the newest supported one.
    static func isNewer(_ version: String) -> Bool {
        let parts = version.split(separator: ".").map { Int($0) }
        guard parts.count >= 2, let major = parts[0], let minor = parts[1] else { return false }
        return major > 1 || (major == 1 && minor > 7)
    }

    private struct Reader {
        let source: JSONSource
        let catalog: Catalog
        var components: [Component] = []
        /// Each `bom-ref` seen, with the value that first used it.
        var seenReferences: [String: JSONValue] = [:]
        var depth = 0

        mutating func visitList(_ list: JSONValue, path: String) {
            if list.isNull { return }
            guard let items = list.array else {
                source.record(
                    "cyclonedx.type-mismatch", .error,
                    "'\(path)' must be an array of components, found \(list.kindDescription), so this BOM is invalid",
                    at: list)
                return
            }
            for (i, item) in items.enumerated() {
                guard item.isObject else {
                    // `null` (seen in generators' output) declares nothing; any other value may hide a component.
                    if item.isNull {
                        source.record(
                            "cyclonedx.invalid-component", .warning, "\(path)[\(i)] is null, not a component; skipped",
                            at: item)
                    } else {
                        source.record(
                            "cyclonedx.invalid-component", .error,
                            "\(path)[\(i)] is \(item.kindDescription), not a component object, so this BOM is invalid",
                            at: item)
                    }
                    continue
                }
                visit(item, path: "\(path)[\(i)]", include: true)
            }
        }

        mutating func visit(_ object: JSONValue, path: String, include: Bool) {
            let unique = checkReference(object, path: path)
            if include, unique, let component = component(object, path: path) { components.append(component) }
            guard let nested = object["components"] else { return }
            depth += 1
            defer { depth -= 1 }
            visitList(nested, path: path + ".components")
        }

        /// Whether the `bom-ref` of `object` (if any) is the first use of that reference; a second use is an
        /// error at it, with a note at the first.
        mutating func checkReference(_ object: JSONValue, path: String) -> Bool {
            guard let value = object["bom-ref"], let reference = value.string, !reference.isEmpty else { return true }
            guard let first = seenReferences[reference] else {
                seenReferences[reference] = value
                return true
            }
            source.record(
                Diagnostic(
                    id: "cyclonedx.duplicate-ref",
                    message:
                        "\(path) uses the bom-ref '\(reference)' of an earlier component; each component needs its own bom-ref, so this BOM is invalid",
                    at: source.location(value),
                    notes: [
                        Diagnostic.Note("the bom-ref '\(reference)' is first used here", at: source.location(first))
                    ]))
            return false
        }

        mutating func component(_ object: JSONValue, path: String) -> Component? {
            let kind: Component.Kind
            switch object["type"]?.string {
            case "machine-learning-model": kind = .model
            case "data": kind = .dataset
            default: kind = .package
            }
            guard let name = Self.name(of: object) else {
                let what = object["name"] == nil ? "has no 'name'" : "has a blank or non-string 'name'"
                source.record(
                    "cyclonedx.missing-name", .error,
                    "\(path) \(what); a component must be named to be checked, so this BOM is invalid",
                    at: object["name"] ?? object)
                return nil
            }
            let (license, licenseValue) = licenses(of: object, path: path)
            let (bases, relation) = lineage(of: object)
            var component = Component(
                name: name, kind: kind, license: license, location: source.location(licenseValue ?? object),
                revision: object["version"]?.text, baseModels: bases, baseModelRelation: relation)
            component.declaredLicense = license
            return component
        }

        static func name(of object: JSONValue) -> String? {
            guard let name = object["name"]?.text.map(LicenseText.trim), !name.isEmpty else { return nil }
            if let group = object["group"]?.string.map(LicenseText.trim), !group.isEmpty, !name.contains("/") {
                return group + "/" + name
            }
            return name
        }

        /// `(expression, the value it was read from)`.
        func licenses(of object: JSONValue, path: String) -> (String?, JSONValue?) {
            guard let list = object["licenses"], !list.isNull else { return (nil, nil) }
            guard let entries = list.array else {
                source.record(
                    "cyclonedx.type-mismatch", .warning,
                    "'licenses' of \(path) must be an array, found \(list.kindDescription); no license read", at: list)
                return (nil, nil)
            }
            var concluded: [(String, JSONValue)] = []
            var others: [(String, JSONValue)] = []
            let unknown = LicenseText.noAssertion
            for entry in entries {
                guard entry.isObject else {
                    source.record(
                        "cyclonedx.invalid-license", .warning,
                        "a license entry of \(path) is \(entry.kindDescription), not an object; read as an unknown license",
                        at: entry)
                    others.append((unknown, entry))
                    continue
                }
                if entry["license"] != nil, let expression = entry["expression"] {
                    source.record(
                        "cyclonedx.license-and-expression", .error,
                        "a license entry of \(path) has both 'license' and 'expression'; an entry holds one of them, so this BOM is invalid (write two entries, or one expression)",
                        at: expression)
                    continue
                }
                var acknowledgement = entry["acknowledgement"]?.string
                let read: (String, JSONValue)
                if let license = entry["license"], license.isObject {
                    acknowledgement = license["acknowledgement"]?.string ?? acknowledgement
                    if let id = license["id"], let text = id.string, let leaf = LicenseText.leaf(text, catalog: catalog)
                    {
                        read = (leaf, id)
                    } else if let name = license["name"], let text = name.string,
                        let leaf = LicenseText.leaf(text, catalog: catalog)
                    {
                        read = (leaf, name)
                    } else {
                        source.record(
                            "cyclonedx.license-without-id", .warning,
                            "a license of \(path) has neither an 'id' nor a 'name'; read as an unknown license",
                            at: license)
                        read = ("LicenseRef-unnamed", license)
                    }
                } else if let expression = entry["expression"] {
                    if let text = expression.string, let value = LicenseText.expression(text, catalog: catalog) {
                        read = (value, expression)
                    } else {
                        let what =
                            expression.string != nil
                            ? "a blank 'expression'" : "an 'expression' that is \(expression.kindDescription)"
                        source.record(
                            "cyclonedx.invalid-license", .warning,
                            "a license entry of \(path) has \(what); read as an unknown license", at: expression)
                        read = (unknown, expression)
                    }
                } else {
                    let what =
                        entry["license"].map { "a 'license' that is \($0.kindDescription)" }
                        ?? "neither 'license' nor 'expression'"
                    source.record(
                        "cyclonedx.invalid-license", .warning,
                        "a license entry of \(path) has \(what); read as an unknown license",
                        at: entry["license"] ?? entry)
                    read = (unknown, entry)
                }
                if acknowledgement == "concluded" { concluded.append(read) } else { others.append(read) }
            }
            let chosen = concluded.isEmpty ? others : concluded
            return (LicenseText.and(chosen.map(\.0)), chosen.first?.1)
        }

        /// `(base model ids, relation)` from properties, tags and pedigree.
        func lineage(of object: JSONValue) -> ([String], String?) {
            var bases: [String] = []
            var relation: String?
            for list in [object["properties"], object["modelCard"]?["properties"]] {
                for property in list?.array ?? [] {
                    guard let name = property["name"]?.string, let value = property["value"]?.text else { continue }
                    switch name.lowercased() {
                    case "base_model", "basemodel", "base-model", "huggingface:base_model":
                        bases += value.split(separator: ",").map { LicenseText.trim(String($0)) }
                    case "base_model_relation", "basemodelrelation", "base-model-relation":
                        relation = relation ?? LicenseText.trim(value)
                    default:
                        break
                    }
                }
            }
            if bases.isEmpty {
                for tag in object["tags"]?.strings ?? [] where tag.hasPrefix("base_model:") {
                    let parts = tag.dropFirst("base_model:".count).split(separator: ":", maxSplits: 1)
                    if parts.count == 2, HuggingFaceCard.relations.contains(String(parts[0])) {
                        relation = relation ?? String(parts[0])
                        bases.append(String(parts[1]))
                    } else if parts.count == 1 {
                        bases.append(String(parts[0]))
                    }
                }
            }
            for ancestor in object["pedigree"]?["ancestors"]?.array ?? [] {
                if let name = Self.name(of: ancestor) { bases.append(name) }
            }
            var seen = Set<String>()
            bases = bases.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
            return (bases, relation)
        }
    }
}
