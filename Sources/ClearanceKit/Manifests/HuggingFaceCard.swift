import ClearanceYAML
import Foundation

/// A Hugging Face model or dataset card: the YAML front matter of a repository's `README.md`.
///
/// Read keys (every other key is allowed and ignored, as on the Hub):
/// - `license`: a Hub license id, or, on dataset cards, a list of them (read as all of them: AND). `other`
///   means "see `license_name`" (a free slug such as `llama3` or `qwen`, resolved through the catalog; a slug
///   the catalog does not know stays `LicenseRef-<slug>`, so unknown), then `license_link` (a URL the catalog
///   may know). `unknown` declares nothing; in a list beside other ids, it (or a blank id) stays as
///   `LicenseRef-NOASSERTION`, so the list is unknown. Without `license`, every `license:<id>` tag counts.
/// - A `license_link`, or a `license_name` beside a `license` that is not `other`, that names a catalog
///   license the declared one does not hold is a `license-conflict` review (a finding of the component); the
///   license keeps both.
/// - `base_model` (a Hub id or a list: a list of several means a merge) and `base_model_relation` (`adapter`,
///   `merge`, `quantized`, `finetune`); without `base_model`, tags such as `base_model:adapter:<id>` that the
///   Hub API adds.
/// - `datasets`: the ids of the datasets used (their licenses are not in the card).
/// - `model_name`: the component's name; `pipeline_tag`: marks a model multimodal when it takes more than one
///   kind of input (e.g. `image-text-to-text`).
/// - `commercial: false`, and the card's text after the front matter: read by ``CardStatements`` for
///   restrictions, licenses and base models the metadata does not state (`card-statement` findings).
///
/// No front matter declares no license: the component's license is nil, which fails closed. Front matter that
/// is not a mapping is an error at its first line.
///
/// The component's name is, in order: the name given by the caller, `model_name`, `pretty_name` (dataset
/// cards), then the directory name for a file called `README.md` (the repository's name), else the file name
/// without its extension.
public struct HuggingFaceCard: Sendable {
    /// The model or dataset the card describes, with its own license (before lineage).
    public var component: Component
    /// The dataset ids the card names in `datasets`, with where each is written.
    public var datasets: [(name: String, location: SourceLocation)]
    /// `license_link` as written: a path in the repository or a URL; evidence for a reviewer.
    public var licenseLink: String?
    /// Whether the file had front matter at all.
    public var hasFrontMatter: Bool

    /// The relations the Hub knows for `base_model_relation`.
    public static let relations = ["adapter", "merge", "quantized", "finetune"]

    /// Pipeline tags whose models take more than one kind of input.
    static let multimodalPipelines: Set<String> = [
        "image-text-to-text", "visual-question-answering", "document-question-answering", "video-text-to-text",
        "any-to-any", "audio-text-to-text",
    ]

    /// Keys only dataset cards use; a card with one of these and no model key is a dataset card.
    static let datasetKeys: Set<String> = [
        "task_categories", "task_ids", "size_categories", "annotations_creators", "language_creators",
        "multilinguality", "source_datasets", "pretty_name", "dataset_info", "configs", "paperswithcode_id",
    ]
    static let modelKeys: Set<String> = [
        "base_model", "library_name", "pipeline_tag", "model-index", "model_name", "base_model_relation",
        "widget", "inference",
    ]

    /// Reads the card in `bytes` (the whole `README.md`) as one component.
    ///
    /// `file` is the path as the user named it, which every location cites; `name` is the component's name, or
    /// nil to take it from the card or the path.
    public static func read(
        bytes: [UInt8], file: String, name: String? = nil, catalog: Catalog = .shipped
    ) -> (components: [Component], diagnostics: [Diagnostic]) {
        let (card, diagnostics) = parse(bytes: bytes, file: file, name: name, catalog: catalog)
        return (card.map { [$0.component] } ?? [], diagnostics)
    }

    /// Reads the card in `bytes`; nil (with an error) when its front matter is not valid YAML or not a mapping.
    public static func parse(
        bytes: [UInt8], file: String, name: String? = nil, catalog: Catalog = .shipped
    ) -> (card: HuggingFaceCard?, diagnostics: [Diagnostic]) {
        parse(frontMatter: FrontMatter(bytes), file: file, name: name, catalog: catalog)
    }

