import Foundation

/// The README example, `Examples/clearance.yaml`: one fail (jina, CC-BY-NC), one review (Llama 3.1) and two
/// passes (Mistral, Wikipedia).
enum Example {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The manifest, relative to ``root``.
    static let manifest = "Examples/clearance.yaml"

    /// A fixed date, so that runs on either side of midnight compare equal.
    static let asOf = "2026-11-23"

    /// The manifest's text.
    static var text: String {
        get throws { try String(contentsOf: root.appendingPathComponent(manifest), encoding: .utf8) }
    }

    /// `clearance check Examples/clearance.yaml --as-of … ARGUMENTS` from the repository root.
    static func check(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(["check", manifest, "--as-of", asOf] + arguments, in: root, environment: environment)
    }

    /// A scratch directory holding the example as `clearance.yaml`, plus `files`.
    static func scratch(_ files: [String: String] = [:]) throws -> Scratch {
        try Scratch(text: files.merging(["clearance.yaml": try text]) { mine, _ in mine })
    }

    /// The example with one more model under `license`, appended to its `models:` list.
    static func adding(model name: String, license: String) throws -> String {
        let entry = "  - name: \(name)\n    license: \(license)\n"
        let text = try text
        guard let datasets = text.range(of: "datasets:\n") else { return text }
        return text.replacingCharacters(in: datasets, with: entry + "datasets:\n")
    }
}
