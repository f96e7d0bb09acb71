public import ClearanceYAML

/// Reads Clearance's own project manifest, `clearance.yaml` (see the "Project manifest format" article).
///
/// Manifest-level `usage` is folded into each component's usage, under the component's own.
public enum ProjectManifest {
    static let keys = ["schema", "usage", "models", "datasets", "packages"]
    static let componentKeys = ["name", "license", "revision", "multimodal", "usage", "base-model", "base-model-relation"]

    /// The components a manifest declares, and every problem found.
    ///
    /// A manifest with nothing wrong is read straight from its events (``readEvents(_:file:)``); any other, or
    /// one with what that reader does not follow, through the tree.
    public static func read(bytes: [UInt8], file: String) -> (components: [Component], diagnostics: [Diagnostic]) {
        if let components = readEvents(bytes, file: file) { return (components, []) }
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
    public static func decode(_ root: Node, context: DecodeContext) -> [Component] {
        guard let m = MappingReader(root, keys: keys, context: context) else { return [] }
        _ = m.required("schema") { node throws(YAMLError) in try node.schemaVersion() }
        let usage = m["usage"].map { Usage.decode($0, context: context) } ?? Usage()
        var components: [Component] = []
        for (key, kind) in [("models", Component.Kind.model), ("datasets", .dataset), ("packages", .package)] {
            let items = m.optional(key, { node throws(YAMLError) in try node.sequence() }) ?? []
            // Entries are independent: each is read on its own (on all cores for a long list), and the
            // components and diagnostics are put back in source order, components moved rather than copied.
            let file = context.file
            var read = concurrentMap(items.count) { i in
                let itemContext = DecodeContext(file: file)
                let component = decodeComponent(items[i], kind: kind, usage: usage, context: itemContext)
                return (component: component, diagnostics: itemContext.diagnostics)
            }
            components.reserveCapacity(components.count + items.count)
            for i in read.indices {
                read[i].diagnostics.forEach(context.record)
                if let component = read[i].component.take() { components.append(component) }
            }
        }
        return components
    }

    /// One entry of `models`, `datasets` or `packages`, over the manifest's `usage`.
    static func decodeComponent(_ item: Node, kind: Component.Kind, usage: Usage, context: DecodeContext) -> Component? {
        guard let c = MappingReader(item, keys: componentKeys, context: context) else { return nil }
        guard let name = c.required("name", { node throws(YAMLError) in try node.string() }) else { return nil }
        let licenseNode = c["license"]
        let license = licenseNode.flatMap { context.read($0) { node throws(YAMLError) in try node.string() } }
        var component = Component(
            name: name, kind: kind, license: license,
            location: context.location(licenseNode?.mark ?? item.mark),
            revision: c.optional("revision") { node throws(YAMLError) in try node.string() },
            multimodal: c.optional("multimodal") { node throws(YAMLError) in try node.boolean() },
            usage: usage.overlaid(by: c["usage"].map { Usage.decode($0, context: context) } ?? Usage()),
            baseModels: c.optional("base-model") { node throws(YAMLError) in try node.strings(allowSingle: true) } ?? [],
            baseModelRelation: c.optional("base-model-relation") { node throws(YAMLError) in try node.string() })
        component.declaredLicense = license
        return component
    }
}
