import ClearanceKit
import Testing

@Suite struct LicenseFilterTests {
    @Test(arguments: [
        (LicenseFilter(category: .weakCopyleft, search: "lgpl"), ["lgpl", "lgpl-2.1", "lgpl-3.0", "lgpl-lr"]),
        (LicenseFilter(family: "GPL"), ["agpl-3.0", "gpl", "gpl-2.0", "gpl-3.0", "lgpl", "lgpl-2.1", "lgpl-3.0"]),
        (LicenseFilter(category: .copyleft, family: "gpl"), ["agpl-3.0", "gpl", "gpl-2.0", "gpl-3.0"]),
        (LicenseFilter(search: "RAIL++"), ["openrail++"]),
        (LicenseFilter(search: "new bsd"), ["bsd-3-clause"]),
        (LicenseFilter(category: .permissive, search: "openrail"), []),
    ])
    func licenseFilterCombinesItsConditions(filter: LicenseFilter, ids: [String]) {
        #expect(filter.apply(to: .shipped).map(\.id) == ids)
    }
}
