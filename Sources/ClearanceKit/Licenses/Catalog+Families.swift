/// Family entries: names such as the Hugging Face Hub's `gpl` or `cc` that say which licenses, not which
/// version. A family entry lists the versions it could stand for (`versions:`); it has no terms of its own, so
/// evaluation gives `license-version-unknown` (review) and never a pass. See <doc:DescriptorFormat>.
extension Catalog {
    /// One version a family entry could stand for.
    public enum FamilyVersion: Hashable, Sendable {
        /// A license of the catalog.
        case catalog(LicenseDescriptor)
        /// An SPDX id the catalog has no descriptor for (its terms are unknown), as the list spells it.
        case spdx(String)

        /// How a message names it: `gpl-2.0 (GPL-2.0-only)`, `GPL-2.0-or-later (not in the catalog)`.
        public var description: String {
            switch self {
            case .catalog(let d): d.isSPDXListed && d.spdx.lowercased() != d.id ? "\(d.id) (\(d.spdx))" : d.id
            case .spdx(let id): "\(id) (not in the catalog)"
            }
        }
    }

    /// The versions of a family entry that resolve, in the order the entry lists them: catalog licenses, then
    /// (for names the catalog lacks) SPDX ids; names that resolve to neither, or to a family, are left out.
    public func versions(of family: LicenseDescriptor) -> [FamilyVersion] {
        family.versions.compactMap { resolveVersion($0, fallback: nil) }
    }

    /// What `name`, listed in a family's `versions`, resolves to: a license (not a family) of this catalog or
    /// of `fallback`, or an id on the SPDX list.
    private func resolveVersion(_ name: String, fallback: Catalog?) -> FamilyVersion? {
        if let d = descriptor(for: name) ?? fallback?.descriptor(for: name) {
            return d.isFamily ? nil : .catalog(d)
        }
        if let entry = SPDXLicenseList.entry(for: name), entry.kind != .exception { return .spdx(entry.id) }
        return nil
    }

    /// Problems with the family entries `ids` (all when nil): a version that is neither a catalog license nor
    /// an SPDX id (`descriptor.unknown-version`), and a category that is not the most restrictive of the
    /// versions' in the catalog (`descriptor.family-category`). Versions are looked up here, then in
    /// `fallback`.
    func familyDiagnostics(of ids: Set<String>? = nil, fallback: Catalog? = nil) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for family in descriptors where family.isFamily && ids.map({ $0.contains(family.id) }) ?? true {
            var categories: [(LicenseDescriptor.Category, String)] = []
            for (index, name) in family.versions.enumerated() {
                let location = versionLocation(family.id, index) ?? SourceLocation(file: family.file)
                let found = descriptor(for: name) ?? fallback?.descriptor(for: name)
                if let found, found.isFamily {
                    result.append(
                        Diagnostic(
                            id: "descriptor.unknown-version",
                            message: "'\(name)' is a family entry itself; list the licenses it stands for instead",
                            at: location))
                    continue
                }
                guard let version = resolveVersion(name, fallback: fallback) else {
                    var message = "version '\(name)' is neither a license of the catalog nor an SPDX id"
                    let near = (fallback ?? self).suggestions(for: name)
                    if !near.isEmpty {
                        message += "; did you mean " + near.map { "'\($0)'" }.joined(separator: ", ") + "?"
                    }
                    result.append(Diagnostic(id: "descriptor.unknown-version", message: message, at: location))
                    continue
                }
                if case .catalog(let d) = version { categories.append((d.category, d.id)) }
            }
            guard let strictest = categories.map(\.0).max(by: { $0.restrictiveness < $1.restrictiveness }),
                strictest != family.category
            else { continue }
            let which = categories.filter { $0.0 == strictest }.map(\.1).joined(separator: ", ")
            result.append(
                Diagnostic(
                    id: "descriptor.family-category",
                    message:
                        "family '\(family.id)' has category \(family.category.rawValue), but its most restrictive version is \(strictest.rawValue) (\(which)); a family takes the most restrictive category of its versions",
                    at: SourceLocation(file: family.file)))
        }
        return result
    }
}

extension LicenseDescriptor.Category {
    /// How much a category restricts, for the category of a family entry (the most restrictive of its
    /// versions'): permissive, weak-copyleft, copyleft, responsible-ai, community, non-commercial,
    /// research-only, proprietary.
    public var restrictiveness: Int {
        switch self {
        case .permissive: 0
        case .weakCopyleft: 1
        case .copyleft: 2
        case .responsibleAI: 3
        case .community: 4
        case .nonCommercial: 5
        case .researchOnly: 6
        case .proprietary: 7
        }
    }
}
