@testable import ClearanceKit
import ClearanceYAML
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

    /// A domicile is an assigned ISO 3166-1 alpha-2 code (either case) or EU; nothing else, wherever it is set.
    @Test(arguments: [
        ("DE", "DE"), ("de", "DE"), ("EU", "EU"), ("us", "US"), ("XX", nil), ("UK", nil), ("QZ", nil), ("ZZ", nil),
        ("ß", nil), ("D", nil), ("DEU", nil), ("D1", nil), ("", nil),
    ] as [(String, String?)])
    func domicileIsAnAssignedCodeOrEU(_ text: String, _ expected: String?) throws {
        var usage = Usage()
        let node = try #require(try YAMLParser().parse("'\(text)'"))
        do {
            try usage.set(.domicile, from: node)
            #expect(usage.domicile == expected)
        } catch {
            #expect(expected == nil)
            #expect(error.message.contains("ISO 3166-1 alpha-2"))
        }
    }

    @Test func theCountryTableHoldsTheAssignedCodes() {
        #expect(Usage.countryCodes.count == 249)
        #expect(Usage.euMembers.isSubset(of: Usage.countryCodes))
        var eu = Usage()
        eu.domicile = "EU"
        #expect(eu.isEUDomiciled == true)
    }

    /// Less restrictive, per fact, as the table in the Policy format article says.
    @Test func looserFacts() {
        var policy = Usage()
        policy.commercial = true
        policy.monthlyActiveUsers = 1000
        policy.distribution = [.hosted, .internal]
        policy.multimodal = true
        var manifest = policy
        #expect(!Usage.Key.allCases.contains { policy.isLoosened($0, by: manifest) })
        manifest.commercial = false
        manifest.monthlyActiveUsers = 999
        manifest.distribution = [.internal, .weights]
        manifest.multimodal = false
        #expect(policy.isLoosened(.commercial, by: manifest) && manifest.isLoosened(.commercial, by: policy) == false)
        #expect(policy.isLoosened(.monthlyActiveUsers, by: manifest))
        #expect(policy.isLoosened(.distribution, by: manifest))
        #expect(policy.isLoosened(.multimodal, by: manifest))
        // Dropping internal, or adding a channel, is not looser.
        manifest.distribution = [.hosted, .weights]
        #expect(!policy.isLoosened(.distribution, by: manifest))
    }
}
