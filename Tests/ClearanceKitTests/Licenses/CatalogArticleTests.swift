@testable import ClearanceKit
import Foundation
import Testing

/// `Catalog.md` is generated from the shipped catalog; this keeps the two the same.
///
/// Run `CLEARANCE_RECORD=1 swift test --filter CatalogArticleTests` to write the article again after changing
/// `Licenses/` (then `touch Package.swift` first, so that the embedded catalog is rebuilt).
@Suite struct CatalogArticleTests {
    static let article = licensesDirectory.deletingLastPathComponent()
        .appendingPathComponent("Sources/ClearanceKit/ClearanceKit.docc/Catalog.md")

    @Test func articleMatchesTheShippedCatalog() throws {
        let actual = Self.render(Catalog.shipped)
        if Expected.recording {
            try Data(actual.utf8).write(to: Self.article)
            return
        }
        let text = try String(contentsOf: Self.article, encoding: .utf8)
        #expect(
            text == actual,
            "Catalog.md differs from Licenses/; run CLEARANCE_RECORD=1 swift test --filter CatalogArticleTests")
    }

    @Test func articleListsEveryEntryWithItsCategoryAndDate() throws {
        let text = try String(contentsOf: Self.article, encoding: .utf8)
        for d in Catalog.shipped.descriptors {
            #expect(
                text.contains("| `\(d.id)` | \(Self.cell(d.name)) | \(d.category.rawValue) | \(Self.terms(d)) | \(d.verified) |"),
                "missing \(d.id)")
        }
    }

    @Test(arguments: [
        ("mit", "verified"), ("faipl-1.0-sd", "identity only"), ("gpl", "family: version unknown"),
    ])
    func termsColumnSaysWhatTheDescriptorHolds(id: String, terms: String) throws {
        #expect(Self.terms(try #require(Catalog.shipped.descriptor(for: id))) == terms)
    }

    /// The article for `catalog`.
    static func render(_ catalog: Catalog) -> String {
        let entries = catalog.descriptors
        var out = """
            # The license catalog

            Every license Clearance ships, with its category and when its descriptor was last checked.

            <!-- Generated from Licenses/ by CatalogArticleTests; do not edit by hand. After changing Licenses/, run
            `touch Package.swift` and `CLEARANCE_RECORD=1 swift test --filter CatalogArticleTests`. -->

            ## Overview

            The catalog is compiled from `Licenses/`, one descriptor per file (see <doc:DescriptorFormat>):
            \(entries.count) entries today. `clearance licenses` lists them too (`--category`, `--family` and
            `--search` narrow the list), and `clearance explain ID` shows one's terms with their clauses.

            **Terms** says what a descriptor holds:

            - *verified*: terms encoded from the licensor's text, each citing its clause, checked on the date given
              (what the sources did not establish is listed as unverified, and evaluated as unknown);
            - *identity only*: the license is known by name and source, but no term is encoded, so every use of it
              gets a review;
            - *family: version unknown*: a name such as the Hub's `gpl` that does not say which version; it never
              passes (`license-version-unknown`), see <doc:DescriptorFormat>.

            | id | name | category | terms | verified |
            |---|---|---|---|---|

            """
        for d in entries {
            out += "| `\(d.id)` | \(cell(d.name)) | \(d.category.rawValue) | \(terms(d)) | \(d.verified) |\n"
        }
        let families = entries.filter(\.isFamily)
        if !families.isEmpty {
            out += "\n## Families\n\nWhat each family entry could stand for:\n\n| id | could be |\n|---|---|\n"
            for d in families {
                let versions = catalog.versions(of: d).map { cell($0.description) }.joined(separator: ", ")
                out += "| `\(d.id)` | \(versions) |\n"
            }
        }
        return out
    }

    /// What the descriptor holds: terms, identity only, or a family.
    static func terms(_ d: LicenseDescriptor) -> String {
        if d.isFamily { return "family: version unknown" }
        let none =
            d.permissions.isEmpty && d.limits == LicenseDescriptor.Limits()
            && d.restrictions == LicenseDescriptor.Restrictions() && d.obligations.isEmpty
        return none ? "identity only" : "verified"
    }

    /// Text for a Markdown table cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
