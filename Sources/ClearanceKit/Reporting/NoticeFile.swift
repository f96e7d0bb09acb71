/// The attribution file a product must ship: for each license in use, the components under it, its notice
/// texts and the attributions it requires displayed ("Built with Llama"), grouped by license.
///
/// Texts come from the catalog's descriptors (obligations `notice` and `attribution-display`), whatever
/// use the policy declares: the file is for shipping. A component is under a license when one of its
/// findings or obligations names that license (for an `OR`, the alternative the evaluator chose).
public struct NoticeFile: Hashable, Sendable {
    /// One license and what shipping it requires, sorted by catalog id.
    public var licenses: [License]
    /// Components with no license from the catalog (unknown or undeclared): their attribution must be
    /// worked out by hand. Sorted by name.
    public var unresolved: [Unresolved]

    /// A license in use and its attribution duties.
    public struct License: Hashable, Sendable {
        /// Catalog id.
        public var id: String
        public var name: String
        /// Where the license text can be read.
        public var url: String
        /// The components under it, sorted, each once.
        public var components: [String]
        /// The wording the license requires in a notice file, each once, in the descriptor's order.
        public var notices: [Text]
        /// The attributions the license requires displayed, each once, in the descriptor's order.
        public var displays: [Text]
        /// Notice and display duties with no fixed wording (e.g. "keep the copyright notices").
        public var duties: [Text]
    }

    /// A piece of required wording (or a duty in words) and the clause it comes from.
    public struct Text: Hashable, Sendable {
        public var text: String
        public var clause: String
    }

    /// A component whose license the catalog does not know.
    public struct Unresolved: Hashable, Sendable {
        public var component: String
        /// The license expression as the report gives it (`NONE` when none was declared).
        public var license: String
        /// Where the component is declared, when known.
        public var location: SourceLocation? = nil
    }

    /// The notice file for the components of `report`, with texts from `catalog`.
    public init(report: Report, catalog: Catalog) {
        var components: [String: Set<String>] = [:]
        var unresolved: [Unresolved] = []
        for result in report.results {
            let ids = Set(result.findings.compactMap(\.license) + result.obligations.map(\.license))
                .compactMap { catalog.descriptor(for: $0)?.id }
            if ids.isEmpty {
                unresolved.append(
                    Unresolved(component: result.component, license: result.license, location: result.location))
            }
            for id in ids { components[id, default: []].insert(result.component) }
        }
        licenses = components.keys.sorted().compactMap { id in
            guard let descriptor = catalog.descriptor(for: id) else { return nil }
            var notices: [Text] = []
            var displays: [Text] = []
            var duties: [Text] = []
            for obligation in descriptor.obligations {
                let text: Text
                if let wording = obligation.text {
                    text = Text(text: wording, clause: obligation.clause)
                } else if let note = obligation.note {
                    text = Text(text: note, clause: obligation.clause)
                } else {
                    continue
                }
                switch obligation.id {
                case .notice where obligation.text != nil: if !notices.contains(text) { notices.append(text) }
                case .attributionDisplay where obligation.text != nil:
                    if !displays.contains(text) { displays.append(text) }
                case .notice, .attributionDisplay: if !duties.contains(text) { duties.append(text) }
                default: continue
                }
            }
            return License(
                id: descriptor.id, name: descriptor.name, url: descriptor.url,
                components: components[id, default: []].sorted(), notices: notices, displays: displays, duties: duties)
        }
        self.unresolved = unresolved.sorted { ($0.component, $0.license) < ($1.component, $1.license) }
    }

    /// A warning for each component in ``unresolved``: the file is incomplete until someone attributes it.
    public var warnings: [Diagnostic] {
        unresolved.map { item in
            Diagnostic(
                id: "notice.unresolved", severity: .warning,
                message:
                    "the catalog does not know the license of '\(item.component)' (\(item.license)); the NOTICE file lists it to attribute by hand",
                at: item.location)
        }
    }

    /// The file as plain text: a section per license, then the components to attribute by hand.
    ///
    /// Every piece of text is on one line (see ``Swift/String/terminalSafe``): no line break or control
    /// character from a manifest or a descriptor starts a line of its own.
    public var text: String {
        let rule = String(repeating: "=", count: 78)
        var lines = [
            "NOTICE",
            "",
            "This product includes the following third-party models, datasets and packages,",
            "used under the licenses below.",
        ]
        if licenses.isEmpty && unresolved.isEmpty {
            lines += ["", "(No third-party components.)"]
        }
        for license in licenses {
            let id = license.id.terminalSafe
            lines += ["", rule, "\(license.name.terminalSafe) (\(id))", license.url.terminalSafe, rule, ""]
            lines.append("Components:")
            lines += license.components.map { "  - \($0.terminalSafe)" }
            if !license.notices.isEmpty {
                lines.append("")
                lines += license.notices.map(\.text.terminalSafe)
            }
            if !license.displays.isEmpty {
                lines += ["", "Displayed attribution required:"]
                lines += license.displays.map { "  \"\($0.text.terminalSafe)\" (\(id) \($0.clause.terminalSafe))" }
            }
            if !license.duties.isEmpty {
                lines += ["", "Also required:"]
                lines += license.duties.map { "  - \($0.text.terminalSafe) (\(id) \($0.clause.terminalSafe))" }
            }
        }
        if !unresolved.isEmpty {
            lines += ["", rule, "Components whose license is not in the catalog: attribute by hand", rule, ""]
            lines += unresolved.map { "  - \($0.component.terminalSafe) (license: \($0.license.terminalSafe))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
