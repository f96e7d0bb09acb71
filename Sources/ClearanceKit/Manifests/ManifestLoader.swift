import ClearanceYAML
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads any mix of manifest files and directories into components, detecting each file's format by its
/// content, then applies ``Lineage``.
///
/// Formats, by content (a file's name never decides, except `clearance.yaml`, which is always read as the
/// project manifest so that its mistakes get its schema's diagnostics):
/// - JSON with `"bomFormat": "CycloneDX"`: ``CycloneDXDocument``;
/// - JSON with `spdxVersion`: ``SPDX2Document``; JSON-LD whose `@context` is SPDX 3: ``SPDX3Document``;
/// - Markdown with YAML front matter: ``HuggingFaceCard``;
/// (JSON with the marks of two of these, such as both `bomFormat` and `spdxVersion`, is an error:
/// `manifest.ambiguous-format`.)
/// - YAML with `schema` and `models` (or `datasets`, `packages`): ``ProjectManifest``.
///
/// A path named on the command line must be one of these, or it is an error; a `.md` file named there without
/// front matter is a card that declares no license. Directories are walked recursively (not following
/// symbolic links to directories, nor to files outside the directory walked, which are left out with a
/// warning that names only the link; skipping `.git` and `.build*`), reading only files named `README.md`, `*.cdx.json`,
/// `bom.json`, `*.spdx.json`, `*.spdx3.json` or `clearance.yaml`; other files are left alone. A `README.md`
/// without front matter found in a directory is read as a card only when its directory holds model files
/// (`config.json`, `*.safetensors`, `*.gguf`, …), since most READMEs are project documentation; otherwise it
/// is left out with a note. Files are read in sorted path order, so the result does not depend on the file
/// system.
///
/// The dataset ids that cards list under `datasets` are not components (a card does not say their
/// licenses); each one not declared elsewhere in the run gets a note saying it was not checked.
public enum ManifestLoader {
    /// A file format the loader reads.
    public enum Format: String, Sendable, CaseIterable {
        case huggingFaceCard = "hugging-face-card"
        case cycloneDX = "cyclonedx"
        case spdx2 = "spdx-2"
        case spdx3 = "spdx-3"
        case projectManifest = "clearance-manifest"
    }

    /// Reads every file in `paths` (files or directories) and applies lineage.
    ///
    /// `concurrently` reads and parses files on all processor cores (the result is the same either way).
    public static func load(
        paths: [String], catalog: Catalog = .shipped, index: WellKnownModels = .shipped, concurrently: Bool = true
    ) -> (components: [Component], diagnostics: [Diagnostic]) {
        let loaded = loadProject(paths: paths, catalog: catalog, index: index, concurrently: concurrently)
        return (loaded.components, loaded.diagnostics)
    }

    /// As ``load(paths:catalog:index:concurrently:)``, with the `policy:` key of each project manifest read, by
    /// the manifest's path: what `check` resolves its policy from (``ProjectDiscovery/policy(namedByAnyOf:references:)``)
    /// without reading a large manifest twice.
    public static func loadProject(
        paths: [String], catalog: Catalog = .shipped, index: WellKnownModels = .shipped, concurrently: Bool = true
    ) -> (
        components: [Component], diagnostics: [Diagnostic], policies: [String: ProjectDiscovery.PolicyReference]
    ) {
        loadProject(paths: paths, catalog: { catalog }, index: index, concurrently: concurrently)
    }

    /// As the `loadProject(paths:catalog:index:concurrently:)` that takes a ``Catalog``, asking for the catalog
    /// only where it is first needed: by a reader of a format other than the project manifest, which may run on
    /// another thread, and by lineage, once every file is read.
    ///
    /// A caller can so build the catalog on another thread while a project manifest is read and parsed, `catalog`
    /// waiting for it; `catalog` may be called more than once and must give the same catalog each time.
    public static func loadProject(
        paths: [String], catalog: @Sendable () -> Catalog, index: WellKnownModels = .shipped,
        concurrently: Bool = true
    ) -> (
        components: [Component], diagnostics: [Diagnostic], policies: [String: ProjectDiscovery.PolicyReference]
    ) {
        let read = self.read(paths: paths, catalog: catalog, concurrently: concurrently)
        let applied = Lineage.apply(to: read.components, catalog: catalog(), index: index)
        let notes = datasetNotes(read.datasets, components: read.components)
        return (applied.components, read.diagnostics + applied.diagnostics + notes, read.policies)
    }

