import ClearanceKit
import ClearanceYAML
import Foundation
import Testing

/// The Hugging Face Hub ids of `/work/shared/reference/hf-license-ids.txt` (or `$CLEARANCE_HF_IDS`), one a
/// line, `#` lines left out; empty when the file is not there.
let hubLicenseIDs: [String] = {
    let path =
        ProcessInfo.processInfo.environment["CLEARANCE_HF_IDS"] ?? "/work/shared/reference/hf-license-ids.txt"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") }
}()

/// The Hub's family ids: names without a version.
let hubFamilyIDs = ["bsd", "cc", "gpl", "lgpl", "gfdl", "openrail"]

@Suite struct FamilyTests {
    @Test(arguments: [
        ("bsd", "bsd-2-clause, bsd-3-clause, bsd-3-clause-clear, BSD-4-Clause (not in the catalog)"),
        ("cc", "cc0-1.0, cc-by-2.0, cc-by-2.5, cc-by-3.0, cc-by-4.0, cc-by-sa-3.0, cc-by-sa-4.0, cc-by-nd-4.0, cc-by-nc-2.0, cc-by-nc-3.0, cc-by-nc-4.0, cc-by-nc-sa-2.0, cc-by-nc-sa-3.0, cc-by-nc-sa-4.0, cc-by-nc-nd-3.0, cc-by-nc-nd-4.0"),
        ("gpl", "gpl-2.0 (GPL-2.0-only), GPL-2.0-or-later (not in the catalog), gpl-3.0 (GPL-3.0-only), GPL-3.0-or-later (not in the catalog)"),
        ("lgpl", "LGPL-2.0-only (not in the catalog), LGPL-2.0-or-later (not in the catalog), lgpl-2.1 (LGPL-2.1-only), LGPL-2.1-or-later (not in the catalog), lgpl-3.0 (LGPL-3.0-only), LGPL-3.0-or-later (not in the catalog)"),
        ("gfdl", "GFDL-1.1-only (not in the catalog), GFDL-1.1-or-later (not in the catalog), GFDL-1.2-only (not in the catalog), GFDL-1.2-or-later (not in the catalog), GFDL-1.3-only (not in the catalog), GFDL-1.3-or-later (not in the catalog)"),
        ("openrail", "creativeml-openrail-m, bigscience-openrail-m, bigcode-openrail-m, openrail++, bigscience-bloom-rail-1.0"),
    ])
    func familyIdResolvesToAFamilyEntryWithItsVersions(id: String, versions: String) throws {
        let family = try #require(Catalog.shipped.descriptor(for: id))
        #expect(family.id == id)
        #expect(family.isFamily)
        #expect(family.permissions.isEmpty && family.obligations.isEmpty)
        #expect(Catalog.shipped.versions(of: family).map(\.description).joined(separator: ", ") == versions)
    }

    @Test(arguments: ["unknown", "other"])
    func unknownAndOtherAreNoLicense(id: String) {
        #expect(Catalog.shipped.descriptor(for: id) == nil)
    }

    @Test func everyFamilyIdIsOnTheHubList() {
        #expect(hubLicenseIDs.isEmpty || Set(hubFamilyIDs).isSubset(of: hubLicenseIDs))
    }

