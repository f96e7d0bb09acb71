import Foundation
import Testing

/// `clearance licenses` and its filters.
@Suite struct LicensesCommandTests {

    @Test func filtersCombineInText() throws {
        let result = try CLI.run(["licenses", "--family", "gpl", "--category", "weak-copyleft"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            lgpl      GNU Lesser General Public License, any version  weak-copyleft  family: version unknown
            lgpl-2.1  GNU Lesser General Public License v2.1 only     weak-copyleft
            lgpl-3.0  GNU Lesser General Public License v3.0 only     weak-copyleft

            """)
    }

    @Test(arguments: [
        (["--search", "OPENRAIL"], ["bigcode-openrail-m", "bigscience-openrail-m", "creativeml-openrail-m", "openrail", "openrail++"]),
        (["--search", "new bsd license"], ["bsd-3-clause"]),
        (["--category", "research-only", "--family", "qwen"], ["qwen-research", "tongyi-qianwen-research"]),
        (["--family", "llama", "--search", "3.1"], ["llama3.1"]),
    ])
    func filtersCombineInJSON(arguments: [String], ids: [String]) throws {
        let result = try CLI.run(["licenses", "--format", "json"] + arguments)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let licenses = try #require(object["licenses"] as? [[String: Any]])
        #expect(licenses.compactMap { $0["id"] as? String } == ids)
    }

    @Test func noMatchIsEmptyWithANote() throws {
        let result = try CLI.run(["licenses", "--search", "no-such-license"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "no license matches the filters\n")
    }

    @Test(arguments: [
        (["--category", "permisive"], "Error: Unknown category 'permisive' in --category; did you mean 'permissive'?\n"),
        (["--category", "free"], "Error: Unknown category 'free' in --category; expected one of permissive, copyleft, weak-copyleft, community, responsible-ai, research-only, non-commercial, proprietary.\n"),
        (["--family", "lama"], "Error: Unknown family 'lama' in --family; did you mean 'llama'?\n"),
    ])
    func anUnknownCategoryOrFamilyIsAUsageError(arguments: [String], message: String) throws {
        let result = try CLI.run(["licenses"] + arguments)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(message))
    }
}