    /// Reads every file in `paths` without applying lineage: components, the datasets cards name, diagnostics.
    public static func read(
        paths: [String], catalog: Catalog = .shipped, concurrently: Bool = true
    ) -> (
        components: [Component], datasets: [(name: String, location: SourceLocation)], diagnostics: [Diagnostic],
        policies: [String: ProjectDiscovery.PolicyReference]
    ) {
        read(paths: paths, catalog: { catalog }, concurrently: concurrently)
    }

    /// As the `read(paths:catalog:concurrently:)` that takes a ``Catalog``, asking for the catalog only when a
    /// file of another format than the project manifest is read.
    static func read(
        paths: [String], catalog: @Sendable () -> Catalog, concurrently: Bool
    ) -> (
        components: [Component], datasets: [(name: String, location: SourceLocation)], diagnostics: [Diagnostic],
        policies: [String: ProjectDiscovery.PolicyReference]
    ) {
        var diagnostics: [Diagnostic] = []
        let files = self.files(in: paths, diagnostics: &diagnostics, concurrently: concurrently)
        let results = files.concurrentMap(concurrently: concurrently) { file -> FileResult in
            do throws(Diagnostic) {
                return read(bytes: try SourceFile.read(file.path), file: file.path, found: file.found, catalog: catalog)
            } catch {
                return ([], [], [error], nil)
            }
        }
        var components: [Component] = []
        var datasets: [(name: String, location: SourceLocation)] = []
        var policies: [String: ProjectDiscovery.PolicyReference] = [:]
        for (file, result) in zip(files, results) {
            // The first file's array is taken as it is: a large manifest's components are not copied.
            if components.isEmpty { components = result.components } else { components += result.components }
            datasets += result.datasets
            diagnostics += result.diagnostics
            policies[file.path] = result.policy
        }
        return (components, datasets, diagnostics, policies)
    }

    /// What one file gives: components, the datasets a card names, diagnostics, and a project manifest's
    /// `policy:` key.
    typealias FileResult = (
        components: [Component], datasets: [(name: String, location: SourceLocation)], diagnostics: [Diagnostic],
        policy: ProjectDiscovery.PolicyReference?
    )

    /// Reads one file's bytes in whatever format its content shows; `found` tells whether the file was found by
    /// walking a directory (rather than named by the user).
    static func read(bytes: consuming [UInt8], file: String, found: Found = .named, catalog: Catalog) -> FileResult {
        read(bytes: bytes, file: file, found: found, catalog: { catalog })
    }

