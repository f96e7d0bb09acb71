import ArgumentParser
import ClearanceKit
import Foundation

extension Clearance {
    /// `clearance init`: a project manifest for what the working tree holds, and a starter policy.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write clearance.yaml for the models found here, and a starter policy.",
            discussion: """
                Scans the working directory as check scans a directory (model cards, CycloneDX and SPDX files) and \
                writes clearance.yaml listing what it found, naming clearance-policy.yaml, a starter policy that \
                extends the embedded default and asks each fact as a commented question. An existing file is never \
                overwritten: it is left as it is, and said so. Then run: clearance check
                Exit codes: 0 written (or nothing to write); 2 a file found cannot be read, or one cannot be \
                written; 64 usage error.
                """)

        @OptionGroup var catalogOptions: CatalogOptions

        func run() throws {
            let catalog = try catalogOptions.catalog()
            let (components, diagnostics) = ManifestLoader.load(paths: ["."], catalog: catalog)
            DiagnosticPrinter.standardError.print(diagnostics)
            if diagnostics.hasErrors { throw ExitCode.invalidInput }
            let directory = (FileManager.default.currentDirectoryPath as NSString).lastPathComponent
            let found = components.map { component in
                var c = component
                c.location = c.location.map { Self.relative($0) }
                return c
            }
            let manifestWritten = try write(
                ProjectScaffold.manifest(for: found), to: ProjectScaffold.manifestFile,
                what: "a project manifest listing \(found.count) \(found.count == 1 ? "component" : "components")")
            let policyWritten = try write(
                ProjectScaffold.starterPolicy(name: directory.isEmpty ? "my-organization" : directory),
                to: ProjectScaffold.policyFile, what: "a starter policy extending the embedded default")
            if !manifestWritten, policyWritten {
                print(
                    "add 'policy: \(ProjectScaffold.policyFile)' to \(ProjectScaffold.manifestFile) to use the new policy"
                )
            }
            if manifestWritten || policyWritten {
                print("next: answer the questions in \(ProjectScaffold.policyFile), then run 'clearance check'")
            }
        }

        /// Writes `text` to `file` unless it exists; says what it did. A file that cannot be written exits 2.
        private func write(_ text: String, to file: String, what: String) throws -> Bool {
            if FileManager.default.fileExists(atPath: file) {
                print("kept \(file): it exists, and init never overwrites a file")
                return false
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .withoutOverwriting)
            } catch {
                DiagnosticPrinter.standardError.print(
                    Diagnostic(
                        id: "io.unwritable", message: "cannot write file: \(error.localizedDescription)",
                        at: SourceLocation(file: file)))
                throw ExitCode.invalidInput
            }
            print("wrote \(file): \(what)")
            return true
        }

        /// `location` without the `./` the scan of `.` puts before it.
        private static func relative(_ location: SourceLocation) -> SourceLocation {
            var l = location
            if l.file.hasPrefix("./") { l.file.removeFirst(2) }
            return l
        }
    }
}
