public import ClearanceYAML
import Crypto
import Foundation

extension Policy {
    static let keys = [
        "schema", "name", "extends", "usage", "licenses", "categories", "unknown", "obligations", "exceptions",
        "derivative-naming", "lock-facts",
    ]

    /// The name that stands for the embedded default policy in `extends` and `clearance policy show`.
    public static let embeddedDefaultName = "default"

    /// Whether `name`, where a policy file is expected (`extends`, `--policy`, a manifest's `policy`, `policy
    /// show`), stands for the embedded default: `default`, or the name reports give it,
    /// `embedded:Policies/default.yaml`. (A file called `default` is named `./default`.)
    public static func namesEmbeddedDefault(_ name: String) -> Bool {
        name == embeddedDefaultName || name == embeddedDefault.file
    }

    /// The built-in default policy (`Policies/default.yaml`, compiled in).
    public static var embeddedDefault: (bytes: [UInt8], file: String) {
        let text = embeddedFiles.first { $0.folder == "Policies" && $0.name == "default.yaml" }?.contents ?? ""
        return (Array(text.utf8), "embedded:Policies/default.yaml")
    }

    /// Reads the policy `name` names: the embedded default for nil or a name ``namesEmbeddedDefault(_:)``
    /// accepts, else the file at that path (as `--policy` and ``LicenseCheck`` read it).
    public static func load(named name: String?, catalog: Catalog) -> (Policy?, [Diagnostic]) {
        if let name, !namesEmbeddedDefault(name) { return load(path: name, catalog: catalog) }
        let embedded = embeddedDefault
        return load(bytes: embedded.bytes, file: embedded.file, catalog: catalog)
    }

    /// Reads the policy at `path`, following `extends`; every problem is a diagnostic.
    public static func load(path: String, catalog: Catalog) -> (Policy?, [Diagnostic]) {
        do {
            let bytes = try SourceFile.read(path)
            return load(bytes: bytes, file: path, catalog: catalog)
        } catch {
            return (nil, [error])
        }
    }

    /// Reads a policy from bytes, following `extends` relative to `file`.
    ///
    /// `extends` stays inside the directory of `file` and below it (symbolic links resolved): a base
    /// elsewhere is `policy.extends-outside`, and is never read, so that no diagnostic quotes a file outside.
    public static func load(bytes: [UInt8], file: String, catalog: Catalog) -> (Policy?, [Diagnostic]) {
        let (policy, diagnostics) = read(bytes: bytes, file: file, catalog: catalog)
        return (diagnostics.hasErrors ? nil : policy, diagnostics)
    }

    /// Like ``load(bytes:file:catalog:)``, but keeps what could be read even when there are errors, so that
    /// lint can check it further.
    static func read(bytes: [UInt8], file: String, catalog: Catalog) -> (Policy?, [Diagnostic]) {
        let context = DecodeContext(file: file)
        var chain: [String] = []
        let directory = (file as NSString).deletingLastPathComponent
        let tree = SourceFile.realPath(directory.isEmpty ? "." : directory)
        let policy = decode(bytes: bytes, file: file, catalog: catalog, context: context, chain: &chain, tree: tree)
        return (policy, context.diagnostics)
    }

