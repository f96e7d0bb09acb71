import ArgumentParser
import ClearanceKit
import ClearanceYAML
import Foundation

extension Clearance {
    /// `clearance check`: a verdict per component from license terms, policy and facts.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check components' licenses against the policy and the organization's facts.",
            discussion: """
                With no path, reads ./clearance.yaml. With no --policy, uses the embedded default policy.
                What-if, no manifest needed: clearance check --license llama3.1 --set monthly-active-users=900000000
                Exit codes: 0 pass (or review without --fail-on review); 1 fail (or review with --fail-on review); 2 invalid input.
                """)

        @Argument(help: "Manifests, model cards, SBOMs or directories (default: ./clearance.yaml).")
        var paths: [String] = []

        @Option(help: ArgumentHelp("The policy file (default: the embedded default policy).", valueName: "file"))
        var policy: String?

        @Option(help: "Output format: text or json.") var format: TextOrJSON = .text

        @Option(name: .customLong("fail-on"), help: "Exit 1 on this verdict or worse: fail or review.")
        var failOn: FailOn = .fail

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to check for (YYYY-MM-DD; default: today).", valueName: "date"))
        var asOf: String?

        @Option(name: .customLong("set"), help: ArgumentHelp("Override a usage fact, e.g. monthly-active-users=900000000.", valueName: "key=value"))
        var facts: [String] = []

        @Option(help: ArgumentHelp("What-if: check this license (any id, alias or expression) instead of files.", valueName: "license"))
        var license: String?

        @Option(help: ArgumentHelp("What-if: the component name for --license.", valueName: "name"))
        var component: String?

        @OptionGroup var catalogOptions: CatalogOptions

        enum FailOn: String, ExpressibleByArgument, CaseIterable { case fail, review }

        func validate() throws {
            if license != nil, !paths.isEmpty { throw ValidationError("Give either --license or paths, not both.") }
            if component != nil, license == nil { throw ValidationError("--component goes with --license.") }
            if let asOf, CalendarDate(asOf) == nil { throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'.") }
            _ = try overrides()
        }

        /// The `--set` facts.
        func overrides() throws -> Usage {
            var usage = Usage()
            for assignment in facts {
                guard let equals = assignment.firstIndex(of: "=") else {
                    throw ValidationError("--set takes KEY=VALUE, not '\(assignment)'.")
                }
                let keyText = String(assignment[..<equals]), valueText = String(assignment[assignment.index(after: equals)...])
                guard let key = Usage.Key(rawValue: keyText) else {
                    let near = Suggestion.nearest(to: keyText, in: Usage.Key.allCases.map(\.rawValue))
                    throw ValidationError("Unknown fact '\(keyText)' in --set" + (near.map { "; did you mean '\($0)'?" } ?? "."))
                }
                do {
                    guard let node = try YAMLParser().parse(valueText) else { throw ValidationError("--set \(keyText) needs a value.") }
                    try usage.set(key, from: node)
                } catch let error as YAMLError {
                    throw ValidationError("--set \(keyText): \(error.message).")
                }
                usage.sources[key.rawValue] = SourceLocation(file: "--set \(keyText)")
            }
            return usage
        }

        func run() throws {
            let catalog = try catalogOptions.catalog()
            let policy = try loadPolicy(catalog: catalog)
            let components = try loadComponents()
            let date = asOf.flatMap { CalendarDate($0) } ?? Self.today()
            let evaluator = Evaluator(
                catalog: catalog, policy: policy, asOf: date, overrides: try overrides(),
                parse: { LicenseTree.parse($0) })
            let report = evaluator.evaluate(components)
            switch format {
            case .json: try JSONOutput.print(report)
            case .text: print(TextReport.render(report), terminator: "")
            }
            let threshold: Verdict = failOn == .review ? .review : .fail
            if report.verdict >= threshold { throw ExitCode.policyViolation }
        }

        func loadPolicy(catalog: Catalog) throws -> Policy {
            let (policy, diagnostics): (Policy?, [Diagnostic])
            if let path = self.policy {
                (policy, diagnostics) = Policy.load(path: path, catalog: catalog)
            } else {
                let embedded = Policy.embeddedDefault
                (policy, diagnostics) = Policy.load(bytes: embedded.bytes, file: embedded.file, catalog: catalog)
            }
            DiagnosticPrinter.standardError.print(diagnostics)
            guard let policy, !diagnostics.hasErrors else { throw ExitCode.invalidInput }
            return policy
        }

        func loadComponents() throws -> [Component] {
            if let license {
                return [Component(name: component ?? "what-if", kind: .model, license: license)]
            }
            let inputs = paths.isEmpty ? ["clearance.yaml"] : paths
            let (components, diagnostics) = ManifestLoader.load(paths: inputs, catalog: try catalogOptions.catalog())
            DiagnosticPrinter.standardError.print(diagnostics)
            if diagnostics.hasErrors { throw ExitCode.invalidInput }
            return components
        }

        static func today() -> CalendarDate {
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
            return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        }
    }
}

/// The plain-text report: grouped by verdict, one line per finding with clause and policy line.
enum TextReport {
    static func render(_ report: Report) -> String {
        var out = ""
        for verdict in [Verdict.fail, .review, .pass] {
            let results = report.results.filter { $0.verdict == verdict }
            guard !results.isEmpty else { continue }
            out += "\(verdict.rawValue.uppercased())\n"
            for result in results {
                out += "  \(result.component) [\(result.kind.rawValue)] \(result.license)\n"
                for f in result.findings where f.effectiveVerdict != .pass || verdict == .pass {
                    var cites: [String] = []
                    if let clause = f.clause { cites.append("clause \(clause)") }
                    if let p = f.policy { cites.append("policy \(p)") }
                    if let w = f.waivedBy { cites.append("waived by \(w)") }
                    let suffix = cites.isEmpty ? "" : " (" + cites.joined(separator: "; ") + ")"
                    out += "    \(f.verdict.rawValue) \(f.rule.rawValue): \(f.message)\(suffix)\n"
                }
            }
        }
        for f in report.policyFindings { out += "warning \(f.rule.rawValue): \(f.message)\n" }
        let s = report.summary
        out += "\(s.fail) fail, \(s.review) review, \(s.pass) pass — verdict: \(report.verdict.rawValue)\n"
        return out
    }
}
