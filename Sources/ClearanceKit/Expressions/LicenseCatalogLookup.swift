/// What expression resolution needs from the license catalog: names to catalog ids, and back.
///
/// The catalog conforms to this; tests use small fakes. Every method matches names case-insensitively.
public protocol LicenseCatalogLookup: Sendable {
    /// The catalog id for any id, alias, full name or URL (case-insensitive), or nil.
    func catalogID(for name: String) -> String?
    /// How a catalog id is written in a normalized expression: its SPDX id when the SPDX list has it (e.g.
    /// "Apache-2.0"), the catalog id otherwise (e.g. "llama3.1").
    func canonicalName(for catalogID: String) -> String
    /// All names (ids and aliases) the catalog knows, for suggestions.
    var knownNames: [String] { get }
}
