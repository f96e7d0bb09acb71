import ClearanceYAML
import Testing
@testable import ClearanceKit

/// The events reader must return exactly what the tree path returns, and give up on everything the tree path
/// reports (and on what it does not follow), so that the tree path says what is wrong.
@Suite("Manifest events reader")
struct ManifestEventReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        /// Whether the events reader reads it (else it gives up and the tree reads it).
        var read: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "minimal", yaml: "schema: 1\nmodels:\n  - name: a/b\n    license: MIT\n", read: true),
        Case(name: "every key, block style", yaml: """
            schema: 1
            models:
              - name: acme/bot
                license: llama3.1
                revision: 0e9e39f249a16976918f6564b8830bc894c89659
                multimodal: true
                usage:
                  commercial: true
                  monthly-active-users: 2_000_000
                  annual-revenue-usd: 0
                  domicile: de
                  distribution: [hosted, weights]
                  modifies: false
                  trains-on-outputs: false
                base-model: [meta-llama/Llama-3.1-8B, acme/other]
                base-model-relation: finetune
            """, read: true),
        Case(name: "flow style, a component without license", yaml: """
            {schema: 1, models: [{name: a, license: "MIT OR Apache-2.0"}, {name: b}]}
            """, read: true),
        Case(name: "manifest usage under each component's own", yaml: """
            schema: 1
            usage: {commercial: true, monthly-active-users: 10, distribution: internal}
            models:
              - name: a
                license: llama3.2
                usage: {monthly-active-users: 900_000_000}
              - name: b
                license: llama3.2
            """, read: true),
        Case(name: "lists in any order, models first", yaml: """
            schema: 1
            packages:
              - {name: numpy, license: BSD-3-Clause}
            datasets:
              - {name: org/data, license: CC-BY-4.0}
            models:
              - {name: org/model, license: apache-2.0}
            """, read: true),
        Case(name: "null values are absent", yaml: """
            schema: 1
            usage: ~
            models:
              - name: a
                license: ~
                revision: null
                multimodal:
                usage: NULL
                base-model: Null
                base-model-relation: ~
            datasets: ~
            """, read: true),
        Case(name: "one base model, quoted keys and values", yaml: """
            "schema": 1
            'models':
              - "name": 'acme/x'
                license: 'apache-2.0'
                base-model: "meta-llama/Llama-3.1-8B"
            """, read: true),
        Case(name: "schema last, empty list", yaml: "models:\n  - {name: a, license: MIT}\ndatasets: []\nschema: 1\n", read: true),
        Case(name: "CRLF line ends", yaml: "schema: 1\r\nmodels:\r\n  - name: a\r\n    license: MIT\r\n", read: true),
        Case(name: "empty usage mapping", yaml: "schema: 1\nmodels:\n  - {name: a, usage: {}}\n", read: true),
        Case(name: "distribution lists of every shape", yaml: """
            schema: 1
            usage: {commercial: true, distribution: [weights]}
            models:
              - {name: a, usage: {distribution: []}}
              - {name: b, usage: {distribution: ["hosted", 'internal']}}
              - {name: c, usage: {distribution: on-device}}
              - name: d
                usage:
                  commercial: ~
                  distribution:
                    - hosted
                    - weights
              - {name: e}
            """, read: true),

        Case(name: "unknown root key", yaml: "schema: 1\nmodles:\n  - {name: a}\n", read: false),
        Case(name: "unknown component key", yaml: "schema: 1\nmodels:\n  - {name: a, licence: MIT}\n", read: false),
        Case(name: "repeated component key", yaml: "schema: 1\nmodels:\n  - {name: a, name: b}\n", read: false),
        Case(name: "repeated root key", yaml: "schema: 1\nschema: 1\nmodels: []\n", read: false),
        Case(name: "repeated usage key", yaml: "schema: 1\nmodels:\n  - {name: a, usage: {modifies: true, modifies: false}}\n", read: false),
        Case(name: "no schema", yaml: "models:\n  - {name: a}\n", read: false),
        Case(name: "null schema", yaml: "schema: ~\nmodels:\n  - {name: a}\n", read: false),
        Case(name: "newer schema", yaml: "schema: 2\nmodels:\n  - {name: a}\n", read: false),
        Case(name: "no name", yaml: "schema: 1\nmodels:\n  - {license: MIT}\n", read: false),
        Case(name: "null name", yaml: "schema: 1\nmodels:\n  - {name: ~}\n", read: false),
        Case(name: "name is a list", yaml: "schema: 1\nmodels:\n  - {name: [a]}\n", read: false),
        Case(name: "multimodal yes", yaml: "schema: 1\nmodels:\n  - {name: a, multimodal: yes}\n", read: false),
        Case(name: "unknown usage key", yaml: "schema: 1\nmodels:\n  - {name: a, usage: {users: 3}}\n", read: false),
        Case(name: "usage value of the wrong type", yaml: "schema: 1\nusage: {monthly-active-users: lots}\nmodels: []\n", read: false),
        Case(name: "usage is a list", yaml: "schema: 1\nmodels:\n  - {name: a, usage: [hosted]}\n", read: false),
        Case(name: "usage is a scalar", yaml: "schema: 1\nusage: hosted\nmodels: []\n", read: false),
        Case(name: "null in a distribution list", yaml: "schema: 1\nmodels:\n  - {name: a, usage: {distribution: [hosted, ~]}}\n", read: false),
        Case(name: "unknown distribution", yaml: "schema: 1\nmodels:\n  - {name: a, usage: {distribution: [hostd]}}\n", read: false),
        Case(name: "distribution list in a list", yaml: "schema: 1\nmodels:\n  - {name: a, usage: {distribution: [[hosted]]}}\n", read: false),
        Case(name: "distribution as a mapping", yaml: "schema: 1\nmodels:\n  - {name: a, usage: {distribution: {hosted: true}}}\n", read: false),
        Case(name: "null in a base-model list", yaml: "schema: 1\nmodels:\n  - {name: a, base-model: [b, ~]}\n", read: false),
        Case(name: "base-model list in a list", yaml: "schema: 1\nmodels:\n  - {name: a, base-model: [[b]]}\n", read: false),
        Case(name: "a fact is a list", yaml: "schema: 1\nmodels:\n  - {name: a, usage: {commercial: [true]}}\n", read: false),
        Case(name: "base model is a mapping", yaml: "schema: 1\nmodels:\n  - {name: a, base-model: {name: b}}\n", read: false),
        Case(name: "models is a mapping", yaml: "schema: 1\nmodels: {name: a}\n", read: false),
        Case(name: "a component is a scalar", yaml: "schema: 1\nmodels: [a]\n", read: false),
        Case(name: "root is a list", yaml: "- schema: 1\n", read: false),
        Case(name: "empty file", yaml: "", read: false),
        Case(name: "two documents", yaml: "schema: 1\nmodels: []\n---\nschema: 1\n", read: false),
        Case(name: "syntax error", yaml: "schema: 1\nmodels:\n  - {name: a\n", read: false),
        // Valid, but not followed: the tree reads them.
        Case(name: "manifest usage after the lists", yaml: "schema: 1\nmodels:\n  - {name: a}\nusage: {commercial: true}\n", read: false),
        Case(name: "anchor and alias", yaml: "schema: 1\nmodels:\n  - {name: a, license: &l MIT}\n  - {name: b, license: *l}\n", read: false),
        Case(name: "tag", yaml: "schema: 1\nmodels:\n  - {name: a, license: !!str MIT}\n", read: false),
    ]

    @Test(arguments: cases)
    func sameAsTheTree(_ c: Case) throws {
        let bytes = Array(c.yaml.utf8)
        let events = ProjectManifest.readEvents(bytes, file: "clearance.yaml")
        #expect((events != nil) == c.read)
        if let events {
            let root = try #require(try YAMLParser().parse(bytes))
            let tree = ProjectManifest.read(root, file: "clearance.yaml")
            #expect(tree.diagnostics.isEmpty)
            #expect(events == tree.components)
        }
    }

    /// The tree reads every case the same whichever reader is tried first: `read(bytes:)` is the tree's answer.
    @Test(arguments: cases)
    func readGivesTheTreesAnswer(_ c: Case) {
        let bytes = Array(c.yaml.utf8)
        let read = ProjectManifest.read(bytes: bytes, file: "clearance.yaml")
        let tree: (components: [Component], diagnostics: [Diagnostic])
        do {
            guard let root = try YAMLParser().parse(bytes) else {
                #expect(read.diagnostics.map(\.id) == ["yaml.empty"])
                return
            }
            tree = ProjectManifest.read(root, file: "clearance.yaml")
        } catch {
            #expect(read.diagnostics == [Diagnostic(error, file: "clearance.yaml")])
            return
        }
        #expect(read.components == tree.components)
        #expect(read.diagnostics == tree.diagnostics)
    }

    /// A long manifest is scanned on two threads (input of 256 KiB or more), its tail on a third (1 MiB or more):
    /// the same components as the tree's.
    @Test func longManifest() throws {
        var yaml = "schema: 1\nusage: {commercial: true}\nmodels:\n"
        for i in 0..<6_000 {
            yaml += """
                  - name: org-\(i % 7)/model-\(i)
                    license: \(["llama3.1", "MIT OR Apache-2.0", "cc-by-nc-4.0"][i % 3])
                    revision: \(String(repeating: "0e9e39f2", count: 5))
                    multimodal: \(i % 2 == 0)
                    usage: {trains-on-outputs: false, distribution: [hosted, weights]}

                """
        }
        let bytes = Array(yaml.utf8)
        #expect(bytes.count >= 1 << 20)
        let events = try #require(ProjectManifest.readEvents(bytes, file: "clearance.yaml"))
        let tree = ProjectManifest.read(try #require(try YAMLParser().parse(bytes)), file: "clearance.yaml")
        #expect(tree.diagnostics.isEmpty)
        #expect(events.count == 6_000)
        #expect(events == tree.components)
    }

    /// Under another name, YAML is a manifest only if it declares components, as for the tree.
    @Test(arguments: [
        ("schema: 1\nmodels:\n  - {name: a, license: MIT}\n", ["a"], [String]()),
        ("schema: 1\nusage: {commercial: true}\n", [], ["manifest.unknown-format"]),
    ])
    func otherNames(_ yaml: String, names: [String], diagnostics: [String]) {
        let read = ManifestLoader.read(bytes: Array(yaml.utf8), file: "project.yaml", catalog: .shipped)
        #expect(read.components.map(\.name) == names)
        #expect(read.diagnostics.map(\.id) == diagnostics)
    }
}
