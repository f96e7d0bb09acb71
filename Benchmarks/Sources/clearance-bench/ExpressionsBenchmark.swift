import ClearanceKit
import Foundation

/// `clearance-bench expressions`: parses and resolves 100 000 generated manifest license fields.
///
/// The mix is what manifests hold: mostly single Hugging Face or SPDX ids in any case, some compound
/// expressions with `WITH`, deprecated ids, ids the catalog lacks, LicenseRefs and a few misspellings.
enum ExpressionsBenchmark {
    static let count = 100_000

    static let templates: [(weight: Int, texts: [String])] = [
        (40, ["apache-2.0", "mit", "llama3.1", "llama3.2", "cc-by-nc-4.0", "gemma", "openrail++", "qwen",
              "cc-by-4.0", "bsd-3-clause", "creativeml-openrail-m", "llama3.3", "other", "Apache-2.0", "MIT"]),
        (25, ["MIT OR Apache-2.0", "Apache-2.0 WITH LLVM-exception", "(MIT OR Apache-2.0) AND BSD-3-Clause",
              "GPL-2.0-or-later WITH Classpath-exception-2.0 OR MIT", "apache-2.0 and cc-by-4.0",
              "llama3.1 AND (MIT OR Apache-2.0)", "CC-BY-SA-4.0 OR CC-BY-4.0 AND MIT"]),
        (10, ["GPL-2.0+", "LGPL-2.1", "GPL-3.0 OR MIT", "AGPL-3.0-only", "MPL-2.0 AND MIT", "ISC"]),
        (10, ["LicenseRef-vendor-#", "DocumentRef-sbom-#:LicenseRef-eula", "MIT AND LicenseRef-data-#"]),
        (5, ["Apache License 2.0", "https://www.apache.org/licenses/LICENSE-2.0", "MIT License"]),
        (5, ["lama3.1", "apache 2", "custom-license-#", "cc-by-nc-40"]),
        (5, ["MIT aNd Apache-2.0", "MIT AND", "(MIT", "Apache-2.0 WITH MIT"]),
    ]

    /// The expressions, deterministic: a fixed linear congruential sequence picks templates; `#` becomes a number.
    static func generate() -> [String] {
        let total = templates.reduce(0) { $0 + $1.weight }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        return (0..<count).map { i in
            var pick = next() % total
            var group = templates[0].texts
            for template in templates {
                if pick < template.weight {
                    group = template.texts
                    break
                }
                pick -= template.weight
            }
            let text = group[next() % group.count]
            return text.replacingOccurrences(of: "#", with: String(i % 997))
        }
    }

    static func run() {
        let expressions = generate()
        var parsed = 0
        let parseOnly = best(5) {
            parsed = 0
            for text in expressions where (try? LicenseExpression.parse(text)) != nil { parsed += 1 }
        }
        print("expressions: \(expressions.count) generated, \(parsed) parse as expressions")
        print(String(format: "  parse only:                             %.3f s (%.2f µs each)", parseOnly,
            parseOnly * 1e6 / Double(count)))
        let lookups: [(String, any LicenseCatalogLookup)] = [
            ("Catalog.descriptor(for:)", CatalogLookup(catalog: .shipped)),
            ("a prebuilt lowercase index", IndexedLookup(catalog: .shipped)),
        ]
        for (name, lookup) in lookups {
            let resolver = ExpressionResolver(lookup: lookup)
            var resolved = 0, terms = 0
            let time = best(5) {
                resolved = 0
                terms = 0
                for text in expressions {
                    guard let result = try? resolver.resolve(text) else { continue }
                    resolved += 1
                    terms += result.terms.count
                }
            }
            print(String(format: "  parse and resolve, %@: %.3f s (%.2f µs each)",
                name.padding(toLength: 28, withPad: " ", startingAt: 0), time, time * 1e6 / Double(count)))
            print("    \(resolved) resolved (\(terms) terms), \(count - resolved) errors")
        }
        print("  target: well under 1 s for 100 000")
    }
}

/// ``LicenseCatalogLookup`` answered from a ``Catalog``.
///
/// TODO: use `Catalog.shipped` directly once `Catalog` conforms to `LicenseCatalogLookup`.
struct CatalogLookup: LicenseCatalogLookup {
    let catalog: Catalog

    func catalogID(for name: String) -> String? {
        catalog.descriptor(for: name)?.id
    }

    func canonicalName(for catalogID: String) -> String {
        guard let descriptor = catalog.descriptor(for: catalogID) else { return catalogID }
        return descriptor.isSPDXListed ? descriptor.spdx : descriptor.id
    }

    var knownNames: [String] { catalog.allNames }
}

/// ``LicenseCatalogLookup`` from a dictionary built once from the catalog's names, lowercased: the floor for
/// lookups, to tell the resolver's own cost from the catalog's.
struct IndexedLookup: LicenseCatalogLookup {
    private var ids: [String: String] = [:]
    private var canonical: [String: String] = [:]
    let knownNames: [String]

    init(catalog: Catalog) {
        for descriptor in catalog.descriptors {
            for name in [descriptor.id, descriptor.spdx] + descriptor.aliases { ids[name.lowercased()] = descriptor.id }
            canonical[descriptor.id] = descriptor.isSPDXListed ? descriptor.spdx : descriptor.id
        }
        knownNames = catalog.allNames
    }

    func catalogID(for name: String) -> String? { ids[name.lowercased()] }
    func canonicalName(for catalogID: String) -> String { canonical[catalogID] ?? catalogID }
}
