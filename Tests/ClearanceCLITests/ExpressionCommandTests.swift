import Foundation
import Testing

@Suite struct ExpressionCommandTests {
    @Test func danglingOperatorExitsTwoWithCaretUnderTheEnd() throws {
        let result = try CLI.run(["expression", "MIT AND"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            <expression>:1:8: error: expected a license after 'AND', found the end of the expression [expression.dangling-operator]
            MIT AND
                   ^

            """)
    }

    @Test func licensesDirectoryResolvesItsDescriptors() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Licenses")
        let without = try CLI.run(["expression", "in-house OR MIT"])
        #expect(without.stdout.hasSuffix("  1:1 in-house  unknown license\n  1:13 MIT      license mit\n"))
        let with = try CLI.run(["expression", "in-house OR MIT", "--licenses", fixtures.path])
        #expect(with.status == 0)
        #expect(with.stderr == "")
        #expect(with.stdout.hasSuffix("terms:\n  1:1 in-house  license in-house\n  1:13 MIT      license mit\n"))
    }

    @Test func validExpressionPrintsNormalizedFormTreeAndResolutions() throws {
        let result = try CLI.run(["expression", "mit or (Apache-2.0 WITH LLVM-exception)"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            normalized: MIT OR Apache-2.0 WITH LLVM-exception
            tree:
              OR
              ├── MIT
              └── Apache-2.0 WITH LLVM-exception
            terms:
              1:1 mit              license mit
              1:9 Apache-2.0       license apache-2.0
              1:25 LLVM-exception  SPDX exception

            """)
    }

    @Test func warningsGoToStandardErrorWithCarets() throws {
        let result = try CLI.run(["expression", "MIT aNd lama3.1"])
        #expect(result.status == 0)
        #expect(result.stderr == """
            <expression>:1:5: warning: 'aNd' mixes upper and lower case; SPDX operators are written AND or and [expression.operator-case]
            MIT aNd lama3.1
                ^
            <expression>:1:9: warning: unknown license 'lama3.1'; did you mean 'llama3.1', 'llama3.2' or 'llama3.3'? [expression.unknown-license]
            MIT aNd lama3.1
                    ^

            """)
        #expect(result.stdout.hasPrefix("normalized: MIT AND lama3.1\n"))
    }

    @Test func strictRejectsWhatLenientAccepts() throws {
        let result = try CLI.run(["expression", "--strict", "mit and llama3.1"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            <expression>:1:9: error: 'llama3.1' is not on the SPDX license list; a license that is not on it is written LicenseRef-… [expression.unlisted-license]
            mit and llama3.1
                    ^

            """)
        #expect(try CLI.run(["expression", "mit and llama3.1"]).status == 0)
    }

    @Test func jsonHasTheTreeTermsAndWarnings() throws {
        let result = try CLI.run(["expression", "--format", "json", "LGPL-2.0+ OR llama3.1"])
        #expect(result.status == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["normalized"] as? String == "LGPL-2.0+ OR llama3.1")
        #expect(json["input"] as? String == "LGPL-2.0+ OR llama3.1")
        let tree = try #require(json["tree"] as? [String: Any])
        let operands = try #require(tree["or"] as? [[String: Any]])
        #expect(operands.map { $0["license"] as? String } == ["LGPL-2.0", "llama3.1"])
        #expect(operands.map { $0["orLater"] as? Bool } == [true, false])
        let terms = try #require(json["terms"] as? [[String: Any]])
        #expect(terms.map { ($0["resolution"] as? [String: Any])?["kind"] as? String } == ["not-in-catalog", "catalog"])
        #expect(((terms[0]["deprecated"] as? [String: Any])?["replacement"] as? String) == "LGPL-2.0-or-later")
        #expect((terms[1]["resolution"] as? [String: Any])?["id"] as? String == "llama3.1")
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.map { $0["id"] as? String } == ["expression.deprecated-license", "expression.not-in-catalog"])
    }

    @Test func jsonErrorsStillGoToStandardErrorWithNothingOnStandardOutput() throws {
        let result = try CLI.run(["expression", "--format", "json", "(MIT"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            <expression>:1:1: error: '(' is never closed [expression.unbalanced-parenthesis]
            (MIT
            ^

            """)
    }

    @Test func aLicenseNameIsReadWholeWithAWarning() throws {
        let result = try CLI.run(["expression", "Apache License 2.0"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("normalized: Apache-2.0\n"))
        #expect(result.stderr.hasPrefix(
            "<expression>:1:1: warning: read 'Apache License 2.0' as the name of a license (Apache-2.0), not as an SPDX expression [expression.read-as-name]\n"))
    }

    @Test func formatMustBeKnown() throws {
        #expect(try CLI.run(["expression", "--format", "yaml", "MIT"]).status == 64)
    }
}