    private static func decode(
        bytes: [UInt8], file: String, catalog: Catalog, context: DecodeContext, chain: inout [String], tree: String?
    ) -> Policy? {
        let local = DecodeContext(file: file)
        defer { for d in local.diagnostics { context.record(d) } }
        let root: Node
        do {
            guard let parsed = try SourceFile.parseYAML(bytes, file: file) else {
                local.record(Diagnostic.emptyDocument(file: file))
                return nil
            }
            root = parsed
        } catch {
            local.record(error)
            return nil
        }
        guard let m = MappingReader(root, keys: keys, context: local) else { return nil }
        _ = m.required("schema") { node throws(YAMLError) in try node.schemaVersion() }
        // extends: the base is read first, and this file's keys are read over it.
        let base = decodeBase(
            m, file: file, catalog: catalog, context: context, local: local, chain: &chain, tree: tree)
        var policy = base ?? Policy(name: "", file: file, sha256: "")
        policy.name =
            m.optional("name") { node throws(YAMLError) in try node.string() }
            ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        policy.file = file
        policy.sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        if let usage = m["usage"] { policy.usage = policy.usage.overlaid(by: Usage.decode(usage, context: local)) }
        if let locks = m["lock-facts"] { policy.lockedFacts = decodeLockedFacts(locks, context: local) }
        decodeLicenses(m, into: &policy, catalog: catalog, context: local)
        decodeCategories(m, into: &policy, context: local)
        decodeDecisions(m, into: &policy, context: local)
        decodeObligations(m, into: &policy, context: local)
        for item in m.optional("exceptions", { node throws(YAMLError) in try node.sequence() }) ?? [] {
            if let exception = decodeException(item, catalog: catalog, context: local) {
                policy.exceptions.append(exception)
            }
        }
        return policy
    }