    /// Reads a card whose front matter (nil: none) is already found.
    static func parse(
        frontMatter: FrontMatter?, file: String, name: String?, catalog: Catalog
    ) -> (card: HuggingFaceCard?, diagnostics: [Diagnostic]) {
        var fallbackName: String { name ?? defaultName(for: file) }
        guard let frontMatter else {
            let component = Component(
                name: fallbackName, kind: .model, license: nil, location: SourceLocation(file: file))
            return (HuggingFaceCard(component: component, datasets: [], licenseLink: nil, hasFrontMatter: false), [])
        }
        let root: Node?
        do {
            root = try SourceFile.parseYAML(frontMatter.yaml, file: file)
        } catch {
            return (nil, [error])
        }
        let context = DecodeContext(file: file)
        guard let root else {
            // `---` twice with nothing between: no metadata.
            let location = SourceLocation(file: file, line: frontMatter.openingLine, column: 1)
            let component = Component(name: fallbackName, kind: .model, license: nil, location: location)
            return (HuggingFaceCard(component: component, datasets: [], licenseLink: nil, hasFrontMatter: true), [])
        }
        guard case .mapping(let pairs) = root.value else {
            context.error(
                "card.front-matter-not-mapping",
                "the front matter of a model card must be a mapping of keys, found \(root.kindDescription)",
                at: root.mark)
            return (nil, context.diagnostics)
        }
        let keys = Set(pairs.map(\.name))
        let reader = Reader(root: root, context: context, catalog: catalog)

        let kind: Component.Kind =
            keys.isDisjoint(with: datasetKeys) || !keys.isDisjoint(with: modelKeys) ? .model : .dataset
        let cardName =
            name ?? reader.text("model_name", severity: .warning)
            ?? (kind == .dataset ? reader.text("pretty_name", severity: .warning) : nil) ?? fallbackName
        let declared = reader.license()
        let (bases, relation) = reader.baseModels()
        var component = Component(
            name: cardName, kind: kind, license: declared.expression,
            location: context.location(declared.mark ?? root.mark), baseModels: bases, baseModelRelation: relation)
        for conflict in declared.conflicts {
            component.findings.append(
                Finding(
                    .licenseConflict, .review,
                    "'\(cardName)' declares \(conflict.declared), but its \(conflict.key) '\(conflict.value)' is \(conflict.license.id); the effective license keeps both",
                    license: conflict.license.id, policy: context.location(conflict.mark)))
        }
        if let pipeline = reader.text("pipeline_tag", severity: .warning), multimodalPipelines.contains(pipeline) {
            component.multimodal = true
        }
        // The card's own words (CardStatements): restrictions, licenses named in its text, bases in its code.
        let commercialFalse = root["commercial"].flatMap {
            $0.scalar?.text == "false" ? context.location($0.mark) : nil
        }
        let statements = CardStatements.scan(
            String(decoding: frontMatter.body, as: UTF8.self), firstLine: frontMatter.bodyLine, catalog: catalog)
        CardStatements.apply(
            statements, to: &component, declared: component.license, commercialFalse: commercialFalse, file: file,
            catalog: catalog)
        let datasets = reader.datasets()
        let card = HuggingFaceCard(
            component: component, datasets: datasets, licenseLink: declared.link, hasFrontMatter: true)
        return (card, context.diagnostics)
    }

    /// The name of a card found at `file` when the card does not name itself: the directory of a
    /// `README.md` (a repository's name), else the file name without its extension.
    static func defaultName(for file: String) -> String {
        var parts = file.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let last = parts.popLast() else { return "card" }
        if last.lowercased() == "readme.md" {
            // The nearest directory name that is not `.` or `..`, resolving against the working directory.
            if parts.contains(".."), !file.hasPrefix("/") {
                parts = FileManager.default.currentDirectoryPath.split(separator: "/").map(String.init) + parts
            }
            var stack: [String] = []
            for part in parts {
                if part == "." { continue }
                if part == ".." { _ = stack.popLast() } else { stack.append(part) }
            }
            if parts.isEmpty, !file.hasPrefix("/") {
                stack = FileManager.default.currentDirectoryPath.split(separator: "/").map(String.init)
            }
            if let directory = stack.last { return directory }
        }
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { return String(last[..<dot]) }
        return last
    }

    /// Reads the keys the checker needs, recording type errors.
    private struct Reader {
        let root: Node
        let context: DecodeContext
        let catalog: Catalog

