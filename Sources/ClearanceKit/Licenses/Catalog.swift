public import ClearanceYAML
import Foundation

/// The license descriptors Clearance knows, indexed by id, SPDX id, name, alias and URL.
///
/// ``shipped`` holds the descriptors compiled into the binary from `Licenses/`; ``adding(directory:)`` adds a
/// user's descriptors, a descriptor with the same id replacing the shipped one.
public struct Catalog: Sendable {
    /// Every descriptor, sorted by id.
    public private(set) var descriptors: [LicenseDescriptor] = []
    /// Shipped descriptors that a user's descriptor replaced: `(id, file of the replacement)`.
    public private(set) var overrides: [Override] = []
    /// Problems met while loading (an invalid descriptor is left out, so its license stays unknown).
    public private(set) var diagnostics: [Diagnostic] = []
    private var index: [String: Int] = [:]
    private var locations: [String: SourceLocation] = [:]
    /// Where each `versions` item of a family entry stands, by the entry's id.
    private var versionLocations: [String: [SourceLocation]] = [:]

    /// A shipped descriptor replaced by a user's.
    public struct Override: Hashable, Sendable, Codable {
        public var id: String
        public var file: String
    }

    public init() {}

    /// The catalog compiled into the binary.
    public static let shipped: Catalog = {
        var catalog = Catalog()
        for file in embeddedFiles where file.folder == "Licenses" {
            catalog.add(bytes: Array(file.contents.utf8), file: "Licenses/\(file.name)", replacing: false)
        }
        catalog.diagnostics += catalog.familyDiagnostics()
        return catalog
    }()

