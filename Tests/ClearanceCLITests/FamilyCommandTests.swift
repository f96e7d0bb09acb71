import Foundation
import Testing

/// The Hub ids of `/work/shared/reference/hf-license-ids.txt` (or `$CLEARANCE_HF_IDS`) but `unknown` and `other`,
/// which name no license; empty when the file is not there.
let hubLicenseIDs: [String] = {
    let path =
        ProcessInfo.processInfo.environment["CLEARANCE_HF_IDS"] ?? "/work/shared/reference/hf-license-ids.txt"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") && $0 != "unknown" && $0 != "other" }
}()

@Suite struct FamilyCommandTests {
    @Test(.enabled(if: !hubLicenseIDs.isEmpty, "hf-license-ids.txt is not on this machine"), arguments: hubLicenseIDs)
    func everyHubIdExplains(id: String) throws {
        let result = try CLI.run(["explain", id])
        #expect(result.status == 0, "\(id): \(result.stderr)")
        #expect(result.stderr == "")
    }

    /// The Hub's two placeholders are explained as what they are, not as licenses.
    @Test(arguments: [("other", "`license: other` on a Hugging Face card"), ("UNKNOWN", "`license: unknown` on a")])
    func placeholdersExplainTheirMeaning(id: String, start: String) throws {
        let result = try CLI.run(["explain", id])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("\(id.lowercased()): not a license (a Hugging Face placeholder)\n\n\(start)"))
        #expect(result.stdout.contains("never a pass"))
    }

    @Test(arguments: [
        ("bsd", "BSD License, any version (bsd)"), ("cc", "Creative Commons, any license and version (cc)"),
        ("gpl", "GNU General Public License, any version (gpl)"),
        ("lgpl", "GNU Lesser General Public License, any version (lgpl)"),
        ("gfdl", "GNU Free Documentation License, any version (gfdl)"),
        ("openrail", "Open RAIL, any license of the family (openrail)"),
    ])
    func familyIdsExplainAsFamilies(id: String, title: String) throws {
        let result = try CLI.run(["explain", id])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(title + "\n"))
        #expect(
            result.stdout.contains(
                "\nA family, not one license: the version is not known, so its terms are unknown until it is. It could be:\n"
            ))
    }

    @Test func explainGPLListsItsVersions() throws {
        let result = try CLI.run(["explain", "gpl"])
        #expect(result.stdout == """
            GNU General Public License, any version (gpl)
            SPDX: LicenseRef-hf-gpl · category: copyleft · OSI approved: yes
            Text: https://www.gnu.org/licenses/gpl.html

            A family, not one license: the version is not known, so its terms are unknown until it is. It could be:
              - gpl-2.0 (GPL-2.0-only)
              - GPL-2.0-or-later (not in the catalog)
              - gpl-3.0 (GPL-3.0-only)
              - GPL-3.0-or-later (not in the catalog)

            Unverified (not evaluated; check the license text):
              - unverified: The Hub id 'gpl' does not say which version applies, so no terms are encoded: read the model's LICENSE file and declare the version.

            Sources (verified 2026-12-03):
              - https://github.com/huggingface/hub-docs/blob/242f4a1/docs/hub/repositories-licenses.md [licensor's text]

            This is a summary to help review, not legal advice.

            """)
    }

    @Test(arguments: ["unknown", "other"])
    func unknownAndOtherStayUnknown(id: String) throws {
        let result = try CLI.run(["check", "--license", id, "--as-of", "2026-12-03"])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "    fail    unknown-license: license '\(id)' is not in the catalog; its terms are unknown [embedded:Policies/default.yaml:20]\n"
            ))
    }

    @Test func checkOfAFamilyIsAReviewEvenWhereThePolicyAllowsItsCategory() throws {
        let result = try CLI.run(["check", "--license", "bsd", "--as-of", "2026-12-03"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Clearance 0.1.0: policy "default" (embedded:Policies/default.yaml), as of 2026-12-03

            REVIEW
              what-if (model, bsd)
                review  license-version-unknown: license 'bsd' names a family of licenses (BSD License, any version), not one version, so its terms are unknown: it could be bsd-2-clause, bsd-3-clause, bsd-3-clause-clear or BSD-4-Clause (not in the catalog); declare the version
                pass    category-allowed: the policy allows permissive licenses [embedded:Policies/default.yaml:12]

            This report is not legal advice.
            0 fail, 1 review, 0 pass — verdict: review

            """)
    }

    @Test func aCardDeclaringAFamilyIdIsAReview() throws {
        let scratch = try Scratch(text: ["README.md": "---\nlicense: gpl\n---\n# Model\n"])
        defer { scratch.remove() }
        let result = try CLI.run(["check", "README.md", "--fail-on", "review"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("review  license-version-unknown: license 'gpl' names a family of licenses"))
    }

    @Test func expressionSaysAFamilysVersionIsUnknown() throws {
        let result = try CLI.run(["expression", "gpl OR MIT"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("""
            terms:
              1:1 gpl  license gpl, a family: version unknown (review)
              1:8 MIT  license mit

            """))
    }
}
