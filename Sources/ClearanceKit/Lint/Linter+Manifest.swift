import ClearanceYAML

extension Linter {
    /// A project manifest's diagnostics: everything check's reader reports (unknown keys, wrong types, a
    /// missing `schema` or `name`), lineage warnings, and warnings for what check would report as findings: a
    /// license that does not resolve (`unknown-license`, never a pass) and a component declared twice.
    ///
    /// Unresolved licenses are warnings, not errors: check reads the file and gives those components a
    /// finding under the policy's `unknown` (review or fail), so the file is valid input.
    func lintManifest(_ root: Node, file: String) -> [Diagnostic] {
        let context = DecodeContext(file: file)
        let components = ProjectManifest.decode(root, context: context)
        var diagnostics = context.diagnostics + Lineage.apply(to: components, catalog: catalog).diagnostics
        let resolver = ExpressionResolver(lookup: catalog)
        for component in components { diagnostics += licenseWarnings(component, resolver: resolver) }
        diagnostics += Self.duplicateComponents(root, file: file)
        if let policy { diagnostics += Self.factDiagnostics(components, policy: policy) }
        return diagnostics
    }

    /// An error for each fact the manifest sets that `policy` locks, and a warning for each looser than the
    /// policy's: what check reports as `fact-locked` and `fact-override`. Once per line, though a manifest's
    /// `usage` applies to every component.
    static func factDiagnostics(_ components: [Component], policy: Policy) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen = Set<SourceLocation>()
        for component in components {
            for key in Usage.Key.allCases {
                guard let line = component.usage.sources[key], seen.insert(line).inserted else { continue }
                let value = component.usage.text(key) ?? "null"
                if let lock = policy.lockedFacts[key] {
                    diagnostics.append(
                        Diagnostic(
                            id: "manifest.fact-locked",
                            message:
                                "the policy locks '\(key.rawValue)' (\(lock.fileAndLine)); check ignores this value and fails with fact-locked",
                            at: line))
                } else if policy.usage.declares(key), policy.usage.isLoosened(key, by: component.usage) {
                    diagnostics.append(
                        Diagnostic(
                            id: "manifest.fact-override", severity: .warning,
                            message:
                                "\(key.rawValue): \(value) is less restrictive than the policy's \(policy.usage.text(key) ?? "null") (\(policy.usage.sources[key]?.fileAndLine ?? policy.file)); check uses the policy's value and reports fact-override",
                            at: line))
                }
            }
        }
        return diagnostics
    }

    /// A model card or SBOM: the diagnostics of check's reader for it, and lineage warnings.
    func lintCardOrSBOM(_ bytes: [UInt8], file: String) -> [Diagnostic] {
        let read = ManifestLoader.read(bytes: bytes, file: file, catalog: catalog)
        return read.diagnostics + Lineage.apply(to: read.components, catalog: catalog).diagnostics
    }

    /// Warnings for a component whose declared license check cannot resolve: none, an invalid expression, or
    /// a license the catalog has no descriptor for. The text is read as check reads it.
    func licenseWarnings(_ component: Component, resolver: ExpressionResolver) -> [Diagnostic] {
        guard let text = component.declaredLicense else {
            return [.undeclaredLicense(component)]
        }
        switch LicenseTree.parse(text, resolver: resolver) {
        case .failure(let error):
            return [.invalidLicense(text, error, at: component.location)]
        case .success(let parsed):
            return parsed.tree.leaves.filter { catalog.descriptor(for: $0) == nil }.map {
                .unresolvedLicense($0, catalog: catalog, at: component.location)
            }
        }
    }

    /// A warning for each component whose name (case-insensitively) is already used in the same list.
    static func duplicateComponents(_ root: Node, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for key in ["models", "datasets", "packages"] {
            guard case .sequence(let items)? = root[key]?.value else { continue }
            var first: [String: Mark] = [:]
            for item in items {
                guard let node = item["name"], let name = node.scalar?.text, !node.isNull else { continue }
                if let earlier = first[name.lowercased()] {
                    diagnostics.append(
                        .duplicateComponent(
                            name, in: key, at: SourceLocation(file: file, mark: node.mark),
                            first: SourceLocation(file: file, mark: earlier)))
                } else {
                    first[name.lowercased()] = node.mark
                }
            }
        }
        return diagnostics
    }
}

extension Diagnostic {
    static func undeclaredLicense(_ component: Component) -> Diagnostic {
        Diagnostic(
            id: "manifest.no-license", severity: .warning,
            message:
                "'\(component.name)' declares no license; check reports it as unknown-license, which is never a pass",
            at: component.location)
    }

    static func invalidLicense(_ text: String, _ error: Diagnostic, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(
            id: "manifest.invalid-license", severity: .warning,
            message:
                "license '\(text)' is not a valid license expression (\(error.message)); check reports it as unknown-license",
            at: location)
    }

    /// A license name in a manifest that the catalog does not know, with the nearest id or alias.
    static func unresolvedLicense(_ name: String, catalog: Catalog, at location: SourceLocation?) -> Diagnostic {
        let listed = SPDXLicenseList.entry(for: name) != nil
        var message =
            listed
            ? "license '\(name)' is on the SPDX list but not in Clearance's catalog, so its terms are not checked; check decides it by the policy's licenses and its category and reports terms-unchecked"
            : "unknown license '\(name)'; check reports it as unknown-license"
        if !listed, let near = catalog.suggestions(for: name, limit: 1).first { message += "; did you mean '\(near)'?" }
        return Diagnostic(id: "manifest.unknown-license", severity: .warning, message: message, at: location)
    }

    static func duplicateComponent(_ name: String, in list: String, at location: SourceLocation, first: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            id: "manifest.duplicate-component", severity: .warning,
            message: "'\(name)' is already listed under \(list); check reports it twice",
            at: location, notes: [Note("first listed here", at: first)])
    }
}
