public import ClearanceYAML

/// Reads Clearance's own project manifest, `clearance.yaml` (see <doc:PolicyFormat>).
///
/// Manifest-level `usage` is folded into each component's usage, under the component's own; a component's
/// `multimodal` is also its usage's `multimodal`, with its line. The evaluator decides which of these facts
/// the policy lets count (see ``Evaluator``).
public enum ProjectManifest {
    static let keys = ["schema", "policy", "usage", "models", "datasets", "packages"]
    static let componentKeys = [
        "name", "license", "revision", "multimodal", "usage", "base-model", "base-model-relation",
    ]

    /// The components a manifest declares, and every problem found.
    public static func read(bytes: [UInt8], file: String) -> (components: [Component], diagnostics: [Diagnostic]) {
        do {
            guard let root = try SourceFile.parseYAML(bytes, file: file) else {
                return ([], [Diagnostic.emptyDocument(file: file)])
            }
            return read(root, file: file)
        } catch {
            return ([], [error])
        }
    }

    /// Reads a manifest already parsed from `file`.
    static func read(_ root: Node, file: String) -> (components: [Component], diagnostics: [Diagnostic]) {
        let context = DecodeContext(file: file)
        return (decode(root, context: context), context.diagnostics)
    }

    /// Reads a parsed manifest, recording problems in `context`.
    package static func decode(_ root: Node, context: DecodeContext) -> [Component] {
        guard let m = MappingReader(root, keys: keys, context: context) else { return [] }
        _ = m.required("schema") { node throws(YAMLError) in try node.schemaVersion() }
        // `policy`: the policy file check uses without --policy (``ProjectDiscovery/policy(namedBy:)``).
        _ = m.optional("policy") { node throws(YAMLError) in try node.string() }
        let usage = m["usage"].map { Usage.decode($0, context: context) } ?? Usage()
        var components: [Component] = []
        for (key, kind) in [("models", Component.Kind.model), ("datasets", .dataset), ("packages", .package)] {
            let items = m.optional(key, { node throws(YAMLError) in try node.sequence() }) ?? []
            components.reserveCapacity(components.count + items.count)
            for item in items {
                if let component = decodeComponent(item, kind: kind, usage: usage, context: context) {
                    components.append(component)
                }
            }
        }
        return components
    }

    /// One entry of `models`, `datasets` or `packages`, over the manifest's `usage`.
    static func decodeComponent(_ item: Node, kind: Component.Kind, usage: Usage, context: DecodeContext) -> Component?
    {
        guard let c = MappingReader(item, keys: componentKeys, context: context) else { return nil }
        guard let name = c.required("name", { node throws(YAMLError) in try node.string() }) else { return nil }
        let licenseNode = c["license"]
        let license = licenseNode.flatMap { context.read($0) { node throws(YAMLError) in try node.string() } }
        // The component's facts, each with its line: the manifest's, its own `usage`, then its `multimodal`.
        var facts = usage.overlaid(by: c["usage"].map { Usage.decode($0, context: context) } ?? Usage())
        let multimodal = c.optional("multimodal") { node throws(YAMLError) in try node.boolean() }
        if let multimodal, let node = c["multimodal"] {
            facts.multimodal = multimodal
            facts.sources[.multimodal] = context.location(node.mark)
        }
        var component = Component(
            name: name, kind: kind, license: license,
            location: context.location(licenseNode?.mark ?? item.mark),
            revision: c.optional("revision") { node throws(YAMLError) in try node.string() },
            multimodal: multimodal, usage: facts,
            baseModels: c.optional("base-model") { node throws(YAMLError) in try node.strings(allowSingle: true) }
                ?? [],
            baseModelRelation: c.optional("base-model-relation") { node throws(YAMLError) in try node.string() })
        component.declaredLicense = license
        return component
    }
}
