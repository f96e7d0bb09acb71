public import ClearanceYAML
import Foundation

/// Finds the project manifest and the policy of a run whose command line does not name them.
///
/// The order, as <doc:PolicyFormat> documents it:
/// - **Manifest**: the paths on the command line; with none, `clearance.yaml`, then `clearance.yml`, in the
///   working directory, then in its parent, and so on up to the root. The first found is the one read.
/// - **Policy**: `--policy FILE`; else the `policy:` key of the project manifest that is read (a path
///   relative to the manifest's directory, in that directory or below); else the embedded default policy.
public enum ProjectDiscovery {
    /// The names a project manifest is looked for under, in order.
    public static let manifestNames = ["clearance.yaml", "clearance.yml"]

    /// The project manifest for a run in `directory`, as a path relative to it (`clearance.yaml`,
    /// `../../clearance.yml`); nil when neither name is a file there or in any parent.
    public static func manifest(from directory: String) -> String? {
        // Absolute, since the parent of a relative "." is not known from its text.
        var current = SourceFile.realPath(directory) ?? (directory as NSString).standardizingPath
        guard current.hasPrefix("/") else { return nil }
        var up = ""
        while true {
            for name in manifestNames where isFile((current as NSString).appendingPathComponent(name)) {
                return up + name
            }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
            up += "../"
        }
    }

    /// A project manifest's `policy:` key as written, with the manifest and the line that holds it.
    public struct PolicyReference: Hashable, Sendable {
        /// The manifest, as the run names it.
        public var manifest: String
        /// The key's text.
        public var written: String
        /// Where the value is.
        public var mark: Mark
    }

    /// The `policy:` key of a parsed project manifest; nil when it has none, or a null or non-string one (the
    /// manifest reader reports that).
    static func policyReference(in root: Node, manifest: String) -> PolicyReference? {
        guard let node = root["policy"], let written = try? node.string(), !node.isNull else { return nil }
        return PolicyReference(manifest: manifest, written: written, mark: node.mark)
    }

    /// The policy file that project manifest `manifest` names in its `policy:` key, joined to the manifest's
    /// directory; nil when it names none.
    ///
    /// A manifest that cannot be read, or whose `policy` is not a string, names none here: the manifest reader
    /// reports those errors. A policy outside the manifest's directory tree (symbolic links resolved) is
    /// `manifest.policy-outside`, and nil.
    public static func policy(namedBy manifest: String) -> (path: String?, diagnostics: [Diagnostic]) {
        guard let bytes = try? SourceFile.read(manifest), let root = try? SourceFile.parseYAML(bytes, file: manifest),
            let reference = policyReference(in: root, manifest: manifest)
        else { return (nil, []) }
        return policy(reference)
    }

    /// The policy file a manifest's `policy:` key names (see ``policy(namedBy:)``).
    public static func policy(_ reference: PolicyReference) -> (path: String?, diagnostics: [Diagnostic]) {
        let (manifest, written) = (reference.manifest, reference.written)
        if Policy.namesEmbeddedDefault(written) { return (written, []) }
        let directory = (manifest as NSString).deletingLastPathComponent
        let path =
            written.hasPrefix("/") || directory.isEmpty
            ? written : (directory as NSString).appendingPathComponent(written)
        if let target = SourceFile.realPath(path),
            SourceFile.realPath(directory.isEmpty ? "." : directory).map({ !SourceFile.isInside(target, root: $0) })
                ?? true
        {
            return (nil, [.policyOutsideTree(written, at: SourceLocation(file: manifest, mark: reference.mark))])
        }
        return (path, [])
    }

    /// The policy the project manifests among `paths` (files named `clearance.yaml` or `clearance.yml`) name,
    /// with the manifest that names it; nil when none does. Manifests that name different policies are
    /// `check.policy-conflict`.
    public static func policy(namedByAnyOf paths: [String]) -> (path: String?, manifest: String?, [Diagnostic]) {
        policy(namedByAnyOf: paths, named: policy(namedBy:))
    }

    /// As ``policy(namedByAnyOf:)``, from the `policy:` keys of manifests already read (by
    /// ``ManifestLoader/loadProject(paths:catalog:index:concurrently:)``, by path), so that a large manifest is
    /// not read twice.
    public static func policy(
        namedByAnyOf paths: [String], references: [String: PolicyReference]
    ) -> (path: String?, manifest: String?, [Diagnostic]) {
        policy(namedByAnyOf: paths) { manifest in references[manifest].map(policy) ?? (nil, []) }
    }

    private static func policy(
        namedByAnyOf paths: [String], named: (String) -> (path: String?, diagnostics: [Diagnostic])
    ) -> (path: String?, manifest: String?, [Diagnostic]) {
        var found: [(path: String, manifest: String)] = []
        var diagnostics: [Diagnostic] = []
        for manifest in paths where manifestNames.contains((manifest as NSString).lastPathComponent.lowercased()) {
            let (path, problems) = named(manifest)
            diagnostics += problems
            if let path { found.append((path, manifest)) }
        }
        let distinct = Set(found.map { ($0.path as NSString).standardizingPath })
        if distinct.count > 1, let first = found.first {
            let named = found.map { "\($0.manifest) names '\($0.path)'" }.joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    id: "check.policy-conflict",
                    message: "the manifests name different policies (\(named)); pass --policy to choose one",
                    at: SourceLocation(file: first.manifest)))
        }
        return (found.first?.path, found.first?.manifest, diagnostics)
    }

    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}

extension Diagnostic {
    /// A manifest's `policy:` that names a file outside the manifest's directory tree.
    static func policyOutsideTree(_ written: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            id: "manifest.policy-outside",
            message:
                "'policy: \(written)' leaves the directory of the manifest; a manifest may only name a policy in its own directory or below (name a policy elsewhere with --policy)",
            at: location)
    }

    /// A run with no path and no project manifest in the working directory or any parent.
    public static func noManifest() -> Diagnostic {
        Diagnostic(
            id: "check.no-manifest",
            message:
                "no clearance.yaml or clearance.yml in this directory or its parents; run 'clearance init' to write one, or name the files to check",
            at: SourceLocation(file: "clearance.yaml"))
    }
}
