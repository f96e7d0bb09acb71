/// Which catalog entries `clearance licenses` lists: all the given conditions hold.
public struct LicenseFilter: Hashable, Sendable {
    /// Only this category.
    public var category: LicenseDescriptor.Category?
    /// Only this family (`gpl`, `llama`), compared case-insensitively.
    public var family: String?
    /// Only entries whose id, name or an alias contains this text, compared case-insensitively.
    public var search: String?

    public init(category: LicenseDescriptor.Category? = nil, family: String? = nil, search: String? = nil) {
        self.category = category
        self.family = family
        self.search = search
    }

    /// Whether `d` meets every condition.
    public func matches(_ d: LicenseDescriptor) -> Bool {
        if let category, d.category != category { return false }
        if let family, d.family.lowercased() != family.lowercased() { return false }
        if let search {
            let needle = search.lowercased()
            guard ([d.id, d.name] + d.aliases).contains(where: { $0.lowercased().contains(needle) }) else {
                return false
            }
        }
        return true
    }

    /// The entries of `catalog` that match, sorted by id.
    public func apply(to catalog: Catalog) -> [LicenseDescriptor] {
        catalog.descriptors.filter(matches)
    }
}
