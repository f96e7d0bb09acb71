import ClearanceKit
import Foundation
import Testing

@Suite struct FingerprintTests {
    /// The fingerprint files of the source tree.
    static let files: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Licenses/Fingerprints")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".fp")
        }.sorted()
    }()

    @Test func everyFingerprintFileIsEmbeddedAndReads() {
        #expect(!Self.files.isEmpty)
        #expect(Fingerprint.shipped.map { $0.name + ".fp" } == Self.files)
    }

    @Test(arguments: Fingerprint.shipped)
    func namesALicenseOfTheCatalog(fingerprint: Fingerprint) throws {
        let descriptor = try #require(Catalog.shipped.descriptor(for: fingerprint.license))
        #expect(descriptor.id == fingerprint.license)
        #expect(!descriptor.isFamily)
    }

    /// Swift's normalization of each source text gives the committed fingerprint, word for word: the Python
    /// generator and `LicenseNormalizer` follow the same rules.
    @Test(arguments: Fingerprint.shipped)
    func swiftNormalizationOfTheSourceGivesTheFingerprint(fingerprint: Fingerprint) throws {
        guard LicenseFiles.available, let file = fingerprint.corpusFile else { return }
        var text = LicenseNormalizer.normalize(try LicenseFiles.bytes(file))
        if let lines = fingerprint.sourceLines { text = text.restricted(to: lines) }
        #expect(text.hashes == fingerprint.hashes)
        let numbers = Dictionary(
            uniqueKeysWithValues: text.words.enumerated().filter { $0.element.allSatisfy(\.isASCII) }
                .filter { $0.element.allSatisfy(\.isNumber) }.map { ($0.offset, $0.element) })
        #expect(numbers == fingerprint.numbers)
    }

    @Test func aBrokenFileIsAnError() {
        #expect(throws: Fingerprint.ParseError(message: "'words' does not match the 2 words")) {
            try Fingerprint.parse(
                "schema: 1\nlicense: mit\ndocument: license\nsource: x\nwords: 3\n---\n00000001 =7\n", name: "x")
        }
        #expect(throws: Fingerprint.ParseError(message: "schema '2' is not 1")) {
            try Fingerprint.parse("schema: 2\n---\n", name: "x")
        }
    }
}
