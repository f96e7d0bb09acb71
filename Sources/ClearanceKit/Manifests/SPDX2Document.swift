/// An SPDX 2.x document in JSON (2.3, and 2.2 which has the same fields), read as components.
///
/// - Components: `packages[]` (files and snippets are not read). SPDX 2 has no "model" purpose, so a package
///   is a model when it comes from Hugging Face (a `pkg:huggingface` purl, or a `huggingface.co` download
///   location), a dataset when that location is under `huggingface.co/datasets/`, and a package otherwise.
/// - License: `licenseConcluded`, or `licenseDeclared` when nothing is concluded. `NOASSERTION` (or a missing
///   field) is unknown: no license, and a note. `NONE` declares that there is no license: no license either.
/// - `LicenseRef-…` leaves are replaced by the license their `hasExtractedLicensingInfos` entry names, when
///   the catalog knows its `name` or one of its `seeAlsos` URLs; otherwise they stay, and stay unknown.
/// - Lineage: `DESCENDANT_OF` and `ANCESTOR_OF` relationships between packages.
///
/// A package without a `name` (or with a blank one), an entry of `packages[]` that is not an object (other
/// than `null`, skipped with a warning), and an `SPDXID` used by two packages are errors: no package is
/// dropped silently.
public enum SPDX2Document: JSONDocumentFormat {
    /// Whether a parsed JSON document is an SPDX 2 document.
    static func matches(_ root: JSONValue) -> Bool {
        root["spdxVersion"]?.string != nil
    }

    static func read(_ source: JSONSource, catalog: Catalog) -> [Component] {
        let root = source.root
        guard let versionValue = root["spdxVersion"], let version = versionValue.string else {
            source.record("spdx.not-a-document", .error, "not an SPDX document: 'spdxVersion' is missing", at: root)
            return []
        }
        guard version.hasPrefix("SPDX-2.") else {
            source.record(
                "spdx.unsupported-version", .error,
                "'\(version)' is not an SPDX 2 version; SPDX 3 documents are JSON-LD with an '@context'",
                at: versionValue)
            return []
        }
        let extracted = extractedLicenses(root, catalog: catalog)
        var components: [Component] = []
        var nameByID: [String: String] = [:]
        var indexByID: [String: Int] = [:]
        var firstByID: [String: JSONValue] = [:]
        for (i, package) in (root["packages"]?.array ?? []).enumerated() {
            guard package.isObject else {
                if package.isNull {
                    source.record(
                        "spdx.invalid-package", .warning, "packages[\(i)] is null, not a package; skipped", at: package)
                } else {
                    source.record(
                        "spdx.invalid-package", .error,
                        "packages[\(i)] is \(package.kindDescription), not a package object, so this document is invalid",
                        at: package)
                }
                continue
            }
            guard let name = package["name"]?.text.map(LicenseText.trim), !name.isEmpty else {
                let what = package["name"] == nil ? "has no 'name'" : "has a blank 'name'"
                source.record(
                    "spdx.missing-name", .error,
                    "packages[\(i)] \(what); a package must be named to be checked, so this document is invalid",
                    at: package["name"] ?? package)
                continue
            }
            let (license, licenseValue) = self.license(of: package, name: name, source: source, extracted: extracted)
            var component = Component(
                name: name, kind: kind(of: package), license: license,
                location: source.location(licenseValue ?? package),
                revision: package["versionInfo"]?.text)
            component.declaredLicense = license
            if let idValue = package["SPDXID"], let id = idValue.string {
                if let first = firstByID[id] {
                    source.record(
                        Diagnostic(
                            id: "spdx.duplicate-id",
                            message:
                                "packages[\(i)] reuses the SPDXID '\(id)' of an earlier package; each package needs its own SPDXID, so this document is invalid",
                            at: source.location(idValue),
                            notes: [
                                Diagnostic.Note("the SPDXID '\(id)' is first used here", at: source.location(first))
                            ]))
                } else {
                    firstByID[id] = idValue
                    nameByID[id] = name
                    indexByID[id] = components.count
                }
            }
            components.append(component)
        }
        for relationship in root["relationships"]?.array ?? [] {
            guard let from = relationship["spdxElementId"]?.string, let to = relationship["relatedSpdxElement"]?.string,
                let type = relationship["relationshipType"]?.string
            else { continue }
            let (child, parent): (String, String)
            switch type {
            case "DESCENDANT_OF": (child, parent) = (from, to)
            case "ANCESTOR_OF": (child, parent) = (to, from)
            default: continue
            }
            guard let i = indexByID[child], let base = nameByID[parent] else { continue }
            if !components[i].baseModels.contains(base) { components[i].baseModels.append(base) }
        }
        return components
    }

    /// The extracted licenses the catalog recognises: `LicenseRef-…` id → expression leaf.
    static func extractedLicenses(_ root: JSONValue, catalog: Catalog) -> [String: String] {
        var result: [String: String] = [:]
        for info in root["hasExtractedLicensingInfos"]?.array ?? [] {
            guard let id = info["licenseId"]?.string else { continue }
            let names = [info["name"]?.string].compactMap { $0 } + (info["seeAlsos"]?.strings ?? [])
            for name in names {
                if let descriptor = catalog.descriptor(for: name) {
                    result[id] = LicenseText.leaf(for: descriptor)
                    break
                }
            }
        }
        return result
    }

    static func kind(of package: JSONValue) -> Component.Kind {
        let locations =
            [package["downloadLocation"]?.string, package["homepage"]?.string].compactMap { $0?.lowercased() }
        if locations.contains(where: { $0.contains("huggingface.co/datasets/") }) { return .dataset }
        let purls = (package["externalRefs"]?.array ?? []).compactMap { $0["referenceLocator"]?.string?.lowercased() }
        if purls.contains(where: { $0.hasPrefix("pkg:huggingface/") }) { return .model }
        if locations.contains(where: { $0.contains("huggingface.co/") }) { return .model }
        return .package
    }

    /// `(expression, the value it was read from)`.
    static func license(
        of package: JSONValue, name: String, source: JSONSource, extracted: [String: String]
    ) -> (String?, JSONValue?) {
        let concluded = package["licenseConcluded"]
        let declared = package["licenseDeclared"]
        for value in [concluded, declared] {
            guard let value, let text = value.string.map(LicenseText.trim), !text.isEmpty, text != "NOASSERTION" else {
                continue
            }
            if text == "NONE" {
                source.record(
                    "spdx.no-license", .note, "'\(name)' declares that it has no license (NONE)", at: value)
                return (nil, value)
            }
            let expression =
                LicenseText.leaves(of: text).contains { extracted[$0] != nil }
                ? LicenseText.replacingLeaves(in: text) { extracted[$0] } : text
            return (expression, value)
        }
        source.record(
            "spdx.noassertion", .note,
            "the document makes no assertion about the license of '\(name)'; it stays unknown",
            at: concluded ?? declared ?? package)
        return (nil, nil)
    }
}
