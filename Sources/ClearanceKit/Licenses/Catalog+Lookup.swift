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