    /// As the `read(bytes:file:found:catalog:)` that takes a ``Catalog``, asking for the catalog only if the file
    /// is not a project manifest, which does not need it.
    static func read(bytes: consuming [UInt8], file: String, found: Found, catalog: () -> Catalog) -> FileResult {
        let name = (file.lastIndex(of: "/").map { String(file[file.index(after: $0)...]) } ?? file).lowercased()
        if name == "clearance.yaml" || name == "clearance.yml" {
            return readProjectManifest(bytes: consume bytes, file: file)
        }
        if startsWithJSONObject(bytes) {
            let source: JSONSource
            switch JSONSource.parse(bytes, file: file) {
            case .failure(let diagnostic): return ([], [], [diagnostic], nil)
            case .success(let parsed): source = parsed
            }
            if let ambiguous = ambiguousFormat(source) { return ([], [], [ambiguous], nil) }
            guard let format = jsonDocumentFormats.first(where: { $0.matches(source.root) }) else {
                return (
                    [], [],
                    [
                        unknownFormat(
                            file,
                            "JSON that is neither a CycloneDX BOM ('bomFormat') nor an SPDX document ('spdxVersion' or an SPDX 3 '@context')"
                        )
                    ], nil
                )
            }
            let components = format.read(source, catalog: catalog())
            return (components, [], source.diagnostics, nil)
        }
        let frontMatter = FrontMatter(copy bytes)
        let hasFrontMatter = frontMatter != nil
        if hasFrontMatter || name.hasSuffix(".md") || name.hasSuffix(".markdown") {
            if !hasFrontMatter, case .foundInDirectory(let hasModelFiles) = found, !hasModelFiles {
                return (
                    [], [],
                    [
                        Diagnostic(
                            id: "card.no-front-matter", severity: .note,
                            message:
                                "no front matter and no model files beside it, so this README is not read as a model card",
                            at: SourceLocation(file: file))
                    ], nil
                )
            }
            let catalog = catalog()
            let (card, diagnostics) = HuggingFaceCard.parse(
                frontMatter: frontMatter, file: file, name: nil, catalog: catalog)
            guard var card else { return ([], [], diagnostics, nil) }
            // The license file beside the card, and the name of a local Hugging Face cache (LicenseFileEvidence).
            let evidence = LicenseFileEvidence.apply(
                to: &card.component, licenseLink: card.licenseLink, file: file, catalog: catalog)
            return ([card.component], card.datasets, diagnostics + evidence, nil)
        }
        // The only format left is YAML: a file that is not YAML gets the parser's error, with its position.
        let root: Node?
        do throws(Diagnostic) {
            root = try SourceFile.parseYAML(bytes, file: file)
        } catch {
            return ([], [], [error], nil)
        }
        if let root, looksLikeProjectManifest(root) {
            let read = ProjectManifest.read(root, file: file)
            return (read.components, [], read.diagnostics, nil)
        }
        return (
            [], [],
            [
                unknownFormat(
                    file,
                    "neither a model card with front matter, a CycloneDX or SPDX JSON document, nor a Clearance manifest"
                )
            ], nil
        )
    }

    /// A project manifest and its `policy:` key.
    private static func readProjectManifest(bytes: consuming [UInt8], file: String) -> FileResult {
        let parsed: Node?
        do throws(Diagnostic) {
            parsed = try SourceFile.parseYAML(bytes, file: file)
        } catch {
            return ([], [], [error], nil)
        }
        // The bytes go before the components are made: a large manifest's tree and components are the peak.
        _ = consume bytes
        guard let root = parsed else { return ([], [], [Diagnostic.emptyDocument(file: file)], nil) }
        let read = ProjectManifest.read(root, file: file)
        return (read.components, [], read.diagnostics, ProjectDiscovery.policyReference(in: root, manifest: file))
    }

    /// An error when a JSON document carries the marks of more than one format (`bomFormat`, `spdxVersion`,
    /// an SPDX 3 `@context`): each reader would see a different document, so none is read.
    static func ambiguousFormat(_ source: JSONSource) -> Diagnostic? {
        let root = source.root
        let spdx3 = SPDX3Document.matches(root)
        // The last member of a repeated key counts, as `root[key]` reads it; marks go in the file's order.
        var offsets: [String: Int] = [:]
        for member in root.members ?? [] where ["bomFormat", "spdxVersion", "@context"].contains(member.key) {
            offsets[member.key] = member.keyOffset
        }
        var marks: [(name: String, keyOffset: Int)] = []
        if let offset = offsets["bomFormat"] { marks.append(("a CycloneDX BOM ('bomFormat')", offset)) }
        if let offset = offsets["spdxVersion"] { marks.append(("an SPDX 2 document ('spdxVersion')", offset)) }
        if spdx3, let offset = offsets["@context"] { marks.append(("an SPDX 3 document ('@context')", offset)) }
        guard marks.count > 1 else { return nil }
        marks.sort { $0.keyOffset < $1.keyOffset }
        let names = marks.map(\.name).sorted()
        let list = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        return Diagnostic(
            id: "manifest.ambiguous-format",
            message: "this JSON is marked as \(list); a document must be one format, so it is not read",
            at: source.location(offset: marks[1].keyOffset),
            notes: marks.indices.filter { $0 != 1 }.map {
                Diagnostic.Note("marked as \(marks[$0].name) here", at: source.location(offset: marks[$0].keyOffset))
            })
    }

