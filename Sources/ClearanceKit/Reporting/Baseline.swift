import Foundation

/// The findings accepted when a repository adopts the gate, so that only findings not in it fail a check.
///
/// Written from a report (`--write-baseline FILE`) and applied to the next ones (`--baseline FILE`). An entry
/// matches a finding by component, rule id and license, not by message, so that rewording a message or
/// moving a line keeps the match. Stored as JSON:
///
/// ```json
/// {
///   "entries" : [
///     { "component" : "meta-llama/Llama-3.1-8B-Instruct", "license" : "llama3.1", "rule" : "user-cap" }
///   ],
///   "schemaVersion" : 1
/// }
/// ```
///
/// An entry without `component` is a finding about the policy itself; one without `license` matches
/// findings that name no license.
public struct Baseline: Hashable, Sendable, Codable {
    /// The format version this Clearance reads and writes.
    public static let currentSchemaVersion = 1

    /// The format version of the file: ``currentSchemaVersion``.
    public var schemaVersion: Int
    /// The accepted findings, sorted and without duplicates.
    public private(set) var entries: [Entry]

    /// One accepted finding: which component, which rule, which license.
    public struct Entry: Hashable, Sendable, Codable, Comparable {
        /// The component's name; nil for a finding about the policy.
        public var component: String?
        public var rule: Rule
        /// The catalog id of the license the finding is about, if any.
        public var license: String?

        /// An entry for a finding of `rule` about `license` in `component`.
        public init(component: String?, rule: Rule, license: String?) {
            self.component = component
            self.rule = rule
            self.license = license
        }

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.component ?? "", lhs.rule.rawValue, lhs.license ?? "") < (rhs.component ?? "", rhs.rule.rawValue, rhs.license ?? "")
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
            entries += result.findings.filter(\.isOpen).map { Entry(component: result.component, rule: $0.rule, license: $0.license) }
        }
        entries += report.policyFindings.filter(\.isOpen).map { Entry(component: nil, rule: $0.rule, license: $0.license) }
        self.init(entries: entries)
    }

    /// Reads a baseline file's bytes; `file` names it in errors.
    ///
    /// - Throws: a ``Diagnostic``: `baseline.invalid` when the bytes are not a baseline (unknown keys
    ///   included), `baseline.unsupported-version` when `schemaVersion` is newer than this Clearance reads.
    public init(json: Data, file: String) throws(Diagnostic) {
        let at = SourceLocation(file: file)
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw Diagnostic(id: "baseline.invalid", message: "a baseline must be a JSON object", at: at)
        }
        guard let version = object["schemaVersion"] as? Int else {
            throw Diagnostic(id: "baseline.invalid", message: "the baseline has no integer 'schemaVersion'", at: at)
        }
        guard version <= Self.currentSchemaVersion, version >= 1 else {
            throw Diagnostic(
                id: "baseline.unsupported-version",
                message: "baseline schemaVersion \(version) is not one this Clearance reads (1 to \(Self.currentSchemaVersion)); upgrade Clearance or write the baseline again",
                at: at)
        }
        if let key = object.keys.sorted().first(where: { !["schemaVersion", "entries"].contains($0) }) {
            throw Diagnostic(id: "baseline.invalid", message: "unknown key '\(key)' in the baseline", at: at)
        }
        for case let entry as [String: Any] in object["entries"] as? [Any] ?? [] {
            if let key = entry.keys.sorted().first(where: { !["component", "rule", "license"].contains($0) }) {
                throw Diagnostic(id: "baseline.invalid", message: "unknown key '\(key)' in a baseline entry", at: at)
            }
        }
        do {
            let decoded = try JSONDecoder().decode(Baseline.self, from: json)
            self.init(entries: decoded.entries)
        } catch {
            throw Diagnostic(id: "baseline.invalid", message: "the baseline cannot be read: \(Self.describe(error))", at: at)
        }
    }

    /// The baseline as the JSON text of its file (sorted keys, pretty-printed, final newline).
    public var jsonText: String {
        JSONFormatter.encode(self)
    }

    /// The report with every open finding that an entry matches waived (`waivedBy` is `"baseline"`), its
    /// verdicts recomputed (see ``Report/recomputingVerdicts()``), and how many findings were waived.
    public func apply(to report: Report) -> (report: Report, baselined: Int) {
        let accepted = Set(entries)
        var copy = report
        var count = 0
        func waive(_ finding: inout Finding, component: String?) {
            guard finding.isOpen, accepted.contains(Entry(component: component, rule: finding.rule, license: finding.license))
            else { return }
            finding.waivedBy = "baseline"
            count += 1
        }
        for r in copy.results.indices {
            for f in copy.results[r].findings.indices {
                waive(&copy.results[r].findings[f], component: copy.results[r].component)
            }
        }
        for f in copy.policyFindings.indices {
            waive(&copy.policyFindings[f], component: nil)
        }
        return (copy.recomputingVerdicts(), count)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
            DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return "\(path) has no '\(key.stringValue)'"
        default:
            return String(describing: error)
        }
    }
}
