public import ClearanceYAML

extension Linter {
    /// Tells a descriptor, policy or manifest from its top-level keys.
    ///
    /// Only keys that belong to one kind of file count (`schema`, `name`, `usage` and `obligations` are
    /// shared): a license descriptor's (`spdx`, `category`, `permissions`, …), a policy's (`licenses`,
    /// `categories`, `exceptions`, `extends`, …) or a project manifest's (`models`, `datasets`, `packages`).
    /// Each such key scores 2 for its kind; a key of four or more letters that is a misspelling of one (as the
    /// unknown-key error would suggest it) scores 1; `usage` scores 1 for a policy, since a manifest has
    /// components. The kind with the highest score wins, so one misspelt key does not change a file's kind
    /// (a policy's `category:` among its other keys is still a policy, and gets an unknown-key error);
    /// a tie goes to descriptor, then manifest, then policy. A document that is not a mapping, or scores
    /// nothing, is ``Kind/unknown``.
    public static func kind(of root: Node) -> Kind {
        guard case .mapping(let pairs) = root.value else { return .unknown }
        var best = (kind: Kind.unknown, score: 0)
        for (kind, distinctive) in distinctiveKeys {
            var score = 0
            for key in pairs.map(\.name) {
                if distinctive.contains(key) {
                    score += 2
                } else if key == "usage" && kind == .policy {
                    score += 1
                } else if key.count >= 4, !allKeys.contains(key), Suggestion.nearest(to: key, in: distinctive) != nil {
                    score += 1
                }
            }
            if score > best.score { best = (kind, score) }
        }
        return best.kind
    }

    /// Every top-level key of every kind.
    static let allKeys = Set(LicenseDescriptor.keys + ProjectManifest.keys + Policy.keys)

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
            message:
                "cannot tell what this file is: expected a mapping with the keys of a license descriptor (spdx, category, …), a policy (licenses, categories, exceptions, …) or a project manifest (models, datasets, packages)",
            at: SourceLocation(file: file, mark: root.mark))
    }
}
