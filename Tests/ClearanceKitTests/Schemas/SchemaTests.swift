import ClearanceKit
import ClearanceYAML
import Foundation
import Testing

/// The repository, found from this file's path.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

private func files(_ folder: String, suffix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent(folder).path))
    return (names ?? []).filter { $0.hasSuffix(suffix) }.sorted().map { folder + "/" + $0 }
}

/// Every shipped YAML file and golden JSON file, with the schema it must follow.
private let shipped: [(file: String, schema: String)] =
    files("Policies", suffix: ".yaml").map { ($0, "policy") }
    + files("Licenses", suffix: ".yaml").map { ($0, "descriptor") }
    + files("Examples", suffix: ".yaml").map { ($0, "manifest") }
    + [
        ("Tests/ClearanceKitTests/Reporting/Expected/json.json", "report"),
        ("Tests/ClearanceKitTests/Reporting/Expected/baseline.json", "baseline"),
    ]

private let validator = Result { try SchemaValidator(directory: repository.appendingPathComponent("Schemas")) }

private func instance(_ file: String) throws -> SchemaInstance {
    let data = try Data(contentsOf: repository.appendingPathComponent(file))
    return file.hasSuffix(".json") ? try .json(data) : try .yaml(String(decoding: data, as: UTF8.self))
}

