import Foundation
import Testing

/// `clearance identify` and the license file beside a card in `clearance check`, run as a user runs them.
@Suite struct IdentifyTests {
    static let corpus =
        ProcessInfo.processInfo.environment["CLEARANCE_LICENSE_FILES"] ?? "/work/shared/corpus/license-files"

    static func llama() throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: corpus + "/llama3_1.LICENSE")), as: UTF8.self)
    }

    @Test func aChangedCapIsCloseAndExitsZero() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else { return }
        let scratch = try Scratch(text: [
            "LICENSE": try Self.llama().replacingOccurrences(of: "700 million", with: "7 million")
        ])
        defer { scratch.remove() }
        let result = try CLI.run(["identify", "LICENSE"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                LICENSE: close match: llama3.1 (Llama 3.1 Community License Agreement), score 0.998; 1 difference
                  - line 32: '7' where llama3.1 has '700'
                  runner-up: llama3.2 (Llama 3.2 Community License Agreement), score 0.977

                """)
    }

    @Test func noMatchExitsOneAndJSONSaysSo() throws {
        let scratch = try Scratch(text: ["NOTES": "Hello world, not a license.\n"])
        defer { scratch.remove() }
        let result = try CLI.run(["identify", "NOTES", "--format", "json"], in: scratch.url)
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = json?["files"] as? [[String: Any]]
        #expect(json?["schemaVersion"] as? Int == 1)
        #expect(files?.first?["kind"] as? String == "none")
        #expect(files?.first?["file"] as? String == "NOTES")
    }

    @Test func anUnreadableFileExitsTwoWithNothingOnStdout() throws {
        let scratch = try Scratch(text: ["LICENSE": "MIT"])
        defer { scratch.remove() }
        let result = try CLI.run(["identify", "LICENSE", "missing"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "missing: error: cannot read file: no such file [io.unreadable]\n")
    }

    /// Runs `check --format json` in a directory and returns each component's findings as `rule: message`.
    func findings(_ files: [String: String]) throws -> [String: [String]] {
        let scratch = try Scratch(text: files)
        defer { scratch.remove() }
        let result = try CLI.run(["check", ".", "--format", "json"], in: scratch.url)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        var out: [String: [String]] = [:]
        for item in json?["results"] as? [[String: Any]] ?? [] {
            let name = item["component"] as? String ?? "?"
            out[name] = (item["findings"] as? [[String: Any]] ?? []).map {
                "\($0["rule"] as? String ?? ""): \($0["message"] as? String ?? "")"
            }
        }
        return out
    }

    @Test func anApacheLabelOverALlamaLicenseIsAConflict() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else { return }
        let found = try findings(["m/README.md": "---\nlicense: apache-2.0\n---\n", "m/LICENSE": try Self.llama()])
        #expect(
            found["m"]?.contains(
                "license-conflict: 'm' declares apache-2.0, but its LICENSE is llama3.1 (exact match, score 1.0); the effective license keeps both"
            ) == true)
    }

    @Test func licenseOtherIsResolvedFromTheFileAndACacheNamesTheModel() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else { return }
        let card = "hub/models--meta-llama--Llama-3.1-8B/snapshots/0e9e39f2/"
        let found = try findings([card + "README.md": "---\nlicense: other\n---\n", card + "LICENSE": try Self.llama()])
        #expect(
            found["meta-llama/Llama-3.1-8B"]?.contains(
                "license-file: 'meta-llama/Llama-3.1-8B' declares LicenseRef-other, which the catalog does not know; LICENSE is llama3.1 (exact match, score 1.0), so its license is llama3.1"
            ) == true)
    }

    @Test func aModifiedLicenseFileIsAReview() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else { return }
        let modified = try Self.llama().replacingOccurrences(of: "700 million", with: "7 million")
        let found = try findings(["m/README.md": "---\nlicense: llama3.1\n---\n", "m/LICENSE": modified])
        #expect(
            found["m"]?.contains(
                "license-file-modified: the LICENSE of 'm' is close to llama3.1 but not the same text: line 32: '7' where llama3.1 has '700'"
            ) == true)
    }

    @Test(arguments: [
        ("llama3.1", "Text fingerprint: llama3.1, llama3.1.use-policy (clearance identify recognizes the text)"),
        ("yi-license", "Text fingerprint: none (clearance identify cannot recognize this license's text)"),
    ])
    func explainSaysWhetherALicenseHasAFingerprint(id: String, line: String) throws {
        let result = try CLI.run(["explain", id])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n" + line + "\n"))
    }
}