    /// The policy that `extends` names, read with its own bases; nil when there is none or it cannot be read.
    private static func decodeBase(
        _ m: MappingReader, file: String, catalog: Catalog, context: DecodeContext, local: DecodeContext,
        chain: inout [String], tree: String?
    ) -> Policy? {
        guard let extendsNode = m["extends"],
            let relative = local.read(extendsNode, { node throws(YAMLError) in try node.string() })
        else { return nil }
        if namesEmbeddedDefault(relative) {
            // `extends: default`: the embedded default policy, which extends nothing.
            let embedded = embeddedDefault
            return decode(
                bytes: embedded.bytes, file: embedded.file, catalog: catalog, context: context, chain: &chain, tree: nil
            )
        }
        let basePath =
            relative.hasPrefix("/")
            ? relative : ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative)
        let standardized = (basePath as NSString).standardizingPath
        if chain.contains(standardized) || chain.count >= 8 {
            local.error(
                "policy.extends-cycle", "'extends' forms a cycle or is nested deeper than 8 files", at: extendsNode.mark
            )
            return nil
        }
        if let target = SourceFile.realPath(basePath), tree.map({ !SourceFile.isInside(target, root: $0) }) ?? true {
            local.record(.baseOutsideTree(relative, at: local.location(extendsNode.mark)))
            return nil
        }
        chain.append((file as NSString).standardizingPath)
        do {
            let baseBytes = try SourceFile.read(basePath)
            return decode(
                bytes: baseBytes, file: basePath, catalog: catalog, context: context, chain: &chain, tree: tree)
        } catch {
            local.record(.unreadableBase(basePath, error, at: local.location(extendsNode.mark)))
            return nil
        }
    }

    /// `lock-facts`: `true` (every fact), `false` (none) or a list of fact keys; replaces a base policy's.
    private static func decodeLockedFacts(_ node: Node, context: DecodeContext) -> [Usage.Key: SourceLocation] {
        let expected = "true, false or a list of facts (\(Usage.Key.names.joined(separator: ", ")))"
        if case .scalar = node.value {
            guard let all = try? node.boolean() else {
                context.record(node.mismatch(expected))
                return [:]
            }
            let location = context.location(node.mark)
            return all ? Dictionary(uniqueKeysWithValues: Usage.Key.allCases.map { ($0, location) }) : [:]
        }
        var locked: [Usage.Key: SourceLocation] = [:]
        guard case .sequence(let items) = node.value else {
            context.record(node.mismatch(expected))
            return [:]
        }
        for item in items {
            if let key = context.read(item, { node throws(YAMLError) in try node.enumeration(Usage.Key.self) }) {
                locked[key] = context.location(item.mark)
            }
        }
        return locked
    }

    /// `licenses`: the allow, review and deny lists, by catalog id. A base policy's entries are overridden
    /// silently; a license listed twice in this file is a warning.
    private static func decodeLicenses(
        _ m: MappingReader, into policy: inout Policy, catalog: Catalog, context: DecodeContext
    ) {
        guard let lists = m["licenses"],
            let l = MappingReader(lists, keys: ["allow", "review", "deny"], context: context)
        else { return }
        var listedHere: [String: Decision] = [:]
        for action in Action.allCases {
            for item in l.optional(action.rawValue, { node throws(YAMLError) in try node.sequence() }) ?? [] {
                guard let text = context.read(item, { node throws(YAMLError) in try node.string() }) else { continue }
                guard let id = policyID(text, catalog: catalog) else {
                    context.record(.unknownLicense(text, catalog: catalog, at: context.location(item.mark)))
                    continue
                }
                let decision = Decision(action: action, location: context.location(item.mark))
                if let earlier = listedHere[id] {
                    context.record(.listedTwice(text, id: id, earlier: earlier, later: decision))
                }
                listedHere[id] = decision
                policy.licenses[id] = decision
            }
        }
    }

    /// The id a policy keys a license name by: the catalog id, or the SPDX id of a listed license the catalog
    /// has no descriptor for (``Catalog/resolution(of:)``); nil for a name neither knows.
    static func policyID(_ name: String, catalog: Catalog) -> String? {
        switch catalog.resolution(of: name) {
        case .catalog(let id), .notInCatalog(let id): id
        case .unknown: nil
        }
    }

    /// `categories`: an action per license category.
    private static func decodeCategories(_ m: MappingReader, into policy: inout Policy, context: DecodeContext) {
        guard let node = m["categories"],
            let c = MappingReader(node, keys: LicenseDescriptor.Category.allCases.map(\.rawValue), context: context)
        else { return }
        for category in LicenseDescriptor.Category.allCases {
            guard let node = c[category.rawValue],
                let action = context.read(node, { node throws(YAMLError) in try node.enumeration(Action.self) })
            else { continue }
            policy.categories[category] = Decision(action: action, location: context.location(node.mark))
        }
    }

    /// `unknown` (never allow) and `derivative-naming`.
    private static func decodeDecisions(_ m: MappingReader, into policy: inout Policy, context: DecodeContext) {
        if let node = m["unknown"],
            let action = context.read(node, { node throws(YAMLError) in try node.enumeration(Action.self) })
        {
            if action == .allow {
                context.error(
                    "policy.unknown-allow", "'unknown' must be deny or review: an unresolved license is never a pass",
                    at: node.mark)
            } else {
                policy.unknown = Decision(action: action, location: context.location(node.mark))
            }
        }
        if let node = m["derivative-naming"],
            let action = context.read(node, { node throws(YAMLError) in try node.enumeration(Action.self) })
        {
            policy.derivativeNaming = Decision(action: action, location: context.location(node.mark))
        }
    }

    /// `obligations.accept`: the obligations the organization fulfils. A policy that has no `obligations` (nor
    /// its base) accepts ``noticeDuties``.
    private static func decodeObligations(_ m: MappingReader, into policy: inout Policy, context: DecodeContext) {
        guard let node = m["obligations"] else {
            if policy.acceptedObligationsLocation == nil { policy.acceptedObligations = noticeDuties }
            return
        }
        guard let o = MappingReader(node, keys: ["accept"], context: context),
            let list = o["accept"]
        else { return }
        var accepted: Set<LicenseDescriptor.Obligation.ID> = []
        for item in context.read(list, { node throws(YAMLError) in try node.sequence() }) ?? [] {
            let id = context.read(item) { node throws(YAMLError) in
                try node.enumeration(LicenseDescriptor.Obligation.ID.self)
            }
            if let id { accepted.insert(id) }
        }
        policy.acceptedObligations = accepted
        policy.acceptedObligationsLocation = context.location(list.mark)
    }

    /// The duties of notice that come with any distribution, accepted by a policy that says nothing of
    /// obligations: a copy of the license, its notices, a statement of changes, the attribution to display.
    public static let noticeDuties: Set<LicenseDescriptor.Obligation.ID> = [
        .includeLicense, .notice, .stateChanges, .attributionDisplay,
    ]

    private static func decodeException(_ node: Node, catalog: Catalog, context: DecodeContext) -> PolicyException? {
        let keys = ["component", "license", "verdict", "reason", "approved-by", "reference", "expires"]
        guard let m = MappingReader(node, keys: keys, context: context) else { return nil }
        let component = m.optional("component") { node throws(YAMLError) in try node.string() }
        var license: String?
        if let licenseNode = m["license"],
            let text = context.read(licenseNode, { node throws(YAMLError) in try node.string() })
        {
            if let id = policyID(text, catalog: catalog) {
                license = id
            } else {
                context.record(.unknownLicense(text, catalog: catalog, at: context.location(licenseNode.mark)))
            }
        }
        if component == nil, !m.has("license") {
            context.error(
                "policy.exception-scope", "an exception needs 'component' or 'license' (or both)", at: node.mark)
        }
        let action =
            m.optional("verdict") { node throws(YAMLError) in try node.enumeration(Policy.Action.self) } ?? .allow
        let reason = m.required("reason") { node throws(YAMLError) in try node.string() }
        let approvedBy = m.required("approved-by") { node throws(YAMLError) in try node.string() }
        let reference = m.optional("reference") { node throws(YAMLError) in try node.string() }
        let expires = m.required("expires") { node throws(YAMLError) in try node.date() }
        let expiresLocation = m["expires"].map { context.location($0.mark) }
        if action == .deny, let v = m["verdict"] {
            context.error("policy.exception-verdict", "an exception's verdict must be allow or review", at: v.mark)
        }
        guard let reason, let approvedBy, let expires else { return nil }
        return PolicyException(
            component: component, license: license, action: action, reason: reason, approvedBy: approvedBy,
            reference: reference, expires: expires, location: context.location(node.mark),
            expiresLocation: expiresLocation)
    }
}

