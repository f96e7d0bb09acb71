import Foundation

/// The findings accepted when a repository adopts the gate, so that only findings not in it fail a check.
///
/// Written from a report (`--write-baseline FILE`) and applied to the next ones (`--baseline FILE`). An entry
/// matches a finding by component, rule id, license and the license text the component declared, not by
/// message, so that rewording a message or moving a line keeps the match, while a component that now
/// declares another license (another unknown one among them) has new findings. Stored as JSON:
///
/// ```json
/// {
///   "entries" : [
///     {
///       "component" : "meta-llama/Llama-3.1-8B-Instruct", "license" : "llama3.1",
///       "licenseText" : "llama3.1", "rule" : "user-cap"
///     }
///   ],
///   "schemaVersion" : 2
/// }
/// ```
///
/// An entry without `component` is a finding about the policy itself; one without `license` matches
/// findings that name no license. Entries of schema 1 have no `licenseText`: they match as before, by
/// component, rule and license, except `unknown-license` ones, which waive nothing (they cannot tell which
/// unknown license they accepted) until the baseline is written again.
public struct Baseline: Hashable, Sendable, Codable {
    /// The format version this Clearance reads and writes.
    public static let currentSchemaVersion = 2

    /// The format version of the file: ``currentSchemaVersion``.
    public var schemaVersion: Int
    /// The accepted findings, sorted and without duplicates.
    public private(set) var entries: [Entry]

    /// One accepted finding: which component, which rule, which license, under which declared license text.
    public struct Entry: Hashable, Sendable, Codable, Comparable {
        /// The component's name; nil for a finding about the policy.
        public var component: String?
        public var rule: Rule
        /// The catalog id of the license the finding is about, if any.
        public var license: String?
        /// The license expression the component declared, as the report gives it (``Report/Result/license``);
        /// nil for a finding about the policy, and in entries of schema 1.
        public var licenseText: String?

