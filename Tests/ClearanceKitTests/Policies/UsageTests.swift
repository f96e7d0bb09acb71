@testable import ClearanceKit
import Foundation
import Testing

@Suite struct UsageTests {
    @Test func everyKeyHasItsOwnSourceSlot() {
        #expect(Set(Usage.Key.allCases.map(\.index)) == Set(0..<Usage.Key.allCases.count))
    }

    @Test func laterSourcesWinKeyByKey() {
        var policy = Usage()
        policy.commercial = true
        policy.sources[.commercial] = SourceLocation(file: "policy.yaml", line: 3, column: 15)
        policy.sources[.domicile] = SourceLocation(file: "policy.yaml", line: 4, column: 13)
        var manifest = Usage()
        manifest.commercial = false
        manifest.sources[.commercial] = SourceLocation(file: "clearance.yaml", line: 2, column: 20)
        let facts = policy.overlaid(by: manifest)
        #expect(facts.commercial == false)
        #expect(facts.sources[.commercial] == SourceLocation(file: "clearance.yaml", line: 2, column: 20))
        #expect(facts.sources[.domicile] == SourceLocation(file: "policy.yaml", line: 4, column: 13))
        #expect(facts.sources[.modifies] == nil)
        #expect(Usage().overlaid(by: manifest) == manifest)
        #expect(Usage().sources.isEmpty && !facts.sources.isEmpty)
    }

    @Test func sourcesEncodeByFactName() throws {
        var sources = Usage.Sources()
        sources[.monthlyActiveUsers] = SourceLocation(file: "--set monthly-active-users")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(sources), as: UTF8.self)
        #expect(json == #"{"monthly-active-users":{"file":"--set monthly-active-users"}}"#)
        #expect(try JSONDecoder().decode(Usage.Sources.self, from: Data(json.utf8)) == sources)
    }
}
