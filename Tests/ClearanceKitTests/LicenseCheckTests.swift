import ClearanceKit
import ClearanceYAML
import Foundation
import Testing

/// The library's entry point gives what `clearance check` gives, and fails closed the same way.
@Suite struct LicenseCheckTests {
    static let asOf = CalendarDate(year: 2026, month: 12, day: 3)!

    func directory(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lc-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    @Test func checksPathsAgainstAPolicy() throws {
        let url = try directory([
            "clearance.yaml": "schema: 1\nusage: {commercial: true, distribution: [internal], modifies: false}\nmodels:\n  - {name: org/a, license: cc-by-nc-4.0}\n  - {name: org/b, license: MIT}\n",
            "policy.yaml": "schema: 1\nname: org\ncategories: {permissive: allow, non-commercial: deny}\nunknown: deny\n",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = LicenseCheck.run(
            paths: [url.appendingPathComponent("clearance.yaml").path],
            policy: url.appendingPathComponent("policy.yaml").path, asOf: Self.asOf)
        #expect(outcome.diagnostics == [])
        let report = try #require(outcome.report)
        #expect(report.results.map(\.verdict) == [.fail, .pass])
        #expect(report.results[0].findings.map(\.rule) == [.commercialUse, .categoryDenied])
        #expect(report.policy.name == "org")
    }

    @Test func failsClosedWithoutAReport() throws {
        let url = try directory(["empty/README.txt": "nothing here\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let missing = LicenseCheck.run(paths: [url.appendingPathComponent("nope.yaml").path], asOf: Self.asOf)
        #expect(missing.report == nil)
        #expect(missing.diagnostics.map(\.id) == ["io.unreadable"])
        let empty = LicenseCheck.run(paths: [url.appendingPathComponent("empty").path], asOf: Self.asOf)
        #expect(empty.report == nil)
        #expect(empty.diagnostics.map(\.id) == ["check.no-components"])
        let allowed = LicenseCheck.run(
            paths: [url.appendingPathComponent("empty").path], asOf: Self.asOf, allowEmpty: true)
        #expect(allowed.report?.results == [])
    }
}