        /// An entry for a finding of `rule` about `license` in `component`, which declared `licenseText`.
        public init(component: String?, rule: Rule, license: String?, licenseText: String? = nil) {
            self.component = component
            self.rule = rule
            self.license = license
            self.licenseText = licenseText
        }

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.component ?? "", lhs.rule.rawValue, lhs.license ?? "", lhs.licenseText ?? "") < (
                rhs.component ?? "", rhs.rule.rawValue, rhs.license ?? "", rhs.licenseText ?? ""
            )
        }

        /// This entry without its license text: the key an entry of schema 1 matches by.
        var withoutLicenseText: Entry {
            Entry(component: component, rule: rule, license: license)
        }
    }

    /// A baseline holding `entries`, sorted and without duplicates.
    public init(entries: [Entry]) {
        schemaVersion = Self.currentSchemaVersion
        self.entries = Set(entries).sorted()
    }

    /// The baseline of a report: every finding whose effective verdict is review or fail, in components and
    /// about the policy.
    public init(report: Report) {
        var entries: [Entry] = []
        for result in report.results {
            entries += result.findings.filter(\.isOpen).map {
                Entry(component: result.component, rule: $0.rule, license: $0.license, licenseText: result.license)
            }
        }
        entries += report.policyFindings.filter(\.isOpen).map {
            Entry(component: nil, rule: $0.rule, license: $0.license)
        }
        self.init(entries: entries)
    }

    /// Reads a baseline file's bytes; `file` names it in errors.
    ///
    /// - Throws: a ``Diagnostic`` at the line and column of the problem: `json.syntax` (and the other ids of
    ///   the strict JSON reader) when the bytes are not JSON, `baseline.invalid` when they are not a baseline
    ///   (unknown keys and rules included), `baseline.unsupported-version` when `schemaVersion` is newer than
    ///   this Clearance reads.
    public init(json: Data, file: String) throws(Diagnostic) {
        let source: JSONSource
        switch JSONSource.parse([UInt8](json), file: file) {
        case .success(let parsed): source = parsed
        case .failure(let diagnostic): throw diagnostic
        }
        func invalid(_ message: String, at value: JSONValue) -> Diagnostic {
            Diagnostic(id: "baseline.invalid", message: message, at: source.location(value))
        }
        let root = source.root
        guard let members = root.members else {
            throw invalid("a baseline must be a JSON object, not \(root.kindDescription)", at: root)
        }
        if let unknown = members.first(where: { !["schemaVersion", "entries"].contains($0.key) }) {
            throw Diagnostic(
                id: "baseline.invalid", message: "unknown key '\(unknown.key)' in the baseline",
                at: source.location(offset: unknown.keyOffset))
        }
        guard let versionValue = root["schemaVersion"] else {
            throw invalid("the baseline has no 'schemaVersion'", at: root)
        }
        guard case .number(let versionText) = versionValue.kind, let version = Int(versionText) else {
            throw invalid("'schemaVersion' must be an integer, not \(versionValue.kindDescription)", at: versionValue)
        }
        guard version <= Self.currentSchemaVersion, version >= 1 else {
            throw Diagnostic(
                id: "baseline.unsupported-version",
                message:
                    "baseline schemaVersion \(version) is not one this Clearance reads (1 to \(Self.currentSchemaVersion)); upgrade Clearance or write the baseline again",
                at: source.location(versionValue))
        }
        guard let entriesValue = root["entries"] else { throw invalid("the baseline has no 'entries'", at: root) }
        guard let items = entriesValue.array else {
            throw invalid("'entries' must be an array, not \(entriesValue.kindDescription)", at: entriesValue)
        }
        var entries: [Entry] = []
        for item in items {
            guard let fields = item.members else {
                throw invalid("a baseline entry must be an object, not \(item.kindDescription)", at: item)
            }
            if let unknown = fields.first(where: { !["component", "rule", "license", "licenseText"].contains($0.key) })
            {
                throw Diagnostic(
                    id: "baseline.invalid", message: "unknown key '\(unknown.key)' in a baseline entry",
                    at: source.location(offset: unknown.keyOffset))
            }
            func optionalString(_ key: String) throws(Diagnostic) -> String? {
                guard let value = item[key] else { return nil }
                guard let text = value.string else {
                    throw invalid("'\(key)' must be a string, not \(value.kindDescription)", at: value)
                }
                return text
            }
            guard let ruleValue = item["rule"] else { throw invalid("a baseline entry has no 'rule'", at: item) }
            guard let ruleText = ruleValue.string, let rule = Rule(rawValue: ruleText) else {
                let shown = ruleValue.string.map { "'\($0)'" } ?? ruleValue.kindDescription
                throw invalid("unknown rule \(shown) in a baseline entry", at: ruleValue)
            }
            entries.append(
                Entry(
                    component: try optionalString("component"), rule: rule, license: try optionalString("license"),
                    licenseText: try optionalString("licenseText")))
        }
        self.init(entries: entries)
    }

    /// Reads the baseline file at `path`.
    ///
    /// - Throws: a ``Diagnostic``: `io.unreadable` when the file is missing or unreadable, otherwise as
    ///   ``init(json:file:)``.
    public static func read(path: String) throws(Diagnostic) -> Baseline {
        try Baseline(json: Data(try SourceFile.read(path)), file: path)
    }

    /// The baseline as the JSON text of its file (sorted keys, pretty-printed, final newline).
    public var jsonText: String {
        JSONFormatter.encode(self)
    }

    /// The report with every open finding that an entry matches waived (`waivedBy` is `"baseline"`), its
    /// verdicts recomputed (see ``Report/recomputingVerdicts()``), and how many findings were waived.
    public func apply(to report: Report) -> (report: Report, baselined: Int) {
        let matcher = Matcher(entries)
        var copy = report
        var count = 0
        for r in copy.results.indices {
            let result = copy.results[r]
            for f in result.findings.indices where result.findings[f].isOpen {
                let finding = result.findings[f]
                let key = Entry(
                    component: result.component, rule: finding.rule, license: finding.license,
                    licenseText: result.license)
                guard matcher.waives(key) else { continue }
                copy.results[r].findings[f].waivedBy = "baseline"
                count += 1
            }
        }
        for f in copy.policyFindings.indices where copy.policyFindings[f].isOpen {
            let finding = copy.policyFindings[f]
            guard matcher.waives(Entry(component: nil, rule: finding.rule, license: finding.license)) else { continue }
            copy.policyFindings[f].waivedBy = "baseline"
            count += 1
        }
        return (copy.recomputingVerdicts(), count)
    }

    /// Which findings the entries waive: an entry with a license text matches exactly; one without (schema 1)
    /// matches by component, rule and license, unless the rule is `unknown-license`.
    private struct Matcher {
        let exact: Set<Entry>
        let legacy: Set<Entry>

        init(_ entries: [Entry]) {
            exact = Set(entries)
            legacy = Set(entries.filter { $0.licenseText == nil && $0.component != nil })
        }

        /// Whether an entry waives the finding described by `key`.
        func waives(_ key: Entry) -> Bool {
            if exact.contains(key) { return true }
            return key.rule != .unknownLicense && legacy.contains(key.withoutLicenseText)
        }

        /// Whether `entry` waives one of the findings described by `keys`.
        static func entry(_ entry: Entry, waivesAnyOf keys: Set<Entry>, byLegacy legacyKeys: Set<Entry>) -> Bool {
            if keys.contains(entry) { return true }
            guard entry.licenseText == nil, entry.component != nil, entry.rule != .unknownLicense else { return false }
            return legacyKeys.contains(entry)
        }
    }

    /// The entries that match no open finding of `report` (a report without the baseline applied): findings
    /// fixed since the baseline was written, which it should no longer waive.
    public func staleEntries(for report: Report) -> [Entry] {
        var open = Set<Entry>()
        for result in report.results {
            for finding in result.findings where finding.isOpen {
                open.insert(
                    Entry(
                        component: result.component, rule: finding.rule, license: finding.license,
                        licenseText: result.license))
            }
        }
        for finding in report.policyFindings where finding.isOpen {
            open.insert(Entry(component: nil, rule: finding.rule, license: finding.license))
        }
        let openWithoutText = Set(open.map(\.withoutLicenseText))
        return entries.filter { !Matcher.entry($0, waivesAnyOf: open, byLegacy: openWithoutText) }
    }

    /// A warning that `file` holds stale entries (see ``staleEntries(for:)``), or nil when it holds none.
    public func staleWarning(for report: Report, file: String) -> Diagnostic? {
        let stale = staleEntries(for: report)
        guard !stale.isEmpty else { return nil }
        let what = stale.count == 1 ? "1 entry matches" : "\(stale.count) entries match"
        return Diagnostic(
            id: "baseline.stale", severity: .warning,
            message:
                "\(what) no finding any more (fixed since the baseline was written); write the baseline again with --write-baseline to drop them",
            at: SourceLocation(file: file))
    }
}