        /// A non-empty string at `key`; a value of another type is recorded with `severity` (an error for the
        /// keys a license depends on, a warning for the others).
        func text(_ key: String, severity: Diagnostic.Severity = .error) -> String? {
            guard let node = root[key], !node.isNull else { return nil }
            let s: String
            do {
                s = try node.string()
            } catch {
                context.record(error, severity: severity)
                return nil
            }
            let trimmed = LicenseText.trim(s)
            return trimmed.isEmpty ? nil : trimmed
        }

        /// What a card's license keys declare.
        struct Declared {
            /// The expression, or nil when the card declares none.
            var expression: String?
            /// Where it is declared.
            var mark: Mark?
            /// `license_link` as written.
            var link: String?
            /// Each of `license_name` (when `license` is not `other`) and `license_link` that names a license
            /// `expression` does not hold (the expression then holds it too): the key, its value, that license,
            /// where it is written, and what the card declares, for the message.
            var conflicts: [(key: String, value: String, license: LicenseDescriptor, mark: Mark, declared: String)] = []
        }

        /// The card's license: `license` (a list is all of its members, AND; a member that declares nothing,
        /// `unknown` or blank, stays in it as `LicenseRef-NOASSERTION`), `license_name` and `license_link` for
        /// `other`, or the `license:<id>` tags without a `license` key. A `license_link` (or a `license_name`
        /// beside a `license` that is not `other`) that names a license the declared one does not hold is a
        /// conflict: both are kept.
        func license() -> Declared {
            let link = text("license_link")
            var declared = Declared(link: link)
            guard let node = root["license"], !node.isNull else {
                if root["licence"] != nil || root["License"] != nil {
                    let key = root["licence"] != nil ? "licence" : "License"
                    let mark = pair(key)?.key.mark ?? root.mark
                    context.record(
                        YAMLError(
                            id: "card.misspelt-key",
                            message:
                                "'\(key)' is not a card key, so this card declares no license; did you mean 'license'?",
                            at: mark),
                        severity: .warning)
                }
                // The Hub API adds `license:<id>` tags; README files rarely have them. Every one counts.
                let tagged = tags().filter { $0.text.hasPrefix("license:") }
                var leaves: [String] = []
                for tag in tagged {
                    let id = String(tag.text.dropFirst("license:".count))
                    leaves.append(hubLeaf(id) ?? LicenseText.noAssertion)
                }
                if leaves.contains(where: { $0 != LicenseText.noAssertion }) {
                    declared.expression = LicenseText.and(leaves)
                    declared.mark = tagged.first?.mark
                }
                return declared
            }
            var leaves: [String] = []
            var first: Mark?
            var declaresNothing = false
            var named: (slug: String, mark: Mark)?
            var isOther = false
            guard
                let items = context.read(
                    node,
                    { n throws(YAMLError) in try n.itemsOrSingle(expected: "a license id or a list of license ids") })
            else { return declared }
            for item in items {
                guard let id = context.read(item, { n throws(YAMLError) in try n.string() }) else { continue }
                if LicenseText.trim(id).lowercased() == "other" {
                    isOther = true
                    let (leaf, mark, slug) = other(link: link, at: item.mark)
                    leaves.append(leaf)
                    first = first ?? mark
                    if let slug { named = (slug, mark) }
                } else if let leaf = hubLeaf(id) {
                    leaves.append(leaf)
                    first = first ?? item.mark
                } else {
                    declaresNothing = true
                }
            }
            // `[mit, unknown]` is not MIT: the member that declares nothing keeps the whole unknown.
            if declaresNothing, !leaves.isEmpty { leaves.append(LicenseText.noAssertion) }
            declared.expression = LicenseText.and(leaves)
            declared.mark = first ?? node.mark
            // Evidence that names another license than the one declared: a review, and both are kept. A declared
            // license the catalog does not know already fails closed; there is nothing to compare it with.
            guard let expression = declared.expression else { return declared }
            let ids = LicenseText.leaves(of: expression).compactMap { catalog.descriptor(for: $0)?.id }
            guard !ids.isEmpty else { return declared }
            let what = named.map { "license_name '\($0.slug)' (\(ids.joined(separator: ", ")))" } ?? expression
            var evidence: [(key: String, value: String)] = []
            if !isOther, let name = text("license_name") { evidence.append(("license_name", name)) }
            if let link { evidence.append(("license_link", link)) }
            var added = Set(ids)
            for (key, value) in evidence {
                guard let named = catalog.descriptor(for: value), !ids.contains(named.id) else { continue }
                declared.conflicts.append((key, value, named, root[key]?.mark ?? node.mark, what))
                if added.insert(named.id).inserted { leaves.append(LicenseText.leaf(for: named)) }
            }
            declared.expression = LicenseText.and(leaves)
            return declared
        }

