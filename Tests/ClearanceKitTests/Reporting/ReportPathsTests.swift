@testable import ClearanceKit
import Testing

@Suite struct ReportPathsTests {
    /// The fixture with every path under `/repo`, and the policy given as `./policy.yaml`.
    static let absolute: Report = {
        var report = ReportFixture.report
        func move(_ location: ClearanceKit.SourceLocation?) -> ClearanceKit.SourceLocation? {
            guard var location else { return nil }
            location.file = "/repo/" + location.file
            return location
        }
        report.policy.file = "./policy.yaml"
        for r in report.results.indices {
            report.results[r].location = move(report.results[r].location)
            for f in report.results[r].findings.indices {
                report.results[r].findings[f].policy = move(report.results[r].findings[f].policy)
            }
        }
        for f in report.policyFindings.indices { report.policyFindings[f].policy = move(report.policyFindings[f].policy) }
        return report
    }()

    @Test(arguments: ["/repo", "/repo/", "/repo//"])
    func pathsInsideTheDirectoryBecomeRelative(directory: String) {
        #expect(Self.absolute.relativizingPaths(to: directory) == ReportFixture.report)
    }

    /// A `fact-override` message opens with the manifest line it is about: made relative like the locations.
    @Test(arguments: ["/repo/clearance.yaml:4", "./clearance.yaml:4", "clearance.yaml:4"])
    func aMessageThatOpensWithAPathBecomesRelative(line: String) {
        var report = ReportFixture.report
        report.results[0].findings[0].message = line + " sets commercial: false, less restrictive than the policy's"
        let relative = report.relativizingPaths(to: "/repo")
        #expect(
            relative.results[0].findings[0].message
                == "clearance.yaml:4 sets commercial: false, less restrictive than the policy's")
    }

    @Test func pathsOutsideTheDirectoryAndNonPathsStay() {
        var report = ReportFixture.report
        report.policy.file = "embedded:Policies/default.yaml"
        report.results[0].location?.file = "/elsewhere/README.md"
        report.results[2].location?.file = "/repository/x.yaml"
        #expect(report.relativizingPaths(to: "/repo") == report)
        #expect(report.relativizingPaths(to: "/").results[0].location?.file == "elsewhere/README.md")
    }

    @Test func theDirectoryItselfIsNotEmptied() {
        var report = ReportFixture.report
        report.results[0].location?.file = "/repo/"
        report.policy.file = "./"
        let relative = report.relativizingPaths(to: "/repo")
        #expect(relative.results[0].location?.file == "/repo/")
        #expect(relative.policy.file == "./")
    }
}
