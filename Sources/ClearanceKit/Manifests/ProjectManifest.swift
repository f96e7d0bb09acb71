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
    ///
    /// Reads as a ``MappingReader`` over ``componentKeys`` would (the same diagnostics, in the same order), with
    /// the entries found in one pass and no reader: a manifest has a component per entry.
    static func decodeComponent(_ item: Node, kind: Component.Kind, usage: Usage, context: DecodeContext) -> Component?
    {
        guard case .mapping(let pairs) = item.value else {
            context.record(item.mismatch("a mapping"))
            return nil
        }
        // Each known key's entry, by index into `pairs` (-1: absent).
        var nameAt = -1
        var licenseAt = -1
        var revisionAt = -1
        var multimodalAt = -1
        var factsAt = -1
        var baseModelAt = -1
        var relationAt = -1
        var unknown = false
        for (i, pair) in pairs.enumerated() {
            switch pair.name {
            case "name": nameAt = i
            case "license": licenseAt = i
            case "revision": revisionAt = i
            case "multimodal": multimodalAt = i
            case "usage": factsAt = i
            case "base-model": baseModelAt = i
            case "base-model-relation": relationAt = i
            default: unknown = true
            }
        }
        if unknown { MappingReader.recordUnknownKeys(of: item, known: componentKeys, context: context) }
        // The value at `index`, unless absent or null.
        func value(_ index: Int) -> Node? {
            index < 0 || pairs[index].value.isNull ? nil : pairs[index].value
        }
        func read<T>(_ index: Int, _ read: (Node) throws(YAMLError) -> T) -> T? {
            value(index).flatMap { context.read($0, read) }
        }
        guard let nameNode = value(nameAt) else {
            context.error("schema.missing-key", "missing required key 'name'", at: item.mark)
            return nil
        }
        guard let name = context.read(nameNode, { node throws(YAMLError) in try node.string() }) else { return nil }
        let licenseNode = value(licenseAt)
        let license = read(licenseAt) { node throws(YAMLError) in try node.string() }
        // The component's facts, each with its line: the manifest's, its own `usage`, then its `multimodal`.
        var declared = value(factsAt).map { Usage.decode($0, over: usage, context: context) } ?? usage
        let isMultimodal = read(multimodalAt) { node throws(YAMLError) in try node.boolean() }
        if let isMultimodal, let node = value(multimodalAt) {
            declared.multimodal = isMultimodal
            declared.sources[.multimodal] = context.location(node.mark)
        }
        return Component(
            name: name, kind: kind, license: license,
            location: context.location(licenseNode?.mark ?? item.mark),
            revision: read(revisionAt) { node throws(YAMLError) in try node.string() },
            multimodal: isMultimodal, usage: declared,
            baseModels: read(baseModelAt) { node throws(YAMLError) in try node.strings(allowSingle: true) } ?? [],
            baseModelRelation: read(relationAt) { node throws(YAMLError) in try node.string() })
    }
}
