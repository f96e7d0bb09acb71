import ClearanceYAML

/// Parses license expressions and resolves every term against the license catalog.
///
/// A license resolves to a catalog descriptor (SPDX ids case-insensitively, Hugging Face ids, `license_name`
/// slugs, full names and URLs, as the catalog knows them); to "on the SPDX list but not in the catalog"; or to
/// unknown, with suggestions. Nothing is guessed: a suggestion is never a resolution.
public struct ExpressionResolver: Sendable {
    /// How many suggestions an unknown name carries at most.
    public static let suggestionLimit = 3

    public let lookup: any LicenseCatalogLookup
    /// The catalog's names, then the SPDX license ids it lacks: what suggestions are drawn from.
    private let licenseCandidates: [String]
    private let suggestionCache = SuggestionCache()

    public init(lookup: any LicenseCatalogLookup) {
        self.lookup = lookup
        var seen = Set<String>()
        var candidates: [String] = []
        for name in lookup.knownNames + SPDXLicenseList.licenses where seen.insert(name.lowercased()).inserted {
            candidates.append(name)
        }
        licenseCandidates = candidates
    }

    /// Parses `text` and resolves its terms.
    ///
    /// In the lenient reading (the default), a whole text that the catalog knows as a name or URL (`Apache
    /// License 2.0`, `openrail++`) is read as that license, with a warning, when it does not parse or when
    /// reading it as an expression leaves a license unknown.
    /// - Throws: the parse error, with its position.
    public func resolve(_ text: String, strict: Bool = false) throws(ExpressionDiagnostic) -> ResolvedExpression {
        if strict { return resolve(try LicenseExpression.parse(text, strict: true)) }
        do {
            let resolved = resolve(try LicenseExpression.parse(text))
            let unknown = resolved.terms.contains { if case .unknown = $0.license { true } else { false } }
            if unknown, let named = resolveAsName(text) { return named }
            return resolved
        } catch {
            if let named = resolveAsName(text) { return named }
            throw error
        }
    }

    /// Resolves the terms of a parsed expression.
    public func resolve(_ parsed: ParsedExpression) -> ResolvedExpression {
        var text = parsed.text
        return text.withUTF8 { bytes in
            var warnings = parsed.warnings
            let terms = parsed.expression.terms.map { resolve($0, warnings: &warnings, bytes: bytes) }
            var index = 0
            let normalized = parsed.expression.normalized { _ in
                defer { index += 1 }
                return normalizedText(of: terms[index])
            }
            return ResolvedExpression(
                text: parsed.text, expression: parsed.expression, terms: terms, normalized: normalized,
                warnings: Self.sorted(warnings))
        }
    }

    /// How a resolved term is written in the normalized text: SPDX ids as the list spells them (a deprecated id
    /// stays as written: normalizing never changes which license is named), catalog names for the rest.
    public func normalizedText(of resolved: ResolvedTerm) -> String {
        switch (resolved.term.license, resolved.license) {
        case (.listed, _):
            resolved.term.text
        case (_, .catalog(let id)):
            resolved.term.text(license: lookup.canonicalName(for: id))
        default:
            resolved.term.text
        }
    }

    private func resolve(_ term: LicenseTerm, warnings: inout [ExpressionDiagnostic], bytes: UnsafeBufferPointer<UInt8>)
        -> ResolvedTerm
    {
        func warn(_ id: String, _ message: String, _ range: Range<Int>) {
            warnings.append(ExpressionDiagnostic("expression." + id, .warning, message, range: range, in: bytes))
        }
        let name = term.license.text
        var resolved = ResolvedTerm(term: term, license: .unknown(suggestions: []))
        if let id = lookup.catalogID(for: name) {
            resolved.license = .catalog(id)
        }
        if case .listed(let id) = term.license {
            if let listed = SPDXLicenseList.replacements[id] {
                let replacement = SPDXLicenseList.exactReplacement(for: id, orLater: term.orLater) ?? listed
                resolved.deprecatedReplacement = replacement
                let written = term.orLater ? id + "+" : id
                warn(
                    "deprecated-license", "'\(written)' is a deprecated SPDX license id; write \(replacement)",
                    term.licenseRange)
                if case .unknown = resolved.license, let exact = SPDXLicenseList.exactReplacement(for: id),
                    let catalogID = lookup.catalogID(for: exact)
                {
                    resolved.license = .catalog(catalogID)
                }
            }
            if case .unknown = resolved.license {
                resolved.license = .notInCatalog(id)
                warn(
                    "not-in-catalog",
                    "'\(id)' is an SPDX license that the catalog has no terms for; its terms are unknown",
                    term.licenseRange)
            }
        } else if case .unknown = resolved.license {
            // A LicenseRef names a license on purpose: there is nothing to suggest.
            var suggestions: [String] = []
            if case .reference = term.license {} else { suggestions = self.suggestions(for: name) }
            resolved.license = .unknown(suggestions: suggestions)
            warn("unknown-license", "unknown license '\(name)'" + Self.didYouMean(suggestions), term.licenseRange)
        }
        if let exception = term.exception {
            switch exception {
            case .listed(let id):
                resolved.exception = .listed(id)
            case .reference:
                resolved.exception = .reference(exception.text)
            case .unlisted(let id):
                let suggestions = Self.suggestions(for: id, in: SPDXLicenseList.exceptions)
                resolved.exception = .unknown(suggestions: suggestions)
                warn(
                    "unknown-exception", "unknown license exception '\(id)'" + Self.didYouMean(suggestions),
                    term.exceptionRange ?? term.licenseRange)
            }
        }
        return resolved
    }

