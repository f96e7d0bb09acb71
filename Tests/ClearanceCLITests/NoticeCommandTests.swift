import Foundation
import Testing

/// `clearance notice`: the attribution file for the components found.
@Suite struct NoticeCommandTests {
    @Test func aLlamaModelNeedsBuiltWithLlama() throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["notice"], in: scratch.url)
        #expect(result.status == 0, "a NOTICE file is written whatever the verdict")
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "NOTICE")
        #expect(lines.contains("Llama 3.1 Community License Agreement (llama3.1)"))
        #expect(lines.contains("  - meta-llama/Llama-3.1-8B-Instruct"))
        #expect(lines.contains("  \"Built with Llama\" (llama3.1 §1.b.i)"))
        #expect(lines.contains("Apache License 2.0 (apache-2.0)"))
        #expect(!result.stdout.contains("2026"), "no date, so the file does not change from day to day")
    }

    @Test func outputWritesTheFileAndTwoRunsAreIdentical() throws {
        let scratch = try Example.scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["notice", "clearance.yaml", "--output", "NOTICE"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let written = try String(contentsOfFile: scratch.path("NOTICE"), encoding: .utf8)
        #expect(written == (try CLI.run(["notice"], in: scratch.url)).stdout)
        #expect(written.contains("\"Built with Llama\""))
    }

    @Test func aLicenseTheCatalogDoesNotKnowIsListedWithAWarning() throws {
        let scratch = try Scratch(text: [
            "clearance.yaml": "schema: 1\nmodels:\n  - name: acme/secret\n    license: LicenseRef-acme\n"
        ])
        defer { scratch.remove() }
        let result = try CLI.run(["notice"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix(
            "clearance.yaml:4:14: warning: the catalog does not know the license of 'acme/secret' (LicenseRef-acme); the NOTICE file lists it to attribute by hand [notice.unresolved]\n"))
        #expect(result.stdout.hasSuffix("Components whose license is not in the catalog: attribute by hand\n"
            + String(repeating: "=", count: 78) + "\n\n  - acme/secret (license: LicenseRef-acme)\n"))
    }

    @Test func withoutAManifestItExitsTwoAndPrintsNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["notice"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "clearance.yaml: error: no clearance.yaml or clearance.yml in this directory or its parents; run 'clearance init' to write one, or name the files to check [check.no-manifest]\n"
        )
    }
}