    /// The error for a run that found no component in `paths`, saying where it looked: a check of nothing is
    /// not a pass (`check.no-components`; `clearance check --allow-empty` accepts it).
    public static func noComponents(paths: [String]) -> Diagnostic {
        var ignored: [Diagnostic] = []
        let files = self.files(in: paths, diagnostics: &ignored, concurrently: false).map(\.path)
        let quoted = paths.map { "'\($0)'" }
        let looked =
            quoted.count <= 1
            ? (quoted.first ?? "''") : quoted.dropLast().joined(separator: ", ") + " and " + (quoted.last ?? "")
        let what: String
        switch files.count {
        case 0:
            what =
                "no file there is one Clearance reads (README.md, clearance.yaml, bom.json, *.cdx.json, *.spdx.json, *.spdx3.json)"
        default:
            let shown = files.prefix(5).joined(separator: ", ")
            let more = files.count > 5 ? " and \(files.count - 5) more" : ""
            let count = files.count == 1 ? "1 file was" : "\(files.count) files were"
            what = "\(count) read (\(shown)\(more)) and none declares a component"
        }
        return Diagnostic(
            id: "check.no-components",
            message:
                "found no component to check in \(looked): \(what); a check of nothing is not a pass (pass --allow-empty to accept it)",
            at: SourceLocation(file: paths.first ?? "."))
    }

    static func unknownFormat(_ file: String, _ what: String) -> Diagnostic {
        Diagnostic(
            id: "manifest.unknown-format", message: "cannot tell what this file is: \(what)",
            at: SourceLocation(file: file))
    }

    /// Whether the first non-blank byte (after a byte-order mark) is `{`.
    static func startsWithJSONObject(_ bytes: [UInt8]) -> Bool {
        var i = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return i < bytes.count && bytes[i] == UInt8(ascii: "{")
    }

    /// Whether a YAML document has the project manifest's `schema` key and a list of components.
    static func looksLikeProjectManifest(_ root: Node) -> Bool {
        guard case .mapping(let pairs) = root.value else { return false }
        let keys = Set(pairs.map(\.name))
        return keys.contains("schema") && !keys.isDisjoint(with: ["models", "datasets", "packages"])
    }

    /// How a file came to be read.
    enum Found: Equatable {
        /// Named by the user.
        case named
        /// Found by walking a directory; whether its directory holds model files.
        case foundInDirectory(hasModelFiles: Bool)
    }

    /// Names of files that mark a directory as a model repository.
    static let modelFileNames: Set<String> = [
        "config.json", "adapter_config.json", "model_index.json", "generation_config.json", "params.json",
    ]
    static let modelFileExtensions: Set<String> = [
        "safetensors", "gguf", "bin", "onnx", "pt", "pth", "ckpt", "pte", "mlmodel",
    ]

