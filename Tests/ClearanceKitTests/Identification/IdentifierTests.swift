import ClearanceKit
import Foundation
import Testing

@Suite struct IdentifierTests {
    /// Every file of the corpus, as its README row names it.
    static let corpus: [(file: String, license: String, document: Fingerprint.Document, kind: Identification.Kind)] = [
        ("agpl-3.0-only.spdx.txt", "agpl-3.0", .license, .exact),
        ("apache-2.0.flux1-schnell.LICENSE-FLUX1-schnell", "apache-2.0", .license, .close),
        ("apache-2.0.gitea.Apache-2.0", "apache-2.0", .license, .exact),
        ("apache-2.0.google-research-bert.LICENSE", "apache-2.0", .license, .exact),
        ("apache-2.0.litgpt.LICENSE.md", "apache-2.0", .license, .exact),
        ("apple-sample-code.ml-depth-pro.LICENSE", "apple-sample-code-license", .license, .exact),
        ("bigcode-openrail-m-v1.BigCode-Open-RAIL-M-v1-License-Agreement", "bigcode-openrail-m", .license, .close),
        ("bigscience-bloom-rail-1.0.BLOOMLICENSE.txt", "bigscience-bloom-rail-1.0", .license, .exact),
        ("bsd-2-clause.spdx.html.txt", "bsd-2-clause", .license, .exact),
        ("bsd-3-clause.spdx.txt", "bsd-3-clause", .license, .exact),
        ("bsl-1.0.gitea.BSL-1.0", "bsl-1.0", .license, .exact),
        ("cc-by-4.0.spdx.html.txt", "cc-by-4.0", .license, .exact),
        ("cc-by-nc-4.0.spdx.html.txt", "cc-by-nc-4.0", .license, .exact),
        ("cc-by-nc-nd-4.0.spdx.html.txt", "cc-by-nc-nd-4.0", .license, .exact),
        ("cc-by-nc-sa-4.0.spdx.txt", "cc-by-nc-sa-4.0", .license, .exact),
        ("cc-by-nd-4.0.spdx.html.txt", "cc-by-nd-4.0", .license, .exact),
        ("cc-by-sa-4.0.spdx.txt", "cc-by-sa-4.0", .license, .exact),
        ("cc0-1.0.spdx.txt", "cc0-1.0", .license, .exact),
        ("cdla-permissive-2.0.gitea.CDLA-Permissive-2.0", "cdla-permissive-2.0", .license, .exact),
        ("cdla-sharing-1.0.gitea.CDLA-Sharing-1.0", "cdla-sharing-1.0", .license, .exact),
        ("creativeml-openrail-m.LICENSE", "creativeml-openrail-m", .license, .exact),
        ("creativeml-openrail-pp-m.stablediffusion.LICENSE-MODEL", "openrail++", .license, .exact),
        ("deepseek-v3.LICENSE-MODEL", "deepseek", .license, .exact),
        ("epl-2.0.gitea.EPL-2.0", "epl-2.0", .license, .exact),
        ("falcon-2-11b-tii-1.0.Falcon-2-11B-TII-License-1.0", "falcon-2-11b", .license, .close),
        ("flux-1-dev-non-commercial.LICENSE-FLUX1-dev", "flux-1-dev-non-commercial-license", .license, .exact),
        ("gemma.GEMMA_TERMS_OF_USE.md", "gemma", .license, .exact),
        ("gemma.Gemma-Terms-of-Use-20240221", "gemma", .license, .close),
        ("gpl-2.0-or-later.spdx.txt", "gpl-2.0", .license, .exact),
        ("gpl-3.0-only.spdx.txt", "gpl-3.0", .license, .exact),
        ("isc.gitea.ISC", "isc", .license, .exact),
        ("lgpl-2.1-or-later.spdx.txt", "lgpl-2.1", .license, .exact),
        ("lgpl-3.0-or-later.spdx.txt", "lgpl-3.0", .license, .exact),
        ("llama2.LICENSE", "llama2", .license, .exact),
        ("llama2.USE_POLICY.md", "llama2", .usePolicy, .exact),
        ("llama3.LICENSE", "llama3", .license, .exact),
        ("llama3.USE_POLICY.md", "llama3", .usePolicy, .exact),
        ("llama3_1.LICENSE", "llama3.1", .license, .exact),
        ("llama3_1.USE_POLICY.md", "llama3.1", .usePolicy, .exact),
        ("llama3_2.LICENSE", "llama3.2", .license, .exact),
        ("llama3_2.USE_POLICY.md", "llama3.2", .usePolicy, .exact),
        ("llama3_3.LICENSE", "llama3.3", .license, .exact),
        ("llama3_3.USE_POLICY.md", "llama3.3", .usePolicy, .exact),
        ("llama4.LICENSE", "llama4", .license, .exact),
        ("llama4.USE_POLICY.md", "llama4", .usePolicy, .exact),
        ("microsoft-research-license.MICROSOFT-RESEARCH-LICENSE-TERMS", "microsoft-research-license", .license, .exact),
        ("mistral-non-production-license.MNPL-0.1.md", "mnpl", .license, .close),
        ("mistral-research-license.MRL-0.1.md", "mrl", .license, .exact),
        ("mit.deepseek-v3.LICENSE-CODE", "mit", .license, .exact),
        ("mit.gitea.MIT", "mit", .license, .exact),
        ("mit.openai-whisper.LICENSE", "mit", .license, .exact),
        ("mpl-2.0.gitea.MPL-2.0", "mpl-2.0", .license, .exact),
        ("nvidia-open-model-and-apache-2.0.gr00t-wbc.LICENSE", "nvidia-open-model-license", .license, .close),
        ("odbl-1.0.spdx.txt", "odbl", .license, .exact),
        ("odc-by-1.0.gitea.ODC-By-1.0", "odc-by", .license, .exact),
        ("openmdw-1.1.nemotron-3-embed.MODEL_LICENSE", "openmdw-1.1", .license, .close),
        ("pddl-1.0.gitea.PDDL-1.0", "pddl", .license, .exact),
        ("qwen-research.roboflow.LICENSE.txt", "qwen-research", .license, .exact),
        ("sdxl-1.0.LICENSE-SDXL1.0", "openrail++", .license, .exact),
        ("stabilityai-community.LICENSE.md", "stabilityai-ai-community", .license, .exact),
        ("tongyi-qianwen-research.LICENSE-AGREEMENT", "tongyi-qianwen-research", .license, .exact),
        ("tongyi-qianwen.LICENSE-AGREEMENT", "tongyi-qianwen", .license, .exact),
        ("unlicense.spdx.txt", "unlicense", .license, .exact),
        ("zlib.spdx.html.txt", "zlib", .license, .exact),
    ]