        /// A Hub license id as an expression leaf; nil for `unknown` or a blank id, which declare nothing.
        func hubLeaf(_ id: String) -> String? {
            let id = LicenseText.trim(id)
            if id.isEmpty || id.lowercased() == "unknown" { return nil }
            return LicenseText.expression(id, catalog: catalog)
        }

        /// `license: other`: `license_name` through the catalog, else `license_link`, else `LicenseRef-<slug>`;
        /// the slug is returned when the catalog resolved it.
        func other(link: String?, at mark: Mark) -> (String, Mark, String?) {
            if let slug = text("license_name") {
                let mark = root["license_name"]?.mark ?? mark
                if let descriptor = catalog.descriptor(for: slug) {
                    return (LicenseText.leaf(for: descriptor), mark, slug)
                }
                if let link, let descriptor = catalog.descriptor(for: link) {
                    return (LicenseText.leaf(for: descriptor), mark, nil)
                }
                return (LicenseText.licenseRef(slug), mark, nil)
            }
            if let link, let descriptor = catalog.descriptor(for: link) {
                return (LicenseText.leaf(for: descriptor), root["license_link"]?.mark ?? mark, nil)
            }
            return ("LicenseRef-other", mark, nil)
        }

        /// `(base model ids, base_model_relation)`.
        func baseModels() -> ([String], String?) {
            var relation = text("base_model_relation")
            if let r = relation, !HuggingFaceCard.relations.contains(r) {
                let mark = root["base_model_relation"]?.mark ?? root.mark
                context.record(
                    YAMLError(
                        id: "card.unknown-relation",
                        message:
                            "base_model_relation '\(r)' is not one of \(HuggingFaceCard.relations.joined(separator: ", ")); the base's terms still apply",
                        at: mark),
                    severity: .warning)
            }
            var bases: [String] = []
            if let node = root["base_model"], !node.isNull {
                if let list = context.read(node, { n throws(YAMLError) in try n.strings(allowSingle: true) }) {
                    bases = list.map(LicenseText.trim).filter { !$0.isEmpty }
                }
            } else {
                // Tags the Hub API adds: `base_model:<id>` or `base_model:<relation>:<id>`.
                for tag in tags() where tag.text.hasPrefix("base_model:") {
                    let parts = tag.text.dropFirst("base_model:".count).split(separator: ":", maxSplits: 1)
                    if parts.count == 2, HuggingFaceCard.relations.contains(String(parts[0])) {
                        relation = relation ?? String(parts[0])
                        bases.append(String(parts[1]))
                    } else if parts.count == 1 {
                        bases.append(String(parts[0]))
                    }
                }
            }
            var seen = Set<String>()
            bases = bases.filter { seen.insert($0.lowercased()).inserted }
            return (bases, relation)
        }

        func datasets() -> [(name: String, location: SourceLocation)] {
            guard let node = root["datasets"], !node.isNull else { return [] }
            guard
                let items = context.read(
                    node, { n throws(YAMLError) in try n.itemsOrSingle(expected: "a list of dataset ids") })
            else { return [] }
            return items.compactMap { item in
                guard let s = context.read(item, { n throws(YAMLError) in try n.string() }) else { return nil }
                let name = LicenseText.trim(s)
                return name.isEmpty ? nil : (name, context.location(item.mark))
            }
        }

        /// The string items of `tags`, with their marks; other items are skipped.
        func tags() -> [(text: String, mark: Mark)] {
            guard let node = root["tags"], case .sequence(let items) = node.value else { return [] }
            return items.compactMap { item in
                guard let s = item.scalar, !s.isNull else { return nil }
                return (s.text, item.mark)
            }
        }

        func pair(_ key: String) -> Node.Pair? {
            guard case .mapping(let pairs) = root.value else { return nil }
            return pairs.first { $0.name == key }
        }
    }
}