    /// Whether a directory entry name is one the walk reads.
    static func isManifestName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "readme.md" || lower == "bom.json" || lower == "clearance.yaml"
            || lower.hasSuffix(".cdx.json") || lower.hasSuffix(".spdx.json") || lower.hasSuffix(".spdx3.json")
    }

    /// The files to read, sorted by path; a missing path is an error.
    static func files(
        in paths: [String], diagnostics: inout [Diagnostic], concurrently: Bool = true
    ) -> [(path: String, found: Found)] {
        var result: [String: Found] = [:]
        for path in paths {
            switch fileType(path, followLinks: true) {
            case .directory:
                guard let root = SourceFile.realPath(path) else {
                    diagnostics.append(
                        Diagnostic(
                            id: "io.unreadable", message: "cannot read directory: \(String(cString: strerror(errno)))",
                            at: SourceLocation(file: path)))
                    continue
                }
                walk(path, root: root, into: &result, diagnostics: &diagnostics, concurrently: concurrently)
            case .missing:
                diagnostics.append(
                    Diagnostic(
                        id: "io.unreadable", message: "cannot read file: no such file or directory",
                        at: SourceLocation(file: path)))
            default:
                result[path] = .named
            }
        }
        return result.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private enum FileType { case file, directory, link, other, missing }

    private static func fileType(_ path: String, followLinks: Bool) -> FileType {
        var info = stat()
        let status = followLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }

    private static func walk(
        _ directory: String, root: String, into result: inout [String: Found], diagnostics: inout [Diagnostic],
        concurrently: Bool
    ) {
        for (path, found) in walk(directory, root: root, diagnostics: &diagnostics, concurrently: concurrently)
        where result[path] == nil {
            result[path] = found
        }
    }

    /// The manifest files under `directory`. The top level's subdirectories are walked on all cores (a tree of
    /// model repositories is mostly `opendir` and `readdir`); files and diagnostics keep the sequential order.
    private static func walk(
        _ directory: String, root: String, diagnostics: inout [Diagnostic], concurrently: Bool
    ) -> [(path: String, found: Found)] {
        guard let entries = entries(of: directory) else {
            let reason = String(cString: strerror(errno))
            diagnostics.append(
                Diagnostic(
                    id: "io.unreadable", message: "cannot read directory: \(reason)",
                    at: SourceLocation(file: directory)))
            return []
        }
        let hasModelFiles = entries.contains { entry in
            let lower = entry.name.lowercased()
            if modelFileNames.contains(lower) { return true }
            guard let dot = lower.lastIndex(of: ".") else { return false }
            return modelFileExtensions.contains(String(lower[lower.index(after: dot)...]))
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var files: [(path: String, found: Found)] = []
        var subdirectories: [String] = []
        for (name, type) in entries {
            let path = prefix + name
            switch type {
            case .directory:
                if name == ".git" || name.hasPrefix(".build") { continue }
                subdirectories.append(path)
            case .file, .link:
                guard isManifestName(name) else { continue }
                // A link to a directory is not followed; a link to a file is read only inside the root (a dangling
                // link is read, and reported as missing).
                if type == .link {
                    if fileType(path, followLinks: true) == .directory { continue }
                    if let target = SourceFile.realPath(path), !SourceFile.isInside(target, root: root) {
                        diagnostics.append(
                            Diagnostic(
                                id: "io.outside-root", severity: .warning,
                                message: SourceFile.outsideRootMessage, at: SourceLocation(file: path)))
                        continue
                    }
                }
                files.append((path, .foundInDirectory(hasModelFiles: hasModelFiles)))
            default:
                continue
            }
        }
        let walked = subdirectories.concurrentMap(concurrently: concurrently) { subdirectory in
            var found: [Diagnostic] = []
            let files = walk(subdirectory, root: root, diagnostics: &found, concurrently: false)
            return (files, found)
        }
        for (subfiles, subdiagnostics) in walked {
            files += subfiles
            diagnostics += subdiagnostics
        }
        return files
    }

    /// The entries of `directory` with their types (from the directory itself, without a `stat` each when the
    /// file system says), or nil when it cannot be read (see `errno`).
    private static func entries(of directory: String) -> [(name: String, type: FileType)]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var result: [(name: String, type: FileType)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let type: FileType
            switch Int(entry.pointee.d_type) {
            case Int(DT_DIR): type = .directory
            case Int(DT_REG): type = .file
            case Int(DT_LNK): type = .link
            case Int(DT_UNKNOWN): type = fileType(directory + "/" + name, followLinks: false)
            default: type = .other
            }
            result.append((name, type))
        }
        return result
    }

    /// A note for each dataset that a card names and the run does not declare.
    static func datasetNotes(_ datasets: [(name: String, location: SourceLocation)], components: [Component])
        -> [Diagnostic]
    {
        guard !datasets.isEmpty else { return [] }
        var declared = Set(components.map { $0.name.lowercased() })
        var notes: [Diagnostic] = []
        for (name, location) in datasets where declared.insert(name.lowercased()).inserted {
            notes.append(
                Diagnostic(
                    id: "card.dataset-unchecked", severity: .note,
                    message:
                        "dataset '\(name)' is named by a card but declared nowhere in this run, so its license is not checked; declare it (for example in clearance.yaml) to check it",
                    at: location))
        }
        return notes
    }
}