    @Test func everyCorpusFileIsListed() throws {
        guard LicenseFiles.available else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: LicenseFiles.directory).filter {
            $0 != "README.md"
        }
        #expect(Set(names) == Set(Self.corpus.map(\.file)))
    }

    @Test(arguments: corpus)
    func identifiesTheCorpusFile(
        file: String, license: String, document: Fingerprint.Document, kind: Identification.Kind
    ) throws {
        guard LicenseFiles.available else { return }
        let result = LicenseIdentifier.shipped.identify(try LicenseFiles.bytes(file))
        #expect(result.best?.license == license)
        #expect(result.best?.document == document)
        #expect(result.kind == kind)
    }

    func identify(_ text: String) -> Identification {
        LicenseIdentifier.shipped.identify(Array(text.utf8))
    }

    @Test func aChangedUserCapIsACloseMatchNamingTheNumber() throws {
        guard LicenseFiles.available else { return }
        let text = try LicenseFiles.text("llama3_1.LICENSE")
        #expect(text.contains("700 million"))
        let result = identify(text.replacingOccurrences(of: "700 million", with: "7 million"))
        #expect(result.kind == .close)
        #expect(result.best?.license == "llama3.1")
        #expect(result.differences.map(\.message) == ["line 32: '7' where llama3.1 has '700'"])
        #expect(result.differences.first?.involvesNumber == true)
        #expect(result.runnerUp?.license == "llama3.2")
    }

    @Test func crlfWrappedLinesAndALeftOutTitleAreStillExact() throws {
        guard LicenseFiles.available else { return }
        let text = try LicenseFiles.text("mit.openai-whisper.LICENSE")
        #expect(identify(text.replacingOccurrences(of: "\n", with: "\r\n")).kind == .exact)
        // Each paragraph rewrapped at 40 columns.
        let wrapped = text.components(separatedBy: "\n\n").map { paragraph in
            var lines: [String] = []
            for word in paragraph.split(whereSeparator: \.isWhitespace) {
                if let last = lines.last, last.count + word.count < 40 {
                    lines[lines.count - 1] += " " + word
                } else {
                    lines.append(String(word))
                }
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
        #expect(identify(wrapped).kind == .exact)
        let llama = try LicenseFiles.text("llama3_1.LICENSE")
        let untitled = llama.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(
            separator: "\n")
        #expect(identify(untitled).kind == .exact)
        #expect(identify(llama.replacingOccurrences(of: "\n", with: "\r\n")).kind == .exact)
    }

    @Test func aRemovedParagraphIsNamed() throws {
        guard LicenseFiles.available else { return }
        var lines = try LicenseFiles.text("llama3_1.LICENSE").split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.hasPrefix("4. Limitation of Liability.") })
        lines.remove(at: index)
        let result = identify(lines.joined(separator: "\n"))
        #expect(result.kind == .close)
        #expect(result.differences.map(\.kind) == [.removed])
        #expect(result.differences.first?.message.hasPrefix("after line \(index - 1): ") == true)
    }

    @Test func anAddedClauseIsNamed() throws {
        guard LicenseFiles.available else { return }
        let text = try LicenseFiles.text("llama3_1.LICENSE") + "\nYou may not use the Llama Materials on Tuesdays.\n"
        let result = identify(text)
        #expect(result.kind == .close)
        #expect(result.differences.map(\.kind) == [.added])
        #expect(result.differences.first?.text == "you may not use the llama materials on tuesdays")
    }

    @Test func unrelatedTextIsNoMatch() {
        let result = identify("Hello world.\nThis is a README, not a license.\n")
        #expect(result.kind == .none)
        #expect(result.differences.isEmpty)
        #expect(identify("").best == nil)
    }
}