    /// A copy with every `*.yaml` descriptor of `directory` added; same ids replace earlier ones.
    public func adding(directory: String) -> Catalog {
        var copy = self
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }
                .sorted()
        } catch {
            var info = stat()
            let reason =
                stat(directory, &info) != 0
                ? SourceFile.reason(errno)
                : info.st_mode & S_IFMT != S_IFDIR ? "not a directory" : error.localizedDescription
            copy.diagnostics.append(
                Diagnostic(
                    id: "io.unreadable", message: "cannot read license directory: \(reason)",
                    at: SourceLocation(file: directory)))
            return copy
        }
        let root = SourceFile.realPath(directory) ?? directory
        var added: Set<String> = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            // A link to a file outside the directory is not followed, so that no diagnostic quotes that file.
            if let target = SourceFile.realPath(path), !SourceFile.isInside(target, root: root) {
                copy.diagnostics.append(
                    Diagnostic(
                        id: "io.outside-root", severity: .warning, message: SourceFile.outsideRootMessage,
                        at: SourceLocation(file: path)))
                continue
            }
            do {
                if let id = copy.add(bytes: try SourceFile.read(path), file: path, replacing: true) { added.insert(id) }
            } catch {
                copy.diagnostics.append(error)
            }
        }
        copy.diagnostics += copy.familyDiagnostics(of: added)
        return copy
    }

    /// Builds a catalog from descriptor files given as bytes, checking ids and aliases are unique among them.
    ///
    /// The `versions` of family entries are looked up among these files, then in `base` (so that `lint` checks
    /// a family file against the catalog it will join).
    public static func load(_ files: [(file: String, bytes: [UInt8])], base: Catalog? = nil) -> Catalog {
        var catalog = Catalog()
        for (file, bytes) in files { catalog.add(bytes: bytes, file: file, replacing: false) }
        catalog.diagnostics += catalog.familyDiagnostics(fallback: base)
        return catalog
    }

    /// Adds one descriptor file; returns the id it added, or nil when it could not be read.
    @discardableResult
    private mutating func add(bytes: [UInt8], file: String, replacing: Bool) -> String? {
        let context = DecodeContext(file: file)
        do {
            guard let root = try SourceFile.parseYAML(bytes, file: file) else {
                diagnostics.append(
                    Diagnostic.emptyDocument(file: file))
                return nil
            }
            guard let decoded = LicenseDescriptor.decode(root, context: context) else {
                diagnostics += context.diagnostics
                return nil
            }
            insert(decoded, replacing: replacing)
            return decoded.descriptor.id
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    private mutating func insert(_ decoded: LicenseDescriptor.Decoded, replacing: Bool) {
        let descriptor = decoded.descriptor
        let position: Int
        if replacing, let existing = descriptors.firstIndex(where: { $0.id == descriptor.id }) {
            overrides.append(Override(id: descriptor.id, file: descriptor.file))
            for (key, value) in index where value == existing {
                index[key] = nil
                locations[key] = nil
            }
            descriptors[existing] = descriptor
            position = existing
            versionLocations[descriptor.id] = nil
        } else {
            descriptors.append(descriptor)
            position = descriptors.count - 1
        }
        if descriptor.isFamily { versionLocations[descriptor.id] = decoded.versions.map(\.location) }
        for (name, location) in decoded.names {
            let key = Catalog.key(name)
            if let other = index[key], other != position {
                diagnostics.append(
                    Diagnostic(
                        id: "catalog.duplicate-name",
                        message: "'\(name)' already names license '\(descriptors[other].id)'",
                        at: location,
                        notes: locations[key].map { [Diagnostic.Note("first used here", at: $0)] } ?? []))
                continue
            }
            index[key] = position
            locations[key] = locations[key] ?? location
        }
        // Keep descriptors sorted by id, re-pointing the index.
        let order = descriptors.indices.sorted { descriptors[$0].id < descriptors[$1].id }
        if order != Array(descriptors.indices) {
            var newPosition = [Int](repeating: 0, count: order.count)
            for (new, old) in order.enumerated() { newPosition[old] = new }
            descriptors = order.map { descriptors[$0] }
            index = index.mapValues { newPosition[$0] }
        }
    }

    /// The descriptor for an id, SPDX id, alias, full name or URL (case-insensitive), or nil.
    public func descriptor(for name: String) -> LicenseDescriptor? {
        index[Catalog.key(name)].map { descriptors[$0] }
    }

    /// Where the `index`th item of family entry `id`'s `versions` stands, when known.
    func versionLocation(_ id: String, _ index: Int) -> SourceLocation? {
        guard let list = versionLocations[id], list.indices.contains(index) else { return nil }
        return list[index]
    }

    /// Catalog ids and aliases near `name`, nearest first.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let names = descriptors.map(\.id) + descriptors.flatMap(\.aliases).filter { !$0.contains("/") }
        return Suggestion.nearest(to: name, in: names, limit: limit)
    }

    /// Every name the catalog knows.
    public var allNames: [String] {
        descriptors.flatMap { [$0.id, $0.spdx] + $0.aliases }
    }

    /// How names are compared: trimmed, lowercased, URLs without scheme, `www.` or trailing slash.
    static func key(_ name: String) -> String {
        if isKey(name) { return name }
        // Most other names (full names: `Apache License 2.0`) have nothing to trim: they skip Foundation's trimming.
        func printable(_ byte: UInt8?) -> Bool { byte.map { (0x21...0x7E).contains($0) } ?? false }
        let trimmed =
            printable(name.utf8.first) && printable(name.utf8.last)
            ? name : name.trimmingCharacters(in: .whitespacesAndNewlines)
        var s = Substring(trimmed.lowercased())
        for scheme in ["https://", "http://"] where s.hasPrefix(scheme) { s = s.dropFirst(scheme.count) }
        if s.hasPrefix("www.") { s = s.dropFirst(4) }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }

    /// Whether `name` is its own key already: printable ASCII without spaces or capitals, not a URL, no
    /// trailing slash. Most names are; they skip Foundation's trimming and lowercasing.
    private static func isKey(_ name: String) -> Bool {
        guard let last = name.utf8.last, last != UInt8(ascii: "/") else { return false }
        guard name.utf8.allSatisfy({ (0x21...0x7E).contains($0) && !(0x41...0x5A).contains($0) }) else { return false }
        return !name.hasPrefix("http") && !name.hasPrefix("www.")
    }
}