    @Test(arguments: [
        ("gpl", "license 'gpl' names a family of licenses (GNU General Public License, any version), not one version, so its terms are unknown: it could be gpl-2.0 (GPL-2.0-only), GPL-2.0-or-later (not in the catalog), gpl-3.0 (GPL-3.0-only) or GPL-3.0-or-later (not in the catalog); declare the version"),
        ("LicenseRef-hf-gpl", "license 'LicenseRef-hf-gpl' (gpl) names a family of licenses (GNU General Public License, any version), not one version, so its terms are unknown: it could be gpl-2.0 (GPL-2.0-only), GPL-2.0-or-later (not in the catalog), gpl-3.0 (GPL-3.0-only) or GPL-3.0-or-later (not in the catalog); declare the version"),
        ("openrail", "license 'openrail' names a family of licenses (Open RAIL, any license of the family), not one version, so its terms are unknown: it could be creativeml-openrail-m, bigscience-openrail-m, bigcode-openrail-m, openrail++ or bigscience-bloom-rail-1.0; declare the version"),
    ])
    func theReviewSaysWhichVersionsItCouldBe(license: String, message: String) throws {
        let policyText = "schema: 1\ncategories: {copyleft: allow, responsible-ai: allow}\nunknown: review\n"
        let (policy, _) = Policy.load(bytes: Array(policyText.utf8), file: "policy.yaml", catalog: .shipped)
        let evaluator = Evaluator(
            catalog: .shipped, policy: try #require(policy), asOf: CalendarDate(year: 2026, month: 12, day: 3)!)
        let result = evaluator.result(for: Component(name: "org/model", kind: .model, license: license))
        let finding = try #require(result.findings.first)
        #expect(result.verdict == .review)
        #expect(finding.rule == .licenseVersionUnknown)
        #expect(finding.verdict == .review)
        #expect(finding.message == message)
    }

    /// A family's category counts only when every version has it: `cc`'s versions differ, so denying
    /// non-commercial licenses makes no finding (the version decides); `bsd`'s are all permissive.
    @Test func aFamilysCategoryCountsOnlyWhenItsVersionsShareIt() throws {
        let policyText = "schema: 1\ncategories: {non-commercial: deny, permissive: deny}\nunknown: review\n"
        let (policy, _) = Policy.load(bytes: Array(policyText.utf8), file: "policy.yaml", catalog: .shipped)
        let evaluator = Evaluator(
            catalog: .shipped, policy: try #require(policy), asOf: CalendarDate(year: 2026, month: 12, day: 3)!)
        let cc = evaluator.result(for: Component(name: "org/model", kind: .model, license: "cc"))
        #expect(cc.findings.map(\.rule) == [.licenseVersionUnknown])
        #expect(cc.verdict == .review)
        let bsd = evaluator.result(for: Component(name: "org/model", kind: .model, license: "bsd"))
        #expect(bsd.findings.map(\.rule) == [.licenseVersionUnknown, .categoryDenied])
        #expect(bsd.findings.last?.message == "the policy denies permissive licenses such as bsd")
        #expect(bsd.verdict == .fail)
    }

    // MARK: - Lint

    static func family(category: String = "copyleft", versions: String, extra: String = "") -> String {
        """
        schema: 1
        id: fam
        spdx: LicenseRef-fam
        name: Family
        family: gpl
        url: https://example.com
        category: \(category)
        osi-approved: false
        verified: 2026-12-03
        sources: [{url: "https://example.com", confidence: P}]
        versions: \(versions)
        \(extra)
        """
    }

    @Test(arguments: [
        (family(versions: "[gpl-2.0, GPL-3.0-or-later]"), []),
        (family(versions: "[gpl-2.0, gpl-9.0, GPL-2.0+]"), [
            "fam.yaml:11:21: error: version 'gpl-9.0' is neither a license of the catalog nor an SPDX id; did you mean 'gpl-2.0', 'gpl-3.0', 'GPL-2.0'? [descriptor.unknown-version]",
            "fam.yaml:11:30: error: version 'GPL-2.0+' is neither a license of the catalog nor an SPDX id; did you mean 'gpl-2.0', 'GPL-2.0', 'epl-2.0'? [descriptor.unknown-version]",
        ]),
        (family(versions: "[gpl, gpl-2.0]"), [
            "fam.yaml:11:12: error: 'gpl' is a family entry itself; list the licenses it stands for instead [descriptor.unknown-version]"
        ]),
        (family(category: "permissive", versions: "[gpl-2.0, lgpl-2.1]"), [
            "fam.yaml: error: family 'fam' has category permissive, but its most restrictive version is copyleft (gpl-2.0); a family takes the most restrictive category of its versions [descriptor.family-category]"
        ]),
        (family(versions: "[]"), [
            "fam.yaml:11:11: error: 'versions' needs at least one id; leave the key out for a license [descriptor.no-version]"
        ]),
        (family(versions: "[gpl-2.0]", extra: "permissions:\n  commercial-use: {value: yes, clause: \"§0\"}\n"), [
            "fam.yaml:12:1: error: a family entry ('versions') states no terms of its own: remove 'permissions'; the terms are those of the version in use [descriptor.family-terms]"
        ]),
    ])
    func lintChecksAFamilysVersionsCategoryAndTerms(text: String, expected: [String]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("clearance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("fam.yaml")
        try Data(text.utf8).write(to: file)
        let diagnostics = Linter().lint(paths: [file.path]).map {
            $0.description.replacingOccurrences(of: scratch.path + "/", with: "")
        }
        #expect(diagnostics == expected)
    }
}
