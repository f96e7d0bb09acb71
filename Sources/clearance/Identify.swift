import ArgumentParser
import ClearanceKit

extension Clearance {
    /// `clearance identify FILE...`: which license of the catalog each text is.
    struct Identify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "identify",
            abstract: "Identify which license a LICENSE file holds: exact, close (with the differences) or none.",
            discussion: """
                Compares each file's normalized words (SPDX matching guidelines) with the fingerprints of the \
                licensors' texts. A close match names every difference; a changed number is always one.
                Exit codes: 0 every file is an exact or close match; 1 some file matches no license; 2 a file \
                cannot be read (nothing on stdout); 64 usage error.
                """)

        @Argument(help: "License files to identify.") var files: [String]
        @OptionGroup var catalogOptions: CatalogOptions
        @Option(help: "Output format: text or json.") var format: TextOrJSON = .text

        func validate() throws {
            if files.isEmpty { throw ValidationError("Name at least one file to identify.") }
        }

        func run() throws {
            let catalog = try catalogOptions.catalog()
            var contents: [[UInt8]] = []
            var failures: [Diagnostic] = []
            for file in files {
                do throws(Diagnostic) {
                    contents.append(try SourceFile.read(file))
                } catch {
                    failures.append(error)
                }
            }
            if !failures.isEmpty {
                DiagnosticPrinter.standardError.print(failures)
                throw ExitCode.invalidInput
            }
            let identifier = LicenseIdentifier.shipped
            let results = zip(files, contents).map { IdentifiedFile(file: $0, identification: identifier.identify($1)) }
            switch format {
            case .json: try JSONOutput.print(IdentifyDocument(files: results))
            case .text: try StandardStreams.writeOutput(results.map { Self.text($0, catalog: catalog) }.joined())
            }
            if results.contains(where: { $0.identification.kind == .none }) { throw ExitCode.policyViolation }
        }

        /// A candidate as `id (name)`, or `id acceptable use policy (name)`.
        static func describe(_ candidate: Identification.Candidate, catalog: Catalog) -> String {
            let name = catalog.descriptor(for: candidate.license)?.name
            let document = candidate.document == .usePolicy ? " acceptable use policy" : ""
            return "\(candidate.license)\(document)" + (name.map { " (\($0))" } ?? "")
        }

        /// One file's result as text; every piece from the file is terminal-safe.
        static func text(_ result: IdentifiedFile, catalog: Catalog) -> String {
            let id = result.identification
            var out = "\(result.file.terminalSafe): "
            guard let best = id.best else { return out + "no match (no words)\n" }
            let score = "score \(Self.score(best.score))"
            switch id.kind {
            case .exact: out += "exact match: \(describe(best, catalog: catalog)), \(score)\n"
            case .close:
                let count = id.differences.count == 1 ? "1 difference" : "\(id.differences.count) differences"
                out += "close match: \(describe(best, catalog: catalog)), \(score); \(count)\n"
                for difference in id.differences { out += "  - \(difference.message.terminalSafe)\n" }
            case .none: out += "no match; nearest: \(describe(best, catalog: catalog)), \(score)\n"
            }
            if let runnerUp = id.runnerUp {
                out += "  runner-up: \(describe(runnerUp, catalog: catalog)), score \(Self.score(runnerUp.score))\n"
            }
            return out
        }

        /// A score with three decimals.
        static func score(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
        }
    }
}

/// One file and what it was identified as.
struct IdentifiedFile: Encodable {
    var file: String
    var identification: Identification

    enum CodingKeys: String, CodingKey { case file, kind, best, runnerUp, differences, words }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(identification.kind, forKey: .kind)
        try container.encodeIfPresent(identification.best, forKey: .best)
        try container.encodeIfPresent(identification.runnerUp, forKey: .runnerUp)
        try container.encode(identification.differences, forKey: .differences)
        try container.encode(identification.words, forKey: .words)
    }
}

/// The JSON document of `clearance identify --format json`.
struct IdentifyDocument: Encodable {
    var schemaVersion = 1
    var files: [IdentifiedFile]
}
