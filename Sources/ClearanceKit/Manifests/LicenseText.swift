import Foundation

/// How manifest readers turn the license names they find into expression text that resolves later.
///
/// Readers do not resolve licenses; the expression resolver does. They only make sure that what they pass on
/// is a valid expression leaf: a name that already is one (`llama3.1`, `Apache-2.0`, `GPL-2.0+`,
/// `LicenseRef-x`) stays as written; any other name (`Llama 3.1 Community License`, `openrail++`) becomes the
/// catalog id of the license it names, or, when the catalog does not know it, `LicenseRef-` and a sanitized
/// form, so that it stays unknown and fails closed.
enum LicenseText {
    /// The leaf that stands for a member of a license list that asserts no license (a card's `unknown`, a
    /// blank CycloneDX `expression`, an SPDX 3 `NoAssertionLicense` in a set): no catalog resolves it, so the
    /// whole expression stays unknown and fails closed.
    static let noAssertion = "LicenseRef-NOASSERTION"

    /// One license name as an expression leaf, or nil when the name is empty.
    static func leaf(_ name: String, catalog: Catalog) -> String? {
        let name = trim(name)
        guard !name.isEmpty else { return nil }
        if isSimple(name) { return name }
        if let descriptor = catalog.descriptor(for: name) { return leaf(for: descriptor) }
        return licenseRef(name)
    }

    /// The leaf that names `descriptor`: its id when that is a valid SPDX idstring, else its `spdx` id.
    static func leaf(for descriptor: LicenseDescriptor) -> String {
        isIDString(Substring(descriptor.id)) ? descriptor.id : descriptor.spdx
    }

    /// A free-text name as `LicenseRef-<sanitized>`: every run of characters outside `A-Za-z0-9.-` becomes `-`.
    static func licenseRef(_ name: String) -> String {
        var body = Substring(name)
        if body.lowercased().hasPrefix("licenseref-") { body = body.dropFirst("LicenseRef-".count) }
        return "LicenseRef-" + sanitized(body)
    }

    /// `text` with every run of characters outside `A-Za-z0-9.-` replaced by one `-`, trimmed of `-`.
    static func sanitized(_ text: Substring) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if isIDScalar(scalar) {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        return out.isEmpty ? "unnamed" : out
    }

    /// A license field's value, which may be a whole expression or one name.
    ///
    /// A name the catalog resolves as a whole (`Llama 3.1 Community License`) is one leaf; text with an
    /// operator (`AND`, `OR`, `WITH` in any case) or parentheses is kept as an expression; other text is one
    /// name made into a leaf.
    static func expression(_ text: String, catalog: Catalog) -> String? {
        let text = trim(text)
        guard !text.isEmpty else { return nil }
        if isSimple(text) { return text }
        if let descriptor = catalog.descriptor(for: text) { return leaf(for: descriptor) }
        if looksLikeExpression(text) { return text }
        return licenseRef(text)
    }

    /// Several expressions joined with AND, compound ones in parentheses; nil when there are none.
    static func and(_ parts: [String]) -> String? {
        var seen = Set<String>()
        let unique = parts.filter { seen.insert($0.lowercased()).inserted }
        switch unique.count {
        case 0: return nil
        case 1: return unique[0]
        default: return unique.map { isCompound($0) ? "(\($0))" : $0 }.joined(separator: " AND ")
        }
    }

    /// Whether `text` needs parentheses to be one operand.
    static func isCompound(_ text: String) -> Bool {
        if !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return false }
        // A whole parenthesized group, `(a OR b)`, is already one operand.
        guard text.hasPrefix("("), text.hasSuffix(")") else { return true }
        var depth = 0
        for (i, c) in text.enumerated() {
            if c == "(" { depth += 1 }
            if c == ")" {
                depth -= 1
                if depth == 0, i != text.count - 1 { return true }
            }
        }
        return false
    }

    /// The leaves of an expression (its tokens that are not operators or parentheses), as written.
    static func leaves(of expression: String) -> [String] {
        tokens(of: expression).filter { !isOperator($0) && $0 != "(" && $0 != ")" }
    }

    /// The expression split into leaves, operators and parentheses (at ASCII blanks and parentheses).
    static func tokens(of expression: String) -> [String] {
        var result: [String] = []
        var text = expression
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = -1
            for i in 0..<bytes.count {
                let b = bytes[i]
                let blank = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
                let paren = b == 0x28 || b == 0x29
                if blank || paren {
                    if start >= 0 {
                        result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                        start = -1
                    }
                    if paren { result.append(b == 0x28 ? "(" : ")") }
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 {
                result.append(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self))
            }
        }
        return result
    }

    /// `expression` with each leaf replaced by `replace(leaf)` (nil keeps it), spacing normalized.
    static func replacingLeaves(in expression: String, _ replace: (String) -> String?) -> String {
        var out = ""
        for token in tokens(of: expression) {
            let text = token == "(" || token == ")" || isOperator(token) ? token : (replace(token) ?? token)
            if token == ")" || out.isEmpty || out.hasSuffix("(") {
                out += text
            } else {
                out += " " + text
            }
        }
        return out
    }

    static func isOperator(_ token: String) -> Bool {
        switch token.uppercased() {
        case "AND", "OR", "WITH": return true
        default: return false
        }
    }

    static func looksLikeExpression(_ text: String) -> Bool {
        let tokens = tokens(of: text)
        return tokens.contains { isOperator($0) || $0 == "(" }
    }

    /// Whether `text` is one valid simple expression: an idstring (with an optional `+`), a `LicenseRef-`, or
    /// a `DocumentRef-…:LicenseRef-…`.
    static func isSimple(_ text: String) -> Bool {
        var body = Substring(text)
        if let colon = body.firstIndex(of: ":") {
            let document = body[..<colon]
            guard document.hasPrefix("DocumentRef-"), isIDString(document.dropFirst("DocumentRef-".count)) else {
                return false
            }
            body = body[body.index(after: colon)...]
            guard body.hasPrefix("LicenseRef-") else { return false }
        }
        if body.hasSuffix("+"), !body.hasPrefix("LicenseRef-") { body = body.dropLast() }
        return isIDString(body)
    }

    /// `text` without leading and trailing whitespace (Unicode white space, as Foundation's trimming).
    static func trim(_ text: String) -> String {
        let utf8 = text.utf8
        // Fast path: most names have no surrounding blanks.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return text
        }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// `1*(ALPHA / DIGIT / "-" / ".")`.
    static func isIDString(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isIDScalar)
    }

    static func isIDScalar(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a"..."z", "A"..."Z", "0"..."9", "-", ".": return true
        default: return false
        }
    }
}