@Suite struct SchemaTests {
    @Test func everyFormatHasASchema() throws {
        let names = try validator.get().schemas.keys.sorted()
        #expect(
            names == [
                "baseline.schema.json", "descriptor.schema.json", "manifest.schema.json", "policy.schema.json",
                "report.schema.json",
            ])
        for name in names {
            let schema = try validator.get().schemas[name]
            #expect(schema?["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
            #expect(schema?["$id"] == .string(ProjectScaffold.schemaURL(String(name.dropLast(12)))))
        }
    }

    @Test(arguments: shipped.map(\.file))
    func shippedFilesFollowTheirSchema(_ file: String) throws {
        let schema = try #require(shipped.first { $0.file == file }?.schema)
        #expect(try validator.get().errors(instance(file), file: schema + ".schema.json") == [])
    }

    @Test func theShippedFilesAreAllThere() {
        #expect(shipped.filter { $0.schema == "policy" }.count == 4)
        #expect(shipped.filter { $0.schema == "descriptor" }.count >= 100)
    }

    /// A report made now, of the example project, follows the report schema.
    @Test func aFreshReportFollowsTheSchema() throws {
        let example = repository.appendingPathComponent("Examples/clearance.yaml").path
        let (components, diagnostics) = ManifestLoader.load(paths: [example], catalog: .shipped)
        #expect(!diagnostics.hasErrors)
        let embedded = Policy.embeddedDefault
        let policy = try #require(Policy.load(bytes: embedded.bytes, file: embedded.file, catalog: .shipped).0)
        let date = try #require(CalendarDate("2026-12-01"))
        let report = Evaluator(catalog: .shipped, policy: policy, asOf: date).evaluate(components)
        let json = try SchemaInstance.json(Data(ReportFormat.json.render(report).utf8))
        #expect(try validator.get().errors(json, file: "report.schema.json") == [])
        let baseline = try SchemaInstance.json(Data(Baseline(report: report).jsonText.utf8))
        #expect(try validator.get().errors(baseline, file: "baseline.schema.json") == [])
    }

    /// What `clearance init` writes follows the schemas its comments name.
    @Test func theFilesInitWritesFollowTheirSchemas() throws {
        var component = Component(
            name: "acme/model: \"v2\"", kind: .model, license: "llama3.1",
            location: SourceLocation(file: "models/README.md", line: 2, column: 10))
        component.baseModels = ["meta-llama/Llama-3.1-8B", "acme/other"]
        component.multimodal = true
        let manifest = ProjectScaffold.manifest(for: [component, Component(name: "data", kind: .dataset, license: nil)])
        #expect(manifest.hasPrefix("# yaml-language-server: $schema=\(ProjectScaffold.schemaURL("manifest"))\n"))
        #expect(try validator.get().errors(.yaml(manifest), file: "manifest.schema.json") == [])
        #expect(try validator.get().errors(.yaml(ProjectScaffold.manifest(for: [])), file: "manifest.schema.json") == [])
        let policy = ProjectScaffold.starterPolicy(name: "acme: ai")
        #expect(policy.hasPrefix("# yaml-language-server: $schema=\(ProjectScaffold.schemaURL("policy"))\n"))
        #expect(try validator.get().errors(.yaml(policy), file: "policy.schema.json") == [])
        // Each commented fact, uncommented, still follows the schema.
        let answered = policy.replacingOccurrences(of: "  # commercial: true", with: "  commercial: true")
            .replacingOccurrences(of: "  # distribution: [hosted]", with: "  distribution: [hosted]")
            .replacingOccurrences(of: "  # monthly-active-users: 1_000_000", with: "  monthly-active-users: 1_000_000")
        #expect(answered != policy)
        #expect(try validator.get().errors(.yaml(answered), file: "policy.schema.json") == [])
    }

    /// Policies that the reader refuses, and the error the schema gives.
    @Test(arguments: [
        ("schema: 1\nlicences:\n  allow: [mit]\n", "/: unknown key 'licences'"),
        ("schema: 1\ncategories:\n  permisive: allow\n", "/categories: unknown key 'permisive'"),
        ("schema: 1\nusage:\n  mau: 3\n", "/usage: unknown key 'mau'"),
        ("schema: 1\nunknown: allow\n", "/unknown: expected one of 'deny', 'review', found 'allow'"),
        ("schema: 1\nusage:\n  commercial: yes\n", "/usage/commercial: expected boolean, found 'yes'"),
        ("schema: 1\nusage:\n  monthly-active-users: -1\n", "/usage/monthly-active-users: expected 0 or more, found '-1'"),
        ("schema: 1\nusage:\n  distribution: [cloud]\n", "/usage/distribution/0: expected one of 'hosted', 'model-api', 'on-device', 'weights', 'internal', found 'cloud'"),
        ("schema: 2\n", "/schema: expected 1, found '2'"),
        ("name: x\n", "/: missing required key 'schema'"),
        (
            "schema: 1\nexceptions:\n  - {license: mit, reason: r, approved-by: me}\n",
            "/exceptions/0: missing required key 'expires'"
        ),
    ])
    func aPolicyTheReaderRefusesFailsTheSchema(_ text: String, _ error: String) throws {
        let errors = try validator.get().errors(.yaml(text), file: "policy.schema.json")
        #expect(errors.contains(error), "\(errors)")
        // And the reader refuses it too.
        let (_, diagnostics) = Policy.load(bytes: Array(text.utf8), file: "p.yaml", catalog: .shipped)
        #expect(diagnostics.hasErrors)
    }

    /// The schemas' lists of facts and values are the enums the readers use, so that a new one is not missed.
    @Test func theSchemasListWhatTheReadersKnow() throws {
        let policy = try #require(validator.get().schemas["policy.schema.json"])
        let defs = try #require(policy["$defs"])
        #expect(defs["factKey"]?["enum"] == .array(Usage.Key.allCases.map { .string($0.rawValue) }))
        #expect(keys(defs["usage"]?["properties"]) == Usage.Key.allCases.map(\.rawValue).sorted())
        #expect(defs["distribution"]?["enum"] == .array(Usage.Distribution.allCases.map { .string($0.rawValue) }))
        #expect(defs["action"]?["enum"] == .array(Policy.Action.allCases.map { .string($0.rawValue) }))
        #expect(
            defs["obligationID"]?["enum"]
                == .array(LicenseDescriptor.Obligation.ID.allCases.map { .string($0.rawValue) }))
        #expect(
            keys(policy["properties"]?["categories"]?["anyOf"].flatMap(firstBranch)?["properties"])
                == LicenseDescriptor.Category.allCases.map(\.rawValue).sorted())
        let descriptor = try #require(validator.get().schemas["descriptor.schema.json"])
        #expect(
            descriptor["$defs"]?["category"]?["enum"]
                == .array(LicenseDescriptor.Category.allCases.map { .string($0.rawValue) }))
        #expect(defs["restrictedUse"]?["enum"] == .array(RestrictedUse.allCases.map { .string($0.rawValue) }))
        #expect(descriptor["$defs"]?["activity"]?["enum"] == .array(Activity.allCases.map { .string($0.rawValue) }))
        #expect(descriptor["$defs"]?["triggerName"]?["enum"] == .array(Trigger.Name.all.map { .string($0) }))
        let rule = try #require(validator.get().schemas["report.schema.json"]?["$defs"]?["rule"]?["pattern"]?.text)
        let regex = try NSRegularExpression(pattern: rule)
        for id in Rule.allCases.map(\.rawValue) {
            #expect(regex.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) != nil, "\(id)")
        }
    }

    /// The keys of an object, sorted (JSON objects are read by name).
    private func keys(_ value: SchemaInstance?) -> [String] {
        guard case .object(let members)? = value else { return [] }
        return members.map(\.key)
    }

    private func firstBranch(_ value: SchemaInstance) -> SchemaInstance? {
        guard case .array(let branches) = value else { return nil }
        return branches.first
    }
}
