@testable import ClearanceKit
import ClearanceYAML
import Testing

/// The manifest's components are decoded in one pass without a ``MappingReader``: the same diagnostics, in the
/// same order, and the component's own facts over the manifest's.
@Suite struct ProjectManifestTests {
    @Test func aComponentsProblemsComeUnknownKeysFirstThenInReadingOrder() {
        let text = """
            schema: 1
            models:
              - name: a/b
                revison: abc
                license: [MIT]
                usage: {comercial: true, distribution: [hosted, sold], modifies: maybe}
                multimodal: yes
                base-model: {name: x}
              - license: MIT
              - [a/c]
              - name: ~
            """
        let read = ProjectManifest.read(bytes: Array(text.utf8), file: "clearance.yaml")
        #expect(
            read.diagnostics.map(\.description) == [
                "clearance.yaml:4:5: error: unknown key 'revison'; did you mean 'revision'? [yaml.unknown-key]",
                "clearance.yaml:5:14: error: expected a string, found a list [yaml.type-mismatch]",
                "clearance.yaml:6:13: error: unknown key 'comercial'; did you mean 'commercial'? [yaml.unknown-key]",
                "clearance.yaml:6:53: error: expected one of hosted, model-api, on-device, weights, internal, found 'sold' [yaml.type-mismatch]",
                "clearance.yaml:6:70: error: expected a boolean (true or false), found 'maybe' [yaml.type-mismatch]",
                "clearance.yaml:7:17: error: expected a boolean (true or false), found 'yes' [yaml.type-mismatch]",
                "clearance.yaml:8:17: error: expected a list, found a mapping [yaml.type-mismatch]",
                "clearance.yaml:9:5: error: missing required key 'name' [schema.missing-key]",
                "clearance.yaml:10:5: error: expected a mapping, found a list [yaml.type-mismatch]",
                "clearance.yaml:11:5: error: missing required key 'name' [schema.missing-key]",
            ])
        #expect(read.components.map(\.name) == ["a/b"])
        #expect(read.components.first?.usage.distribution == nil)
        #expect(read.components.first?.license == nil)
    }

    @Test func aComponentsFactsAreTheManifestsWithItsOwnOverThem() throws {
        let text = """
            schema: 1
            usage: {commercial: true, trains-on-outputs: false}
            models:
              - name: a/b
                license: MIT
                usage: {commercial: false, distribution: weights}
                multimodal: true
              - name: a/c
                license: MIT
            """
        let read = ProjectManifest.read(bytes: Array(text.utf8), file: "clearance.yaml")
        #expect(read.diagnostics.isEmpty)
        let own = try #require(read.components.first?.usage)
        #expect(own.commercial == false && own.trainsOnOutputs == false && own.distribution == [.weights])
        #expect(own.multimodal == true)
        #expect(own.sources[.commercial] == SourceLocation(file: "clearance.yaml", line: 6, column: 25))
        #expect(own.sources[.trainsOnOutputs] == SourceLocation(file: "clearance.yaml", line: 2, column: 46))
        #expect(own.sources[.multimodal] == SourceLocation(file: "clearance.yaml", line: 7, column: 17))
        let other = try #require(read.components.last?.usage)
        #expect(other.commercial == true && other.distribution == nil && other.multimodal == nil)
        #expect(other.sources[.commercial] == SourceLocation(file: "clearance.yaml", line: 2, column: 21))
    }
}
