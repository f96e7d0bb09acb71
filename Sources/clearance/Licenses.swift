import ArgumentParser
import ClearanceKit

extension Clearance {
    /// `clearance licenses`: the catalog, one license a line.
    struct Licenses: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the licenses Clearance knows.")

        @OptionGroup var catalogOptions: CatalogOptions
        @Option(help: "Output format: text or json.") var format: TextOrJSON = .text

        func run() throws {
            let catalog = try catalogOptions.catalog()
            switch format {
            case .json:
                try JSONOutput.print(LicenseList(catalog: catalog))
            case .text:
                let rows = catalog.descriptors.map { d in
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

    init(catalog: Catalog) {
        licenses = catalog.descriptors
        overrides = catalog.overrides
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