extension Diagnostic {
    /// A license name in a policy that neither the catalog nor the SPDX license list knows, with the nearest id
    /// or alias of either.
    static func unknownLicense(_ name: String, catalog: Catalog, at location: SourceLocation) -> Diagnostic {
        var message = "unknown license '\(name)'"
        if let near = catalog.suggestionsWithSPDX(for: name).first { message += "; did you mean '\(near)'?" }
        return Diagnostic(id: "policy.unknown-license", message: message, at: location)
    }

    /// The same license in two of one file's lists: the later list wins.
    static func listedTwice(_ name: String, id: String, earlier: Policy.Decision, later: Policy.Decision) -> Diagnostic
    {
        let line = earlier.location?.line.map { " on line \($0)" } ?? ""
        let named = name.lowercased() == id ? "'\(name)'" : "'\(name)' (\(id))"
        return Diagnostic(
            id: "policy.duplicate-license", severity: .warning,
            message:
                "license \(named) is already listed under \(earlier.action.rawValue)\(line); \(later.action.rawValue) wins",
            at: later.location)
    }

    /// An `extends` whose file cannot be read, at the `extends` value; `path` is the base's path as resolved
    /// against the extending file's folder.
    /// `extends` names a file outside the directory tree of the policy given on the command line.
    static func baseOutsideTree(_ written: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            id: "policy.extends-outside",
            message:
                "'extends: \(written)' leaves the directory of the policy; a policy may only extend files in its own directory or below (name a policy elsewhere with --policy)",
            at: location)
    }

    static func unreadableBase(_ path: String, _ error: Diagnostic, at location: SourceLocation) -> Diagnostic {
        let prefix = "cannot read file: "
        let reason = error.message.hasPrefix(prefix) ? String(error.message.dropFirst(prefix.count)) : error.message
        return Diagnostic(
            id: "policy.extends-unreadable", message: "cannot read the extended policy '\(path)': \(reason)",
            at: location)
    }
}
