import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a model card's repository says beside the card: its license file, identified, and the name and
/// revision of a local Hugging Face cache.
///
/// - The license file is the relative file `license_link` names when it exists, else the first of `LICENSE`,
///   `LICENSE.md`, `LICENSE.txt` (also `License…`, `license…`, `LICENCE…`) in the card's directory. A file
///   whose real path leaves the repository (the card's directory, or the `models--org--name` directory of a
///   cache) is not read: an `io.outside-root` warning names the link only.
/// - It is identified (``LicenseIdentifier``). A match that is `none`, or of a license the catalog lacks,
///   changes nothing.
/// - `license: other` without a name the catalog knows (every leaf of the card's license unknown) becomes the
///   file's license, with a `license-file` finding (pass) saying so.
/// - A card whose license names catalog licenses none of which is the file's (nor a family holding it) gets a
///   `license-conflict` review citing both; the license keeps both (AND), as for a conflicting `license_link`.
/// - A close match is a `license-file-modified` review naming the differences, numbers first.
/// - A card at `…/models--org--name/snapshots/<revision>/README.md` (a local Hugging Face cache) that does not
///   name itself is `org/name`, at that revision.
enum LicenseFileEvidence {
    /// The names looked for beside a card, in order.
    static let fileNames = [
        "LICENSE", "LICENSE.md", "LICENSE.txt", "License", "License.md", "License.txt", "license", "license.md",
        "license.txt", "LICENCE", "LICENCE.md", "LICENCE.txt",
    ]

    /// How many differences a finding's message names.
    static let namedDifferences = 3

    /// Applies the evidence beside the card read from `file` to its component; returns diagnostics.
    static func apply(
        to component: inout Component, licenseLink: String?, file: String, catalog: Catalog,
        identifier: LicenseIdentifier = .shipped
    ) -> [Diagnostic] {
        let directory = (file as NSString).deletingLastPathComponent
        let cache = cacheLayout(file)
        if let cache, component.name == HuggingFaceCard.defaultName(for: file) {
            component.name = cache.name
            component.revision = component.revision ?? cache.revision
        }
        var diagnostics: [Diagnostic] = []
        guard let licenseFile = findLicenseFile(directory: directory, link: licenseLink) else { return [] }
        let root = SourceFile.realPath(cache?.root ?? (directory.isEmpty ? "." : directory))
        if let root, let target = SourceFile.realPath(licenseFile), !SourceFile.isInside(target, root: root) {
            return [
                Diagnostic(
                    id: "io.outside-root", severity: .warning, message: SourceFile.outsideRootMessage,
                    at: SourceLocation(file: licenseFile))
            ]
        }
        let bytes: [UInt8]
        do throws(Diagnostic) {
            bytes = try SourceFile.read(licenseFile)
        } catch {
            var warning = error
            warning.severity = .warning
            return [warning]
        }
        let identification = identifier.identify(bytes)
        guard identification.kind != .none, let best = identification.best,
            let matched = catalog.descriptor(for: best.license), !matched.isFamily
        else { return diagnostics }
        let fileName = (licenseFile as NSString).lastPathComponent
        let what =
            "\(fileName) is \(best.license)\(best.document == .usePolicy ? "'s acceptable use policy" : "") "
            + "(\(identification.kind == .exact ? "exact" : "close") match, score \(best.score))"
        let at = SourceLocation(file: licenseFile, line: 1, column: 1)
        let leaves = component.license.map(LicenseText.leaves(of:)) ?? []
        let declared = leaves.compactMap { catalog.descriptor(for: $0) }
        let unnamed = !leaves.isEmpty && leaves.allSatisfy { $0.lowercased().hasPrefix("licenseref-") }
        if let license = component.license, unnamed, declared.isEmpty {
            // `license: other` (or a name the catalog does not know): the file says which license it is.
            component.license = LicenseText.leaf(for: matched)
            component.findings.append(
                Finding(
                    .licenseFile, .pass,
                    "'\(component.name)' declares \(license), which the catalog does not know; \(what), so its license is \(matched.id)",
                    license: matched.id, policy: at))
        } else if !declared.isEmpty, !declared.contains(where: { holds($0, matched, catalog: catalog) }) {
            let ids = declared.map(\.id).joined(separator: ", ")
            component.findings.append(
                Finding(
                    .licenseConflict, .review,
                    "'\(component.name)' declares \(ids), but its \(what); the effective license keeps both",
                    license: matched.id, policy: at))
            component.license = LicenseText.and(leaves + [LicenseText.leaf(for: matched)])
        }
        if identification.kind == .close {
            let named =
                identification.differences.filter(\.involvesNumber)
                + identification.differences.filter { !$0.involvesNumber }
            var list = named.prefix(namedDifferences).map(\.message).joined(separator: "; ")
            if named.count > namedDifferences { list += "; and \(named.count - namedDifferences) more" }
            let first = identification.differences.first.map { $0.line } ?? 1
            component.findings.append(
                Finding(
                    .licenseFileModified, .review,
                    "the \(fileName) of '\(component.name)' is close to \(matched.id) but not the same text: \(list)",
                    license: matched.id, policy: SourceLocation(file: licenseFile, line: first, column: 1)))
        }
        return diagnostics
    }

    /// Whether a declared license is the matched one, or a family that lists it.
    static func holds(_ declared: LicenseDescriptor, _ matched: LicenseDescriptor, catalog: Catalog) -> Bool {
        if declared.id == matched.id { return true }
        guard declared.isFamily else { return false }
        return catalog.versions(of: declared).contains {
            if case .catalog(let d) = $0 { return d.id == matched.id }
            return false
        }
    }

    /// The license file beside a card: `license_link` when it is a relative path to a file, else the first of
    /// ``fileNames`` that is a file.
    static func findLicenseFile(directory: String, link: String?) -> String? {
        let prefix = directory.isEmpty ? "" : directory.hasSuffix("/") ? directory : directory + "/"
        if let link, !link.contains("://"), !link.hasPrefix("/"), !link.isEmpty {
            var relative = Substring(link)
            while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
            let path = prefix + relative
            if isFile(path) { return path }
        }
        return fileNames.lazy.map { prefix + $0 }.first(where: isFile)
    }

    static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// `(org/name, revision, the models--org--name directory)` for a card at
    /// `…/models--org--name/snapshots/<revision>/<card>` (also `datasets--` and `spaces--`), else nil.
    static func cacheLayout(_ file: String) -> (name: String, revision: String, root: String)? {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[parts.count - 3] == "snapshots" else { return nil }
        let repository = parts[parts.count - 4]
        let revision = parts[parts.count - 2]
        guard !revision.isEmpty else { return nil }
        for kind in ["models--", "datasets--", "spaces--"] where repository.hasPrefix(kind) {
            let segments = repository.dropFirst(kind.count).components(separatedBy: "--")
            guard !segments.contains(where: \.isEmpty) else { return nil }
            let root = parts[..<(parts.count - 3)].joined(separator: "/")
            return (segments.joined(separator: "/"), String(revision), root.isEmpty ? "/" : root)
        }
        return nil
    }
}
