public import ClearanceYAML

/// Checks input files and returns every diagnostic found; it never prints.
///
/// Each file's kind is told from its keys: a license descriptor (`spdx`, `category`), a policy or a project
/// manifest. Descriptors linted together must not share ids or aliases.
public struct Linter: Sendable {
    public init() {}

    /// What a YAML file is, judged by its top-level keys.
    public enum Kind: String, Sendable {
        case descriptor, policy, manifest, yaml
    }

    /// All diagnostics for the files at `paths`, file by file in source order.
    public func lint(paths: [String]) -> [Diagnostic] {
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
        if !descriptors.isEmpty { diagnostics += Catalog.load(descriptors).diagnostics }
        return diagnostics
    }

    /// The kind of `bytes` and its diagnostics, reported as coming from `file`.
    public func lint(bytes: [UInt8], file: String) -> (Kind, [Diagnostic]) {
        let root: Node
        do {
            guard let parsed = try SourceFile.parseYAML(bytes, file: file) else {
                return (.yaml, [Diagnostic.emptyDocument(file: file)])
            }
            root = parsed
        } catch {
            return (.yaml, [error])
        }
        let kind = Self.kind(of: root)
        let context = DecodeContext(file: file)
        switch kind {
        case .descriptor:
            _ = LicenseDescriptor.decode(root, context: context)
        case .policy, .manifest, .yaml:
            break
        }
        return (kind, context.diagnostics)
    }

    /// Tells a descriptor, policy or manifest from its top-level keys.
    public static func kind(of root: Node) -> Kind {
        guard case .mapping(let pairs) = root.value else { return .yaml }
        let keys = Set(pairs.map(\.name))
        if !keys.isDisjoint(with: ["spdx", "category", "osi-approved", "permissions"]) { return .descriptor }
        if !keys.isDisjoint(with: ["models", "datasets", "components"]) { return .manifest }
        if !keys.isDisjoint(with: ["usage", "licenses", "categories", "unknown", "exceptions", "extends", "obligations"]) {
            return .policy
        }
        return .yaml
    }
}
