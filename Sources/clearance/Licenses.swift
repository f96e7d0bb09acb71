import ArgumentParser
import ClearanceKit
import ClearanceYAML

extension Clearance {
    /// `clearance licenses`: the catalog, one license a line.
    struct Licenses: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "licenses", abstract: "List the licenses Clearance knows.")

        @OptionGroup var catalogOptions: CatalogOptions
        @Option(help: "Output format: text or json.") var format: TextOrJSON = .text
        @Option(
            help: ArgumentHelp(
                "Only licenses of this category.", discussion: "One of \(Self.categories.joined(separator: ", "))."))
        var category: String?
        @Option(help: "Only licenses of this family (e.g. gpl, llama, creative-commons).") var family: String?
        @Option(help: "Only licenses whose id, name or an alias contains this text (case-insensitive).")
        var search: String?

        static let categories = LicenseDescriptor.Category.allCases.map(\.rawValue)

        func validate() throws {
            if let category, LicenseDescriptor.Category(rawValue: category.lowercased()) == nil {
                let near = Suggestion.nearest(to: category, in: Self.categories)
                throw ValidationError(
                    "Unknown category '\(category)' in --category"
                        + (near.map { "; did you mean '\($0)'?" }
                            ?? "; expected one of \(Self.categories.joined(separator: ", ")).")
                )
            }
        }

        func run() throws {
            let catalog = try catalogOptions.catalog()
            if let family, !catalog.descriptors.contains(where: { $0.family.lowercased() == family.lowercased() }) {
                let families = Array(Set(catalog.descriptors.map(\.family))).sorted()
                let near = Suggestion.nearest(to: family, in: families)
                // Families are known only once the catalog is read, so this is not in validate(); a usage error all
                // the same.
                StandardStreams.writeError(
                    "Error: Unknown family '\(family)' in --family" + (near.map { "; did you mean '\($0)'?" } ?? ".")
                        + "\n  See 'clearance licenses --help' for more information.\n")
                throw ExitCode.validationFailure
            }
            let filter = LicenseFilter(
                category: category.flatMap { LicenseDescriptor.Category(rawValue: $0.lowercased()) }, family: family,
                search: search)
            let licenses = filter.apply(to: catalog)
            switch format {
            case .json:
                try JSONOutput.print(LicenseList(licenses: licenses, overrides: catalog.overrides))
            case .text:
                let rows = licenses.map { d in
                    [d.id.terminalSafe, d.name.terminalSafe, d.category.rawValue, Self.caps(d)]
                }
                let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
                var out = ""
                for row in rows {
                    let padded = (0..<3).map { row[$0].padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }
                    out += (padded.joined() + row[3]).trimmingTrailingSpaces() + "\n"
                }
                for o in catalog.overrides {
                    out += "note: '\(o.id.terminalSafe)' is replaced by \(o.file.terminalSafe)\n"
                }
                try StandardStreams.writeOutput(out)
                if licenses.isEmpty { StandardStreams.writeError("no license matches the filters\n") }
            }
        }

        static func caps(_ d: LicenseDescriptor) -> String {
            var caps: [String] = []
            if d.isFamily { caps.append("family: version unknown") }
            if let users = d.limits.monthlyActiveUsers { caps.append("users ≤ \(users.maximum)") }
            if let revenue = d.limits.annualRevenueUSD { caps.append("revenue ≤ US$\(revenue.maximum)") }
            if d.permission(.commercialUse)?.value == .no { caps.append("no commercial use") }
            return caps.joined(separator: "; ")
        }
    }
}

/// The JSON document of `clearance licenses --format json`.
struct LicenseList: Encodable {
    var schemaVersion = 1
    var licenses: [LicenseDescriptor]
    var overrides: [Catalog.Override]

    init(licenses: [LicenseDescriptor], overrides: [Catalog.Override]) {
        self.licenses = licenses
        self.overrides = overrides
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
