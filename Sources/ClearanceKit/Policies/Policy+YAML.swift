import Crypto
import Foundation
public import ClearanceYAML

extension Policy {
    static let keys = [
        "schema", "name", "extends", "usage", "licenses", "categories", "unknown", "obligations", "exceptions",
        "derivative-naming",
    ]

    /// The built-in default policy (`Policies/default.yaml`, compiled in).
    public static var embeddedDefault: (bytes: [UInt8], file: String) {
        let text = embeddedFiles.first { $0.folder == "Policies" && $0.name == "default.yaml" }?.contents ?? ""
        return (Array(text.utf8), "embedded:Policies/default.yaml")
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
    public static func load(bytes: [UInt8], file: String, catalog: Catalog) -> (Policy?, [Diagnostic]) {
        let (policy, diagnostics) = read(bytes: bytes, file: file, catalog: catalog)
        return (diagnostics.hasErrors ? nil : policy, diagnostics)
    }

    /// Like ``load(bytes:file:catalog:)``, but keeps what could be read even when there are errors, so that
    /// lint can check it further.
    static func read(bytes: [UInt8], file: String, catalog: Catalog) -> (Policy?, [Diagnostic]) {
        let context = DecodeContext(file: file)
        var chain: [String] = []
        let policy = decode(bytes: bytes, file: file, catalog: catalog, context: context, chain: &chain)
        return (policy, context.diagnostics)
    }

    private static func decode(
        bytes: [UInt8], file: String, catalog: Catalog, context: DecodeContext, chain: inout [String]
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
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let name = m.optional("name") { node throws(YAMLError) in try node.string() }
            ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var policy = Policy(name: name, file: file, sha256: digest)

        // extends: the base is read first; this file's keys win.
        if let extendsNode = m["extends"], let relative = local.read(extendsNode, { node throws(YAMLError) in try node.string() }) {
            let basePath = relative.hasPrefix("/") ? relative
                : ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative)
            let standardized = (basePath as NSString).standardizingPath
            if chain.contains(standardized) || chain.count >= 8 {
                local.error("policy.extends-cycle", "'extends' forms a cycle or is nested deeper than 8 files", at: extendsNode.mark)
            } else {
                chain.append((file as NSString).standardizingPath)
                do {
                    let baseBytes = try SourceFile.read(basePath)
                    if let base = decode(bytes: baseBytes, file: basePath, catalog: catalog, context: context, chain: &chain) {
                        policy.usage = base.usage
                        policy.licenses = base.licenses
                        policy.categories = base.categories
                        policy.unknown = base.unknown
                        policy.acceptedObligations = base.acceptedObligations
                        policy.acceptedObligationsLocation = base.acceptedObligationsLocation
                        policy.exceptions = base.exceptions
                        policy.derivativeNaming = base.derivativeNaming
                    }
                } catch {
                    local.record(.unreadableBase(basePath, error, at: local.location(extendsNode.mark)))
                }
            }
        }
        if let usage = m["usage"] { policy.usage = policy.usage.overlaid(by: Usage.decode(usage, context: local)) }
        if let lists = m["licenses"], let l = MappingReader(lists, keys: ["allow", "review", "deny"], context: local) {
            // A base policy's lists are overridden silently; a license listed twice in this file is a warning.
            var listedHere: [String: Rule] = [:]
            for action in Action.allCases {
                for item in l.optional(action.rawValue, { node throws(YAMLError) in try node.sequence() }) ?? [] {
                    guard let text = local.read(item, { node throws(YAMLError) in try node.string() }) else { continue }
                    guard let descriptor = catalog.descriptor(for: text) else {
                        local.record(.unknownLicense(text, catalog: catalog, at: local.location(item.mark)))
                        continue
                    }
                    let rule = Rule(action: action, location: local.location(item.mark))
                    if let earlier = listedHere[descriptor.id] {
                        local.record(.listedTwice(text, id: descriptor.id, earlier: earlier, later: rule))
                    }
                    listedHere[descriptor.id] = rule
                    policy.licenses[descriptor.id] = rule
                }
            }
        }
        if let cats = m["categories"],
            let c = MappingReader(cats, keys: LicenseDescriptor.Category.allCases.map(\.rawValue), context: local)
        {
            for category in LicenseDescriptor.Category.allCases {
                guard let node = c[category.rawValue],
                    let action = local.read(node, { node throws(YAMLError) in try node.enumeration(Action.self) })
                else { continue }
                policy.categories[category] = Rule(action: action, location: local.location(node.mark))
            }
        }
        if let node = m["unknown"], let action = local.read(node, { node throws(YAMLError) in try node.enumeration(Action.self) }) {
            if action == .allow {
                local.error("policy.unknown-allow", "'unknown' must be deny or review: an unresolved license is never a pass", at: node.mark)
            } else {
                policy.unknown = Rule(action: action, location: local.location(node.mark))
            }
        }
        if let node = m["derivative-naming"],
            let action = local.read(node, { node throws(YAMLError) in try node.enumeration(Action.self) })
        {
            policy.derivativeNaming = Rule(action: action, location: local.location(node.mark))
        }
        if let node = m["obligations"], let o = MappingReader(node, keys: ["accept"], context: local),
            let list = o["accept"]
        {
            var accepted: Set<LicenseDescriptor.Obligation.ID> = []
            for item in local.read(list, { node throws(YAMLError) in try node.sequence() }) ?? [] {
                if let id = local.read(item, { node throws(YAMLError) in try node.enumeration(LicenseDescriptor.Obligation.ID.self) }) {
                    accepted.insert(id)
                }
            }
            policy.acceptedObligations = accepted
            policy.acceptedObligationsLocation = local.location(list.mark)
        }
        for item in m.optional("exceptions", { node throws(YAMLError) in try node.sequence() }) ?? [] {
            if let exception = decodeException(item, catalog: catalog, context: local) { policy.exceptions.append(exception) }
        }
        return policy
    }