    /// The whole text as one license name or URL, when the catalog knows it and it is not a single SPDX id.
    private func resolveAsName(_ text: String) -> ResolvedExpression? {
        var text = text
        return text.withUTF8 { bytes -> ResolvedExpression? in
            var start = 0
            var end = bytes.count
            while start < end, ExpressionLexer.isSpace(bytes[start]) { start += 1 }
            while end > start, ExpressionLexer.isSpace(bytes[end - 1]) { end -= 1 }
            let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard !trimmed.isEmpty, !trimmed.allSatisfy(ExpressionLexer.isWord) else { return nil }
            let name = String(decoding: trimmed, as: UTF8.self)
            guard let id = lookup.catalogID(for: name) else { return nil }
            let canonical = lookup.canonicalName(for: id)
            let term = LicenseTerm(license: .name(name), licenseRange: start..<end)
            let warning = ExpressionDiagnostic(
                "expression.read-as-name", .warning,
                "read '\(name)' as the name of a license (\(canonical)), not as an SPDX expression",
                range: start..<end, in: bytes)
            return ResolvedExpression(
                text: String(decoding: bytes, as: UTF8.self), expression: .term(term),
                terms: [ResolvedTerm(term: term, license: .catalog(id))], normalized: canonical, warnings: [warning])
        }
    }

    /// The catalog names and SPDX ids nearest to `name`, remembered (manifests repeat their unknown names).
    private func suggestions(for name: String) -> [String] {
        let key = name.lowercased()
        if let known = suggestionCache.value(for: key) { return known }
        let suggestions = Self.suggestions(for: name, in: licenseCandidates)
        suggestionCache.store(suggestions, for: key)
        return suggestions
    }

    /// The nearest candidates to `name`; none for names shorter than four characters, where every short id
    /// is within the edit distance and the suggestions would be noise.
    static func suggestions(for name: String, in candidates: [String]) -> [String] {
        let length = name.unicodeScalars.count
        guard length >= 4 else { return [] }
        // Only candidates whose length is within the distance Suggestion accepts, or that start with the name
        // (`cc-by-nc` → `cc-by-nc-4.0`), can be suggested.
        let bound = max(2, length / 3)
        let lowered = name.lowercased()
        let near = candidates.filter {
            abs($0.unicodeScalars.count - length) <= bound || $0.lowercased().hasPrefix(lowered)
        }
        return Suggestion.nearest(to: name, in: near, limit: suggestionLimit)
    }

    /// `; did you mean 'a'?`, `; did you mean 'a' or 'b'?`, `; did you mean 'a', 'b' or 'c'?`, or nothing.
    static func didYouMean(_ suggestions: [String]) -> String {
        guard let last = suggestions.last else { return "" }
        let quoted = suggestions.dropLast().map { "'\($0)'" }
        return "; did you mean " + (quoted.isEmpty ? "" : quoted.joined(separator: ", ") + " or ") + "'\(last)'?"
    }

    private static func sorted(_ warnings: [ExpressionDiagnostic]) -> [ExpressionDiagnostic] {
        warnings.enumerated().sorted {
            ($0.element.utf8Range.lowerBound, $0.offset) < ($1.element.utf8Range.lowerBound, $1.offset)
        }
        .map(\.element)
    }
}
