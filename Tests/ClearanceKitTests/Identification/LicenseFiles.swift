import Foundation

/// Real license files, unchanged: `/work/shared/corpus/license-files` (or `$CLEARANCE_LICENSE_FILES`); tests
/// read them there and never copy them into the repository.
enum LicenseFiles {
    static let directory =
        ProcessInfo.processInfo.environment["CLEARANCE_LICENSE_FILES"] ?? "/work/shared/corpus/license-files"

    /// Whether the corpus is there.
    static var available: Bool { FileManager.default.fileExists(atPath: directory + "/README.md") }

    /// The bytes of a corpus file.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }

    /// A corpus file as text.
    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }
}
