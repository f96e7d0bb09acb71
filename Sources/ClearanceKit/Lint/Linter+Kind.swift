public import ClearanceYAML

extension Linter {
    /// Tells a descriptor, policy or manifest from its top-level keys.
    ///
    /// Only keys that belong to one kind of file count (`schema`, `name`, `usage` and `obligations` are
    /// shared): a license descriptor's (`spdx`, `category`, `permissions`, …), a policy's (`licenses`,
    /// `categories`, `exceptions`, `extends`, …) or a project manifest's (`models`, `datasets`, `packages`).
    /// The kind with the most such keys wins, so one misspelt key does not change a file's kind (a policy's
    /// `category:` is still a policy, and gets "did you mean 'categories'"); a tie goes to descriptor, then
    /// manifest, then policy. A document that is not a mapping, or has none of these keys, is ``Kind/unknown``.
    public static func kind(of root: Node) -> Kind {
        guard case .mapping(let pairs) = root.value else { return .unknown }
        let keys = Set(pairs.map(\.name))
        var best = (kind: Kind.unknown, count: 0)
        for (kind, distinctive) in distinctiveKeys {
            let count = keys.intersection(distinctive).count
            if count > best.count { best = (kind, count) }
        }
        return best.kind
    }

    /// Each kind's top-level keys that no other kind has, in the order ties are settled.
    static let distinctiveKeys: [(Kind, Set<String>)] = {
        let all: [(Kind, [String])] = [
            (.descriptor, LicenseDescriptor.keys), (.manifest, ProjectManifest.keys), (.policy, Policy.keys),
        ]
        return all.map { kind, keys in
            let others = all.filter { $0.0 != kind }.flatMap(\.1)
            return (kind, Set(keys).subtracting(others))
        }
    }()

    /// Whether the file is named `clearance.yaml` (or `.yml`), which check always reads as a project manifest.
    static func isProjectManifestName(_ file: String) -> Bool {
        let name = (file.split(separator: "/").last.map(String.init) ?? file).lowercased()
        return name == "clearance.yaml" || name == "clearance.yml"
    }

    /// Whether the file is one of the manifests that are not YAML: JSON (a CycloneDX or SPDX document) or
    /// Markdown (a model card).
    static func isCardOrSBOM(_ bytes: [UInt8], file: String) -> Bool {
        let lower = file.lowercased()
        return ManifestLoader.startsWithJSONObject(bytes) || lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }
}

extension Diagnostic {
    /// A YAML document whose kind cannot be told from its keys.
    static func unknownKind(_ root: Node, file: String) -> Diagnostic {
        Diagnostic(
            id: "lint.unknown-kind",
            message: "cannot tell what this file is: expected a mapping with the keys of a license descriptor (spdx, category, …), a policy (licenses, categories, exceptions, …) or a project manifest (models, datasets, packages)",
            at: SourceLocation(file: file, mark: root.mark))
    }
}
