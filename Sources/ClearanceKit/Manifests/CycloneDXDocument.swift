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
/// - Lineage: `properties` and `modelCard.properties` named `base_model` (comma-separated ids) and
///   `base_model_relation`, tags `base_model:<relation>:<id>`, and `pedigree.ancestors[]`.
/// - Every component's location is the position of its license entry, or of its JSON object.
///
/// A `null` (or other non-object) entry in `components[]` is skipped with a warning. Invalid JSON (such as a
/// trailing comma) is an error at the line and column of the offending character.
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
        var seenReferences = Set<String>()
        var depth = 0

        mutating func visitList(_ list: JSONValue, path: String) {
            if list.isNull { return }
            guard let items = list.array else {
                source.record(
                    "cyclonedx.type-mismatch", .warning,
                    "'\(path)' must be an array, found \(list.kindDescription); skipped",
                    at: list)
                return
            }
            for (i, item) in items.enumerated() {
                guard item.isObject else {
                    source.record(
                        "cyclonedx.invalid-component", .warning,
                        "\(path)[\(i)] is \(item.kindDescription), not a component; skipped", at: item)
                    continue
                }
                visit(item, path: "\(path)[\(i)]", include: true)
            }
        }

        mutating func visit(_ object: JSONValue, path: String, include: Bool) {
            if include, let component = component(object, path: path) { components.append(component) }
            guard let nested = object["components"] else { return }
            depth += 1
            defer { depth -= 1 }
            visitList(nested, path: path + ".components")
        }

        mutating func component(_ object: JSONValue, path: String) -> Component? {
            if let reference = object["bom-ref"]?.string, !reference.isEmpty {
                guard seenReferences.insert(reference).inserted else { return nil }
            }
            let kind: Component.Kind
            switch object["type"]?.string {
            case "machine-learning-model": kind = .model
            case "data": kind = .dataset
            default: kind = .package
            }
            guard let name = Self.name(of: object) else {
                source.record(
                    "cyclonedx.missing-name", .warning, "\(path) has no 'name'; skipped", at: object)
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
            for entry in entries {
                guard entry.isObject else {
                    source.record(
                        "cyclonedx.invalid-license", .warning,
                        "a license entry of \(path) is \(entry.kindDescription), not an object; skipped", at: entry)
                    continue
                }
                var acknowledgement = entry["acknowledgement"]?.string
                var read: (String, JSONValue)?
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
                } else if let expression = entry["expression"], let text = expression.string {
                    if let value = LicenseText.expression(text, catalog: catalog) { read = (value, expression) }
                } else {
                    source.record(
                        "cyclonedx.invalid-license", .warning,
                        "a license entry of \(path) has neither 'license' nor 'expression'; skipped", at: entry)
                }
                guard let read else { continue }
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
