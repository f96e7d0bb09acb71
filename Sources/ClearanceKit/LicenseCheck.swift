public import ClearanceYAML

/// Checks manifests against a policy, as `clearance check PATH... --policy FILE` does: the one entry point for
/// using ClearanceKit as a library (see <doc:UsingClearanceKit>).
public enum LicenseCheck {
    /// What a check gives: the report, or the diagnostics that stopped it; warnings either way.
    public struct Outcome: Sendable {
        /// The report, or nil when an error (a file that cannot be read, no component found) stopped the check.
        public var report: Report?
        /// Every diagnostic, errors and warnings, in the order they were found.
        public var diagnostics: [Diagnostic]
    }

    /// Reads `paths` (files or directories: `clearance.yaml`, model cards, CycloneDX and SPDX documents) and
    /// checks their components against the policy at `policy` (nil, or `default`: the embedded default),
    /// under `catalog`, as of `asOf` (the day exceptions must not have expired by), with `overrides` over every other source of facts.
    ///
    /// Fails closed like the command: any error diagnostic, or no component at all (unless `allowEmpty`),
    /// gives no report.
    public static func run(
        paths: [String], policy: String? = nil, catalog: Catalog = .shipped, asOf: CalendarDate,
        overrides: Usage = Usage(), allowEmpty: Bool = false
    ) -> Outcome {
        let (loaded, policyDiagnostics) = Policy.load(named: policy, catalog: catalog)
        guard let loaded, !policyDiagnostics.hasErrors else {
            return Outcome(report: nil, diagnostics: policyDiagnostics)
        }
        let (components, diagnostics) = ManifestLoader.load(paths: paths, catalog: catalog)
        let all = policyDiagnostics + diagnostics
        if all.hasErrors { return Outcome(report: nil, diagnostics: all) }
        if components.isEmpty, !allowEmpty {
            return Outcome(report: nil, diagnostics: all + [ManifestLoader.noComponents(paths: paths)])
        }
        let evaluator = Evaluator(catalog: catalog, policy: loaded, asOf: asOf, overrides: overrides)
        return Outcome(report: evaluator.evaluate(components), diagnostics: all)
    }
}
