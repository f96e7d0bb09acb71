import ClearanceYAML

/// The catalog answers expression resolution directly: ids, aliases, full names and URLs to catalog ids, and
/// catalog ids to how a normalized expression writes them.
extension Catalog: LicenseCatalogLookup {
    public func catalogID(for name: String) -> String? {
        descriptor(for: name)?.id
    }

    /// The SPDX id when the SPDX list has it (e.g. "Apache-2.0"), the catalog id otherwise (e.g. "llama3.1").
    public func canonicalName(for catalogID: String) -> String {
        guard let descriptor = descriptor(for: catalogID) else { return catalogID }
        return descriptor.isSPDXListed ? descriptor.spdx : descriptor.id
    }

    public var knownNames: [String] { allNames }
}

extension Catalog {
    /// What one license name stands for, the same for a policy's lists, an exception's `license` and every leaf
    /// the evaluator checks: a descriptor by id, SPDX id, alias, full name or URL (case-insensitive, see
    /// ``descriptor(for:)``); else a license id of the SPDX list (``SPDXLicenseList``) the catalog has no
    /// descriptor for, as the list spells it (a deprecated id with one exact replacement is read as that
    /// replacement, as a descriptor when the catalog has one); else unknown, without suggestions.
    public func resolution(of name: String) -> LicenseResolution {
        if let descriptor = descriptor(for: name) { return .catalog(descriptor.id) }
        guard let entry = SPDXLicenseList.entry(for: name), entry.kind != .exception else {
            return .unknown(suggestions: [])
        }
        if entry.kind == .deprecatedLicense, let exact = SPDXLicenseList.exactReplacement(for: entry.id) {
            if let descriptor = descriptor(for: exact) { return .catalog(descriptor.id) }
            return .notInCatalog(exact)
        }
        return .notInCatalog(entry.id)
    }

    /// Catalog names and SPDX license ids near `name`, nearest first: what a policy's unknown name suggests.
    func suggestionsWithSPDX(for name: String, limit: Int = 1) -> [String] {
        let names = descriptors.map(\.id) + descriptors.flatMap(\.aliases).filter { !$0.contains("/") }
        return Suggestion.nearest(to: name, in: names + SPDXLicenseList.licenses, limit: limit)
    }
}
