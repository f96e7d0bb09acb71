public import ClearanceYAML
import Foundation

/// Checks input files and returns every diagnostic found; it never prints.
///
/// Each file is read with the decoder `clearance check` uses for it, so lint and check never disagree about
/// whether a file is valid; lint then adds warnings about what check would only report as findings (an
/// expired exception, a manifest license the catalog does not know). How a file's kind is told is described
/// at ``kind(of:)``. Descriptors linted together must not share ids or aliases, and a family entry's
/// `versions` must name licenses of those descriptors or of ``catalog``, or SPDX ids.
public struct Linter: Sendable {
    /// The catalog that license names in policies and manifests are resolved against.
    public var catalog: Catalog
    /// The day exceptions are checked against; nil leaves out the expiry check.
    public var asOf: CalendarDate?
    /// The policy project manifests are checked against: a fact it locks is an error, one looser than its own a
    /// warning. When nil, ``lint(paths:)`` takes the first policy among the files that reads without errors.
    public var policy: Policy?

    public init(catalog: Catalog = .shipped, asOf: CalendarDate? = nil, policy: Policy? = nil) {
        self.catalog = catalog
        self.asOf = asOf
        self.policy = policy
    }

    /// What a file is.
    public enum Kind: String, Sendable {
        /// A license descriptor (`Licenses/*.yaml`).
        case descriptor
        /// A policy (`Policies/*.yaml`).
        case policy
        /// A project manifest (`clearance.yaml`), or a model card or SBOM that check reads.
        case manifest
        /// Not YAML that could be read, or none of the above.
        case unknown
    }

    /// All diagnostics for the files at `paths`, file by file, each file's in source order.
    ///
    /// Without ``policy``, manifests are checked against the policy a project manifest among `paths` names
    /// (`policy:`), as check reads it, else the first policy among the files. A named policy that check could
    /// not read is an error here too.
    public func lint(paths: [String]) -> [Diagnostic] {
        var linter = self
        var named: [Diagnostic] = []
        if linter.policy == nil { (linter.policy, named) = namedPolicy(paths) }
        if linter.policy == nil { linter.policy = firstPolicy(paths) }
        return linter.lintEach(paths) + named
    }

    /// The policy a project manifest among `paths` names, and the diagnostics check would give reading it
    /// (those of the policy file itself only when it is not among `paths`, which lint reads anyway).
    func namedPolicy(_ paths: [String]) -> (Policy?, [Diagnostic]) {
        let (file, _, diagnostics) = ProjectDiscovery.policy(namedByAnyOf: paths)
        guard let file else { return (nil, diagnostics) }
        let (policy, found) = Policy.load(path: file, catalog: catalog)
        let listed = paths.contains { ($0 as NSString).standardizingPath == (file as NSString).standardizingPath }
        return (policy, diagnostics + (listed ? [] : found))
    }

    /// The first file of `paths` that is a policy and reads without errors.
    func firstPolicy(_ paths: [String]) -> Policy? {
        for path in paths where !Self.isProjectManifestName(path) {
            guard let bytes = try? SourceFile.read(path), !Self.isCardOrSBOM(bytes, file: path),
                let root = try? SourceFile.parseYAML(bytes, file: path), Self.kind(of: root) == .policy
            else { continue }
            let (policy, diagnostics) = Policy.load(bytes: bytes, file: path, catalog: catalog)
            if let policy, !diagnostics.hasErrors { return policy }
        }
        return nil
    }

    private func lintEach(_ paths: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var descriptors: [(file: String, bytes: [UInt8])] = []
        for path in paths {
            let bytes: [UInt8]
            do {
                bytes = try SourceFile.read(path)
            } catch {
                diagnostics.append(error)
                continue
            }
            let (kind, found) = lint(bytes: bytes, file: path)
            if kind == .descriptor {
                descriptors.append((path, bytes))
            } else {
                diagnostics += found
            }
        }
        if !descriptors.isEmpty { diagnostics += Catalog.load(descriptors, base: catalog).diagnostics }
        return diagnostics
    }

    /// The kind of `bytes` and its diagnostics, reported as coming from `file` (which `extends` is relative to).
    public func lint(bytes: [UInt8], file: String) -> (Kind, [Diagnostic]) {
        if Self.isCardOrSBOM(bytes, file: file) { return (.manifest, lintCardOrSBOM(bytes, file: file)) }
        let root: Node
        do {
            guard let parsed = try SourceFile.parseYAML(bytes, file: file) else {
                return (.unknown, [Diagnostic.emptyDocument(file: file)])
            }
            root = parsed
        } catch {
            return (.unknown, [error])
        }
        let kind = Self.isProjectManifestName(file) ? .manifest : Self.kind(of: root)
        let diagnostics: [Diagnostic]
        switch kind {
        case .descriptor:
            let context = DecodeContext(file: file)
            _ = LicenseDescriptor.decode(root, context: context)
            diagnostics = context.diagnostics
        case .policy:
            diagnostics = lintPolicy(bytes, file: file)
        case .manifest:
            diagnostics = lintManifest(root, file: file)
        case .unknown:
            diagnostics = [.unknownKind(root, file: file)]
        }
        return (kind, Self.inSourceOrder(diagnostics, file: file))
    }

    /// `diagnostics` with those in `file` sorted by position (ties keep their order), before those in other
    /// files (a base policy's), which keep theirs.
    static func inSourceOrder(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
        let here = diagnostics.enumerated().filter { $0.element.location?.file == file }
            .sorted { a, b in
                let (l, r) = (a.element.location, b.element.location)
                return (l?.line ?? 0, l?.column ?? 0, a.offset) < (r?.line ?? 0, r?.column ?? 0, b.offset)
            }
            .map(\.element)
        return here + diagnostics.filter { $0.location?.file != file }
    }
}
