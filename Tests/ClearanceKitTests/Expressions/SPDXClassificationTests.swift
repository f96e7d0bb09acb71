import ClearanceKit
import Testing

/// The generated category table of SPDX licenses without a descriptor.
@Suite struct SPDXClassificationTests {
    @Test func everyListedLicenseIdIsClassified() {
        let missing = (SPDXLicenseList.licenses + SPDXLicenseList.deprecatedLicenses).filter {
            SPDXLicenseList.classification(for: $0) == nil
        }
        #expect(missing == [])
    }

    @Test(
        arguments: [
            ("Sleepycat", "copyleft"), ("gpl-2.0-or-later", "copyleft"), ("LGPL-2.1-only", "weak-copyleft"),
            ("MPL-2.0", "weak-copyleft"), ("CC-BY-NC-4.0", "non-commercial"), ("CC-BY-SA-4.0", "copyleft"),
            ("ISC", "permissive"), ("Unlicense", "permissive"), ("Zed", nil), ("CC-BY-3.0", nil),
        ] as [(String, String?)])
    func categories(id: String, category: String?) {
        #expect(SPDXLicenseList.classification(for: id)?.category?.rawValue == category)
    }

    @Test func exceptionsAndUnknownNamesHaveNoClassification() {
        #expect(SPDXLicenseList.classification(for: "LLVM-exception") == nil)
        #expect(SPDXLicenseList.classification(for: "llama3.1") == nil)
    }

    @Test func theCatalogResolvesSPDXIdsItHasNoDescriptorFor() {
        let catalog = Catalog.shipped
        #expect(catalog.resolution(of: "isc") == .catalog("isc"))
        #expect(catalog.resolution(of: "sleepycat") == .notInCatalog("Sleepycat"))
        #expect(catalog.resolution(of: "LLVM-exception") == .unknown(suggestions: []))
        #expect(catalog.resolution(of: "no-such-license") == .unknown(suggestions: []))
    }
}
