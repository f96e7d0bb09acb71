import ArgumentParser
import ClearanceKit
import ClearanceYAML
import Foundation

extension Clearance {
    /// `clearance check`: a verdict per component from license terms, policy and facts.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check components' licenses against the policy and the organization's facts.",
            discussion: """
                With no path, reads clearance.yaml (or clearance.yml) in this directory or the nearest parent that \
                has one. With no --policy, uses the policy that manifest names (policy: FILE), else the embedded \
                default policy. clearance init writes both.
                What-if, no manifest needed: clearance check --license llama3.1 --set monthly-active-users=900000000
                Formats: text (for a terminal), json, sarif (code scanning), junit (CI test tabs), markdown (pull \
                requests, job summaries), html (legal review), csv (inventory), github (workflow annotations).
                Baselines: --write-baseline FILE records today's open findings (the check still reports and exits \
                as usual); --baseline FILE waives the findings it lists, so only new ones fail.
                Exit codes: 0 pass (or review without --fail-on review); 1 fail (or review with --fail-on review); \
                2 invalid input, or no component found (unless --allow-empty), nothing on stdout; 64 usage error.

                """ + factList)

        /// Every fact `--set` (and a policy's or manifest's `usage:`) takes, with its values, from ``Usage/Key``.
        static var factList: String {
            "Facts for --set KEY=VALUE (and for usage: in a policy or clearance.yaml):\n"
                + Usage.Key.allCases.map { "  \($0.rawValue): \($0.values)" }.joined(separator: "\n")
        }

        @OptionGroup var inputs: InputOptions

        @Option(help: "The report format.")
        var format: ReportFormat = .text

        @Option(
            name: .customLong("color"),
            help: "Colour the text report; auto: when stdout is a terminal and NO_COLOR is unset or empty.")
        var colour: ColourChoice = .auto

        @OptionGroup var output: OutputOptions

        @Option(
            help: ArgumentHelp(
                "Waive the findings this baseline file lists; only new findings count.", valueName: "file"))
        var baseline: String?

        @Option(
            name: .customLong("write-baseline"),
            help: ArgumentHelp("Record today's open findings in this baseline file.", valueName: "file"))
        var writeBaseline: String?

        @Option(name: .customLong("fail-on"), help: "Exit 1 on this verdict or worse: fail or review.")
        var failOn: FailOn = .fail

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp("The date to check for (YYYY-MM-DD; default: today).", valueName: "date"))
        var asOf: String?

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Override a usage fact, e.g. monthly-active-users=900000000.", valueName: "key=value"))
        var facts: [String] = []

        @Option(
            help: ArgumentHelp(
                "What-if: check this license (any id, alias or expression) instead of files.", valueName: "license"))
        var license: String?

        @Option(help: ArgumentHelp("What-if: the component name for --license.", valueName: "name"))
        var component: String?

        @Flag(
            name: .shortAndLong,
            help: "Text report: only the failing and reviewed components with their findings; no header, no summary.")
        var quiet = false

        @Flag(
            name: .shortAndLong,
            help: "Text report: also the policy used and where each fact came from (policy, manifest, --set).")
        var verbose = false

        enum FailOn: String, ExpressibleByArgument, CaseIterable {
            case fail, review

            var verdict: Verdict { self == .review ? .review : .fail }
        }

        func validate() throws {
            if license != nil, !inputs.paths.isEmpty {
                throw ValidationError("Give either --license or paths, not both.")
            }
            if component != nil, license == nil { throw ValidationError("--component goes with --license.") }
            if let asOf, CalendarDate(asOf) == nil {
                throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'.")
            }
            if quiet, verbose { throw ValidationError("Give --quiet or --verbose, not both.") }
            if quiet || verbose, format != .text {
                throw ValidationError("--\(quiet ? "quiet" : "verbose") goes with the text format.")
            }
            _ = try overrides()
        }

        /// The `--set` facts.
        func overrides() throws -> Usage {
            var usage = Usage()
            for assignment in facts {
                guard let equals = assignment.firstIndex(of: "=") else {
                    throw ValidationError("--set takes KEY=VALUE, not '\(assignment)'.")
                }
                let keyText = String(assignment[..<equals])
                let valueText = String(assignment[assignment.index(after: equals)...])
                guard let key = Usage.Key(rawValue: keyText) else {
                    let near = Usage.Key.suggestion(for: keyText)
                    throw ValidationError(
                        "Unknown fact '\(keyText)' in --set" + (near.map { "; did you mean '\($0)'?" } ?? "."))
                }
                do {
                    guard let node = try YAMLParser().parse(valueText) else {
                        throw ValidationError("--set \(keyText) needs a value.")
                    }
                    try usage.set(key, from: node)
                } catch let error as YAMLError {
                    throw ValidationError("--set \(keyText): \(error.message).")
                }
                usage.sources[key] = SourceLocation(file: "--set \(keyText)")
            }
            return usage
        }

        func run() throws {
            let catalog: Catalog
            let policySource: InputOptions.PolicySource
            let policy: Policy
            let components: [Component]
            if let license {
                catalog = try inputs.catalogOptions.catalog()
                policySource = try inputs.policySource()
                policy = try InputOptions.loadPolicy(policySource.file, catalog: catalog)
                components = [Component(name: component ?? "what-if", kind: .model, license: license)]
            } else {
                // The files are read before the policy, which their `policy:` key may name, so that a large manifest
                // is read once; the policy's diagnostics still come first. The catalog is built on the other core
                // meanwhile (a project manifest is parsed without it), its diagnostics still first of all.
                let files: InputOptions.ReadFiles
                (files, catalog) = try inputs.readFiles(catalog: inputs.catalogOptions.inBackground())
                policySource = try inputs.policySource(namedIn: files)
                policy = try InputOptions.loadPolicy(policySource.file, catalog: catalog)
                components = try inputs.components(of: files)
            }
            let accepted = try readBaseline()
            let evaluator = Evaluator(
                catalog: catalog, policy: policy, asOf: asOf.flatMap { CalendarDate($0) } ?? .today(),
                overrides: try overrides())
            let report = evaluator.evaluate(components).relativizingPaths(to: FileManager.default.currentDirectoryPath)
            let (shown, baselined) = accepted?.apply(to: report) ?? (report, 0)
            if let accepted, let baseline, writeBaseline != baseline,
                let warning = accepted.staleWarning(for: report, file: baseline)
            {
                DiagnosticPrinter.standardError.print([warning])
            }
            var context = RenderContext(
                failOn: failOn.verdict, baselined: baselined, catalog: catalog,
                colour: format == .text && colour.colours(toStandardOutput: output.file == nil))
            context.quiet = quiet
            // Made before the report is rendered, so that the components need not outlive it.
            let factSources =
                verbose ? FactSources.text(evaluator: evaluator, source: policySource, components: components) : ""
            // The baseline is prepared first and committed last, so that a run that exits 2 writes nothing.
            let pendingBaseline = try writeBaseline.map {
                try OutputFile(Data(Baseline(report: report).jsonText.utf8), to: $0)
            }
            do {
                // As UTF-8 in pieces, not as a string: a JSON report can be a hundred megabytes.
                try output.write { write in
                    format.render(shown, context: context, inPieces: write)
                    var factSources = factSources
                    factSources.withUTF8 { write(UnsafeRawBufferPointer($0)) }
                }
            } catch {
                pendingBaseline?.discard()
                throw error
            }
            try pendingBaseline?.commit()
            ExitWithoutFreeing.keep(components, report, shown)
            if context.fails(shown.verdict) { throw ExitCode.policyViolation }
        }

        /// The `--baseline` file; a missing or invalid one exits 2.
        func readBaseline() throws -> Baseline? {
            guard let baseline else { return nil }
            do {
                return try Baseline.read(path: baseline)
            } catch {
                DiagnosticPrinter.standardError.print(error)
                throw ExitCode.invalidInput
            }
        }
    }
}
