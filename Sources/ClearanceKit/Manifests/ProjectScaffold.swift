/// The files `clearance init` writes: a project manifest for the components found, and a starter policy.
///
/// Both begin with a `yaml-language-server` comment naming their JSON Schema (``schemaURL(_:)``), so that
/// editors with the YAML language server complete and check them.
public enum ProjectScaffold {
    /// The manifest's file name.
    public static let manifestFile = "clearance.yaml"
    /// The starter policy's file name, which the manifest names in `policy:`.
    public static let policyFile = "clearance-policy.yaml"

    /// The URL of the JSON Schema `name` (`policy`, `manifest`, …) in the repository's `Schemas/` folder.
    public static func schemaURL(_ name: String) -> String {
        "https://raw.githubusercontent.com/clearance-tool/clearance/main/Schemas/\(name).schema.json"
    }

    /// A project manifest listing `components` (as scanned from the working tree) that names `policyFile`.
    ///
    /// Each component keeps its name, declared license (without the terms lineage added from its bases, which
    /// check adds again from `base-model`), revision, base models and `multimodal` flag, with a comment
    /// naming the file it was found in; one without a license gets a comment asking for it (and stays
    /// unknown, so it is never a pass). No component gives an empty `models` list and a comment.
    public static func manifest(for components: [Component], policyFile: String = policyFile) -> String {
        var out = "# yaml-language-server: $schema=\(schemaURL("manifest"))\n"
        out += "# The project manifest, written by `clearance init` from the model cards and SBOMs it found.\n"
        out += "# `clearance check` reads it, with the policy it names; keep it up to date as models change.\n"
        out += "schema: 1\n"
        out += "policy: \(YAMLScalar.text(policyFile))\n"
        let kinds: [(String, Component.Kind)] = [("models", .model), ("datasets", .dataset), ("packages", .package)]
        for (key, kind) in kinds {
            let listed = components.filter { $0.kind == kind }
            if listed.isEmpty {
                if kind == .model {
                    out += "models: []   # no model card, CycloneDX or SPDX file found: list your models here\n"
                }
                continue
            }
            out += "\(key):\n"
            for component in listed { out += entry(component) }
        }
        return out
    }

    private static func entry(_ component: Component) -> String {
        var out = "  - name: \(YAMLScalar.text(component.name))"
        if let file = component.location?.fileAndLine { out += "   # from \(file)" }
        out += "\n"
        // The license as the file declares it: check adds the bases' terms again from `base-model`.
        if let license = component.declaredLicense {
            out += "    license: \(YAMLScalar.text(license))\n"
        } else {
            out += "    # license: not declared where it was found; write its SPDX or catalog id here\n"
        }
        if let revision = component.revision { out += "    revision: \(YAMLScalar.text(revision))\n" }
        if component.multimodal == true { out += "    multimodal: true\n" }
        switch component.baseModels.count {
        case 0: break
        case 1: out += "    base-model: \(YAMLScalar.text(component.baseModels[0]))\n"
        default:
            out += "    base-model:\n"
            for base in component.baseModels { out += "      - \(YAMLScalar.text(base))\n" }
        }
        if let relation = component.baseModelRelation {
            out += "    base-model-relation: \(YAMLScalar.text(relation))\n"
        }
        return out
    }

    /// A policy named `name` that extends the embedded default, with every fact as a commented question.
    public static func starterPolicy(name: String) -> String {
        var out = "# yaml-language-server: $schema=\(schemaURL("policy"))\n"
        out += """
            # Your organization's policy, written by `clearance init`. It extends Clearance's embedded default
            # (`clearance policy show default` prints it); what you write here wins over it.
            # Answer the questions: uncomment a fact and give its value. A fact that a license term needs and
            # nobody declared makes that model a review, never a pass. `clearance policy show` prints the policy
            # as `clearance check` uses it.

            """
        out += "schema: 1\n"
        out += "name: \(YAMLScalar.text(name))\n"
        out += "extends: \(Policy.embeddedDefaultName)\n"
        out += "usage:\n"
        for key in Usage.Key.allCases {
            out += "  # \(key.question) \(key.values.prefix(1).uppercased() + key.values.dropFirst()).\n"
            out += "  # \(key.rawValue): \(key.example)\n"
        }
        out += """
            # Facts a clearance.yaml may not set (true: all of them).
            # lock-facts: [commercial]
            # Catalog ids or SPDX ids; these win over the license categories of the default policy.
            # licenses:
            #   allow: []
            #   review: []
            #   deny: []

            """
        return out
    }
}