    private static func decodeException(_ node: Node, catalog: Catalog, context: DecodeContext) -> PolicyException? {
        let keys = ["component", "license", "verdict", "reason", "approved-by", "reference", "expires"]
        guard let m = MappingReader(node, keys: keys, context: context) else { return nil }
        let component = m.optional("component") { node throws(YAMLError) in try node.string() }
        var license: String?
        if let licenseNode = m["license"], let text = context.read(licenseNode, { node throws(YAMLError) in try node.string() }) {
            if let descriptor = catalog.descriptor(for: text) {
                license = descriptor.id
            } else {
                context.record(.unknownLicense(text, catalog: catalog, at: context.location(licenseNode.mark)))
            }
        }
        if component == nil, !m.has("license") {
            context.error("policy.exception-scope", "an exception needs 'component' or 'license' (or both)", at: node.mark)
        }
        let verdict = m.optional("verdict") { node throws(YAMLError) in try node.enumeration(Policy.Action.self) } ?? .allow
        let reason = m.required("reason") { node throws(YAMLError) in try node.string() }
        let approvedBy = m.required("approved-by") { node throws(YAMLError) in try node.string() }
        let reference = m.optional("reference") { node throws(YAMLError) in try node.string() }
        let expires = m.required("expires") { node throws(YAMLError) in try node.date() }
        let expiresLocation = m["expires"].map { context.location($0.mark) }
        if verdict == .deny, let v = m["verdict"] {
            context.error("policy.exception-verdict", "an exception's verdict must be allow or review", at: v.mark)
        }
        guard let reason, let approvedBy, let expires else { return nil }
        return PolicyException(
            component: component, license: license, verdict: verdict, reason: reason, approvedBy: approvedBy,
            reference: reference, expires: expires, location: context.location(node.mark),
            expiresLocation: expiresLocation)
    }
}

extension Diagnostic {
    /// A license name in a policy that the catalog does not know, with the nearest id or alias.
    static func unknownLicense(_ name: String, catalog: Catalog, at location: SourceLocation) -> Diagnostic {
        var message = "unknown license '\(name)'"
        if let near = catalog.suggestions(for: name, limit: 1).first { message += "; did you mean '\(near)'?" }
        return Diagnostic(id: "policy.unknown-license", message: message, at: location)
    }

    /// The same license in two of one file's lists: the later list wins.
    static func listedTwice(_ name: String, id: String, earlier: Policy.Rule, later: Policy.Rule) -> Diagnostic {
        let line = earlier.location?.line.map { " on line \($0)" } ?? ""
        let named = name.lowercased() == id ? "'\(name)'" : "'\(name)' (\(id))"
        return Diagnostic(
            id: "policy.duplicate-license", severity: .warning,
            message: "license \(named) is already listed under \(earlier.action.rawValue)\(line); \(later.action.rawValue) wins",
            at: later.location)
    }

    /// An `extends` whose file cannot be read, at the `extends` value.
    ///
    /// - Parameter path: the base's path as resolved against the extending file's folder.
    static func unreadableBase(_ path: String, _ error: Diagnostic, at location: SourceLocation) -> Diagnostic {
        let prefix = "cannot read file: "
        let reason = error.message.hasPrefix(prefix) ? String(error.message.dropFirst(prefix.count)) : error.message
        return Diagnostic(
            id: "policy.extends-unreadable", message: "cannot read the extended policy '\(path)': \(reason)", at: location)
    }
}
