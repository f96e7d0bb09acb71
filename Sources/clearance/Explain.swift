import ArgumentParser
import ClearanceKit

extension Clearance {
    /// `clearance explain LICENSE`: a license's terms in plain English, each with its clause.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Explain a license's terms: what you may, must and must not do, and its limits.")

        @Argument(help: "A license id or alias (e.g. llama3.1, cc-by-nc-4.0, Apache-2.0).") var license: String
        @OptionGroup var catalogOptions: CatalogOptions
        @Option(help: "Output format: text or json.") var format: TextOrJSON = .text

        func run() throws {
            let catalog = try catalogOptions.catalog()
            guard let descriptor = catalog.descriptor(for: license) else {
                if let placeholder = HubPlaceholder(id: license) { return try explain(placeholder) }
                var message = "unknown license '\(license)'"
                let near = catalog.suggestions(for: license)
                if !near.isEmpty { message += "; did you mean " + near.map { "'\($0)'" }.joined(separator: ", ") + "?" }
                DiagnosticPrinter.standardError.print(Diagnostic(id: "license.unknown", message: message, at: nil))
                throw ExitCode.invalidInput
            }
            let explanation = Explanation(descriptor)
            switch format {
            case .json:
                let fingerprints = Fingerprint.shipped.filter { $0.license == descriptor.id }.map(\.name)
                try JSONOutput.print(
                    ExplainDocument(license: descriptor, explanation: explanation, fingerprints: fingerprints))
            case .text:
                try StandardStreams.writeOutput(
                    Self.text(explanation, descriptor, versions: catalog.versions(of: descriptor)))
            }
        }

        /// What a Hub placeholder (`other`, `unknown`) means, in the chosen format.
        func explain(_ placeholder: HubPlaceholder) throws {
            switch format {
            case .json:
                try JSONOutput.print(["id": placeholder.rawValue, "license": nil, "meaning": placeholder.meaning])
            case .text:
                try StandardStreams.writeOutput(
                    "\(placeholder.rawValue): not a license (a Hugging Face placeholder)\n\n\(placeholder.meaning)\n")
            }
        }

        /// The explanation as text; every piece from the descriptor is terminal-safe (a descriptor given with
        /// `--licenses` is an input like any other).
        static func text(_ e: Explanation, _ d: LicenseDescriptor, versions: [Catalog.FamilyVersion] = []) -> String {
            func s(_ text: String) -> String { text.terminalSafe }
            var out = "\(s(d.name)) (\(s(d.id)))\n"
            out +=
                "SPDX: \(s(d.spdx)) · category: \(d.category.rawValue) · OSI approved: \(d.osiApproved ? "yes" : "no")\n"
            if let published = d.published { out += "Published: \(published)\n" }
            out += "Text: \(s(d.url))\n"
            if !d.isFamily {
                let names = Fingerprint.shipped.filter { $0.license == d.id }.map(\.name)
                out +=
                    names.isEmpty
                    ? "Text fingerprint: none (clearance identify cannot recognize this license's text)\n"
                    : "Text fingerprint: \(names.joined(separator: ", ")) (clearance identify recognizes the text)\n"
            }
            if !versions.isEmpty {
                out +=
                    "\nA family, not one license: the version is not known, so its terms are unknown until it is. It could be:\n"
                for version in versions { out += "  - \(s(version.description))\n" }
            }
            for (title, lines) in [
                ("You may", e.may), ("You must", e.must), ("You must not", e.mustNot), ("Limits", e.limits),
                ("Also", e.other),
            ]
            where !lines.isEmpty {
                out += "\n\(title):\n"
                for line in lines {
                    out += "  - \(s(line.text)) [\(s(line.clause))]\n"
                    if let note = line.note { out += "      note: \(s(note))\n" }
                }
            }
            if !e.unverified.isEmpty {
                out += "\nUnverified (not evaluated; check the license text):\n"
                for note in e.unverified { out += "  - unverified: \(s(note))\n" }
            }
            out += "\nSources (verified \(d.verified)):\n"
            for source in d.sources {
                out += "  - \(s(source.url)) [\(source.confidence == .primary ? "licensor's text" : "verbatim copy")]\n"
            }
            out += "\nThis is a summary to help review, not legal advice.\n"
            return out
        }
    }
}

/// The JSON document of `clearance explain --format json`.
struct ExplainDocument: Encodable {
    var schemaVersion = 1
    var license: LicenseDescriptor
    var explanation: Explanation
    /// The names of the license's text fingerprints (`clearance identify`); empty when it has none.
    var fingerprints: [String]
}
