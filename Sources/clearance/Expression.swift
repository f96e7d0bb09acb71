import ArgumentParser
import ClearanceKit
import Foundation

extension Clearance {
    /// `clearance expression EXPR`: parses a license expression and resolves each license in it.
    struct Expression: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expression",
            abstract: "Parse a license expression and resolve each license against the catalog.",
            discussion: """
                Prints the normalized expression, its tree, and what each license resolved to (a catalog \
                license, an SPDX license the catalog lacks, or unknown with suggestions). Exits 2 with the \
                position of the first error when the expression does not parse.
                """
        )

        /// The name excerpts and diagnostics give the expression, which is not in a file.
        static let sourceName = "<expression>"

        @Argument(help: "The license expression, e.g. 'MIT OR Apache-2.0'.")
        var expression: String

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        @OptionGroup var catalogOptions: CatalogOptions

        @Flag(help: "Follow SPDX exactly: SPDX-listed ids only, operators in one case, no spaces in references.")
        var strict = false

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func run() throws {
            let printer = DiagnosticPrinter.standardError
            printer.register(source: expression, as: Self.sourceName)
            let catalog = try catalogOptions.catalog()
            let resolver = ExpressionResolver(lookup: catalog)
            let resolved: ResolvedExpression
            do {
                resolved = try resolver.resolve(expression, strict: strict)
            } catch {
                printer.print(error.diagnostic(file: Self.sourceName))
                throw ExitCode.invalidInput
            }
            printer.print(resolved.warnings.map { $0.diagnostic(file: Self.sourceName) })
            switch format {
            case .text:
                let families = Set(catalog.descriptors.filter(\.isFamily).map(\.id))
                try StandardStreams.writeOutput(Self.text(resolved, families: families))
            case .json: try StandardStreams.writeOutput(try Self.json(resolved, strict: strict).jsonSafe + "\n")
            }
        }

        // MARK: Text

        /// The normalized form, the tree, and one line per license and exception.
        /// `families` are the catalog ids of family entries, whose version is unknown.
        static func text(_ resolved: ResolvedExpression, families: Set<String> = []) -> String {
            var out = "normalized: \(resolved.normalized.terminalSafe)\n"
            out += "tree:\n"
            writeTree(resolved.expression, prefix: "  ", childPrefix: "  ", to: &out)
            if !resolved.terms.isEmpty { out += "terms:\n" }
            var rows: [(String, String)] = []
            for term in resolved.terms {
                rows.append((written(term.term.licenseRange, in: resolved), license(term, families: families)))
                if let range = term.term.exceptionRange, let exception = term.exception {
                    rows.append((written(range, in: resolved), Self.exception(exception)))
                }
            }
            let width = rows.map(\.0.count).max() ?? 0
            for (left, right) in rows {
                out += "  " + left + String(repeating: " ", count: width - left.count) + "  " + right + "\n"
            }
            return out
        }

        private static func writeTree(
            _ expression: LicenseExpression, prefix: String, childPrefix: String, to out: inout String
        ) {
            func children(_ label: String, _ operands: [LicenseExpression]) {
                out += prefix + label + "\n"
                for (index, operand) in operands.enumerated() {
                    let last = index == operands.count - 1
                    writeTree(
                        operand, prefix: childPrefix + (last ? "└── " : "├── "),
                        childPrefix: childPrefix + (last ? "    " : "│   "), to: &out)
                }
            }
            switch expression {
            case .term(let term): out += prefix + term.text.terminalSafe + "\n"
            case .and(let operands): children("AND", operands)
            case .or(let operands): children("OR", operands)
            case .noLicense: out += prefix + "NONE (no license)\n"
            case .noAssertion: out += prefix + "NOASSERTION (no statement about the license)\n"
            }
        }

        /// The text of `range` as written, with its `line:column`.
        private static func written(_ range: Range<Int>, in resolved: ResolvedExpression) -> String {
            let bytes = Array(resolved.text.utf8)
            let text = String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
            let (line, column) = resolved.position(ofUTF8Offset: range.lowerBound)
            return "\(line):\(column) \(text.terminalSafe)"
        }

        private static func license(_ term: ResolvedTerm, families: Set<String>) -> String {
            var text =
                switch term.license {
                case .catalog(let id) where families.contains(id):
                    "license \(id.terminalSafe), a family: version unknown (review)"
                case .catalog(let id): "license \(id.terminalSafe)"
                case .notInCatalog: "SPDX license not in the catalog: terms unknown"
                case .unknown(let suggestions): "unknown license" + didYouMean(suggestions)
                }
            if let replacement = term.deprecatedReplacement {
                text += "; deprecated: write \(replacement.terminalSafe)"
            }
            return text
        }

        private static func exception(_ resolution: ExceptionResolution) -> String {
            switch resolution {
            case .listed: "SPDX exception"
            case .reference: "custom exception (AdditionRef): terms unknown"
            case .unknown(let suggestions): "unknown exception" + didYouMean(suggestions)
            }
        }

        private static func didYouMean(_ suggestions: [String]) -> String {
            suggestions.isEmpty ? "" : "; did you mean " + suggestions.joined(separator: ", ").terminalSafe + "?"
        }

        // MARK: JSON

        /// The same content as JSON, keys sorted.
        static func json(_ resolved: ResolvedExpression, strict: Bool) throws -> String {
            let object: [String: Any] = [
                "input": resolved.text,
                "strict": strict,
                "normalized": resolved.normalized,
                "tree": tree(resolved.expression),
                "terms": resolved.terms.map { term(for: $0, in: resolved) },
                "warnings": resolved.warnings.map(warning),
            ]
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }

        private static func tree(_ expression: LicenseExpression) -> [String: Any] {
            switch expression {
            case .term(let term):
                var node: [String: Any] = ["license": term.license.text, "orLater": term.orLater]
                if let exception = term.exception { node["exception"] = exception.text }
                return node
            case .and(let operands): return ["and": operands.map(tree)]
            case .or(let operands): return ["or": operands.map(tree)]
            case .noLicense: return ["special": "NONE"]
            case .noAssertion: return ["special": "NOASSERTION"]
            }
        }

        private static func term(for resolved: ResolvedTerm, in expression: ResolvedExpression) -> [String: Any] {
            let term = resolved.term
            let (line, column) = expression.position(ofUTF8Offset: term.licenseRange.lowerBound)
            var node: [String: Any] = [
                "license": term.license.text, "orLater": term.orLater, "line": line, "column": column,
                "utf8Range": [term.licenseRange.lowerBound, term.licenseRange.upperBound],
            ]
            switch resolved.license {
            case .catalog(let id): node["resolution"] = ["kind": "catalog", "id": id]
            case .notInCatalog(let id): node["resolution"] = ["kind": "not-in-catalog", "spdx": id]
            case .unknown(let suggestions): node["resolution"] = ["kind": "unknown", "suggestions": suggestions]
            }
            if let replacement = resolved.deprecatedReplacement { node["deprecated"] = ["replacement": replacement] }
            if let exception = term.exception, let resolution = resolved.exception {
                var entry: [String: Any] = ["exception": exception.text]
                if let range = term.exceptionRange {
                    let (line, column) = expression.position(ofUTF8Offset: range.lowerBound)
                    entry["line"] = line
                    entry["column"] = column
                    entry["utf8Range"] = [range.lowerBound, range.upperBound]
                }
                switch resolution {
                case .listed(let id): entry["resolution"] = ["kind": "listed", "id": id]
                case .reference(let text): entry["resolution"] = ["kind": "reference", "id": text]
                case .unknown(let suggestions): entry["resolution"] = ["kind": "unknown", "suggestions": suggestions]
                }
                node["exception"] = entry
            }
            return node
        }

        private static func warning(_ diagnostic: ExpressionDiagnostic) -> [String: Any] {
            [
                "id": diagnostic.id, "severity": diagnostic.severity.rawValue, "message": diagnostic.message,
                "line": diagnostic.line, "column": diagnostic.column,
                "utf8Range": [diagnostic.utf8Range.lowerBound, diagnostic.utf8Range.upperBound],
            ]
        }
    }
}
