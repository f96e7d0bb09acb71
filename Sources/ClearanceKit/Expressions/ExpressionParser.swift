/// Parses SPDX license expressions from UTF-8 bytes by recursive descent; precedence `+` > `WITH` > `AND` > `OR`.
///
/// The grammar is SPDX 2.3 annex D with SPDX 3.0's additions (all-lowercase operators, `AdditionRef-` after
/// `WITH`). The lenient reading (the default) also accepts mixed-case operators, spaces around the `:` of a
/// `DocumentRef-`, and ids that are not on the SPDX list, recording a warning for the first two. The strict
/// reading makes each of these an error. See <doc:LicenseExpressions>.
struct ExpressionParser {
    /// The deepest parenthesis nesting read; deeper is an error, so no input can exhaust the stack.
    static let maximumDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private let strict: Bool
    private var lexer: ExpressionLexer
    private var token: ExpressionToken
    private var depth = 0
    /// What the last complete operand ended with, for the message when something cannot follow it.
    private var lastOperandEnd = OperandEnd.license
    private(set) var warnings: [ExpressionDiagnostic] = []

    private enum OperandEnd { case license, plus, exception, parenthesis }

    enum Operator: String {
        case and = "AND"
        case or = "OR"
        case with = "WITH"
    }

    /// Parses `text`; the one entry point.
    static func parse(_ text: String, strict: Bool) throws(ExpressionDiagnostic) -> ParsedExpression {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(ExpressionDiagnostic) -> (LicenseExpression, [ExpressionDiagnostic]) in
                var parser = ExpressionParser(bytes, strict: strict)
                let expression = try parser.parseAll()
                return (expression, parser.warnings)
            }
        }
        let (expression, warnings) = try result.get()
        return ParsedExpression(text: text, expression: expression, warnings: warnings, strict: strict)
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>, strict: Bool) {
        self.bytes = bytes
        self.strict = strict
        lexer = ExpressionLexer(bytes)
        token = lexer.next()
    }

    // MARK: Grammar

    private mutating func parseAll() throws(ExpressionDiagnostic) -> LicenseExpression {
        if token.kind == .end { throw empty() }
        if token.kind == .word, let special = specialValue(token) {
            var probe = lexer
            if probe.next().kind == .end { return special == "NONE" ? .noLicense : .noAssertion }
        }
        let expression = try parseOr(after: nil)
        guard token.kind == .end else { throw unexpectedAfterOperand() }
        return expression
    }

    private mutating func parseOr(after: ExpressionToken?) throws(ExpressionDiagnostic) -> LicenseExpression {
        let first = try parseAnd(after: after)
        guard peekOperator() == .or else { return first }
        var operands = [first]
        while peekOperator() == .or {
            let op = token
            try consumeOperator()
            operands.append(try parseAnd(after: op))
        }
        return .or(Self.flatten(operands) { if case .or(let inner) = $0 { inner } else { nil } })
    }

    private mutating func parseAnd(after: ExpressionToken?) throws(ExpressionDiagnostic) -> LicenseExpression {
        let first = try parsePrimary(after: after)
        guard peekOperator() == .and else { return first }
        var operands = [first]
        while peekOperator() == .and {
            let op = token
            try consumeOperator()
            operands.append(try parsePrimary(after: op))
        }
        return .and(Self.flatten(operands) { if case .and(let inner) = $0 { inner } else { nil } })
    }

    /// A parenthesised expression or a term; `after` is the token before it (`(` or an operator), nil at the start.
    private mutating func parsePrimary(after: ExpressionToken?) throws(ExpressionDiagnostic) -> LicenseExpression {
        switch token.kind {
        case .open:
            let open = token
            depth += 1
            if depth > Self.maximumDepth { throw tooDeep(open) }
            advance()
            let inner = try parseOr(after: open)
            guard token.kind == .close else {
                if token.kind == .end { throw unclosed(open) }
                throw unexpectedAfterOperand()
            }
            advance()
            depth -= 1
            lastOperandEnd = .parenthesis
            if token.kind == .plus { throw plusNotAllowed(token, "'+' cannot follow a parenthesised expression") }
            if peekOperator() == .with { throw withAfterParenthesis(token) }
            return inner
        case .word:
            if Self.operatorWord(token, in: bytes) != nil { throw missingLicense(after: after) }
            return .term(try parseTerm())
        case .close, .end:
            if after == nil, token.kind == .close { throw unopened(token) }
            throw missingLicense(after: after)
        case .plus:
            throw plusNotAllowed(token, "'+' must directly follow a license id")
        case .colon:
            throw unexpectedColon(token)
        case .invalid:
            throw invalidCharacter(token)
        }
    }

    /// A license (id, `LicenseRef-`, `DocumentRef-…:LicenseRef-`), an optional `+`, an optional `WITH` exception.
    private mutating func parseTerm() throws(ExpressionDiagnostic) -> LicenseTerm {
        let word = token
        if specialValue(word) != nil { throw specialValueInExpression(word) }
        let license: LicenseTerm.License
        var end = word.end
        if let document = suffix(of: word, after: "DocumentRef-") {
            let (ref, refToken) = try parseDocumentReference(document: document, word: word, exception: false)
            license = .reference(document: document, id: ref)
            end = refToken.end
        } else if let ref = suffix(of: word, after: "LicenseRef-") {
            if ref.isEmpty { throw emptyReference(word, "LicenseRef-") }
            license = .reference(document: nil, id: ref)
        } else if suffix(of: word, after: "AdditionRef-") != nil {
            throw exceptionAsLicense(word, "'\(text(word))' is an exception reference; it can only follow WITH")
        } else if let entry = SPDXLicenseList.index[SPDXLicenseList.lowercasedASCII(slice(word))] {
            if entry.kind == .exception {
                throw exceptionAsLicense(word, "'\(text(word))' is a license exception; it can only follow WITH")
            }
            license = .listed(entry.id)
        } else {
            if strict { throw unlistedLicense(word) }
            license = .unlisted(text(word))
        }
        advance()
        lastOperandEnd = .license

        var orLater = false
        if token.kind == .plus {
            if token.spaceBefore { throw separatedPlus(token) }
            switch license {
            case .listed:
                orLater = true
                end = token.end
                advance()
                lastOperandEnd = .plus
            case .reference:
                throw plusNotAllowed(token, "'+' can follow only an SPDX-listed license id, not a LicenseRef")
            case .unlisted(let id), .name(let id):
                throw plusNotAllowed(
                    token, "'+' can follow only an SPDX-listed license id; '\(id)' is not on the SPDX license list")
            }
        }

        var exception: LicenseTerm.Exception?
        var exceptionRange: Range<Int>?
        if peekOperator() == .with {
            let with = token
            try consumeOperator()
            (exception, exceptionRange) = try parseException(after: with)
            lastOperandEnd = .exception
        }
        return LicenseTerm(
            license: license, orLater: orLater, exception: exception, licenseRange: word.start..<end,
            exceptionRange: exceptionRange)
    }

    /// The exception after `WITH`: a listed exception id, `AdditionRef-…`, `DocumentRef-…:AdditionRef-…`.
    private mutating func parseException(after with: ExpressionToken) throws(ExpressionDiagnostic)
        -> (LicenseTerm.Exception, Range<Int>)
    {
        let word = token
        switch token.kind {
        case .word:
            if Self.operatorWord(word, in: bytes) != nil { throw missingException(after: with) }
        case .end, .close:
            throw missingException(after: with)
        case .invalid:
            throw invalidCharacter(word)
        case .open, .plus, .colon:
            throw unexpected(word, "expected a license exception after '\(text(with))', found '\(text(word))'")
        }
        if specialValue(word) != nil { throw specialValueInExpression(word) }
        let exception: LicenseTerm.Exception
        var end = word.end
        if let document = suffix(of: word, after: "DocumentRef-") {
            let (ref, refToken) = try parseDocumentReference(document: document, word: word, exception: true)
            exception = .reference(document: document, id: ref)
            end = refToken.end
        } else if let ref = suffix(of: word, after: "AdditionRef-") {
            if ref.isEmpty { throw emptyReference(word, "AdditionRef-") }
            exception = .reference(document: nil, id: ref)
        } else if suffix(of: word, after: "LicenseRef-") != nil {
            throw licenseAsException(
                word,
                "'\(text(word))' is a license, not a license exception; a custom exception is written AdditionRef-…")
        } else if let entry = SPDXLicenseList.index[SPDXLicenseList.lowercasedASCII(slice(word))] {
            if entry.kind != .exception {
                throw licenseAsException(word, "'\(text(word))' is a license, not a license exception")
            }
            exception = .listed(entry.id)
        } else {
            if strict { throw unlistedException(word) }
            exception = .unlisted(text(word))
        }
        advance()
        if token.kind == .plus { throw plusNotAllowed(token, "'+' cannot follow a license exception") }
        return (exception, word.start..<end)
    }

    /// After `DocumentRef-document` (the current token): `:` and `LicenseRef-…` (or `AdditionRef-…` for an
    /// exception). Returns the id after the prefix and the token that holds it (still current).
    private mutating func parseDocumentReference(document: String, word: ExpressionToken, exception: Bool)
        throws(ExpressionDiagnostic) -> (String, ExpressionToken)
    {
        let prefix: StaticString = exception ? "AdditionRef-" : "LicenseRef-"
        let other: StaticString = exception ? "LicenseRef-" : "AdditionRef-"
        if document.isEmpty { throw emptyReference(word, "DocumentRef-") }
        advance()
        guard token.kind == .colon else {
            throw invalidReference(token, "'\(text(word))' must be followed by ':\(prefix)…'")
        }
        let spaced = token.spaceBefore
        advance()
        if spaced || (token.spaceBefore && token.kind != .end) { try spaceInReference(word.end..<token.start) }
        guard token.kind == .word, let ref = suffix(of: token, after: prefix) else {
            if token.kind == .word, suffix(of: token, after: other) != nil {
                throw !exception
                    ? exceptionAsLicense(token, "'\(text(token))' is an exception reference; it can only follow WITH")
                    : licenseAsException(token, "'\(text(token))' is a license, not a license exception")
            }
            throw invalidReference(token, "expected '\(prefix)…' after '\(text(word)):'")
        }
        if ref.isEmpty { throw emptyReference(token, "\(prefix)") }
        return (ref, token)
    }

    // MARK: Tokens

    private mutating func advance() {
        token = lexer.next()
    }

    /// The operator the current token spells, in any case, without consuming it.
    private func peekOperator() -> Operator? {
        token.kind == .word ? Self.operatorWord(token, in: bytes) : nil
    }

    /// Consumes the current operator token: uppercase and all-lowercase are SPDX; mixed case is a warning
    /// (lenient) or an error (strict).
    private mutating func consumeOperator() throws(ExpressionDiagnostic) {
        var upper = true
        var lower = true
        for byte in bytes[token.range] {
            if byte >= 0x61 { upper = false } else { lower = false }
        }
        if !upper && !lower {
            let op = Self.operatorWord(token, in: bytes)?.rawValue ?? text(token).uppercased()
            let message =
                "'\(text(token))' mixes upper and lower case; SPDX operators are written \(op) or \(op.lowercased())"
            if strict {
                throw ExpressionDiagnostic("expression.operator-case", .error, message, range: token.range, in: bytes)
            }
            warnings.append(
                ExpressionDiagnostic("expression.operator-case", .warning, message, range: token.range, in: bytes))
        }
        advance()
    }

    /// `AND`, `OR` or `WITH` in any case.
    static func operatorWord(_ token: ExpressionToken, in bytes: UnsafeBufferPointer<UInt8>) -> Operator? {
        let count = token.end - token.start
        guard count >= 2, count <= 4 else { return nil }
        func lower(_ i: Int) -> UInt8 { bytes[token.start + i] | 0x20 }
        switch count {
        case 2: return lower(0) == 0x6F && lower(1) == 0x72 ? .or : nil
        case 3: return lower(0) == 0x61 && lower(1) == 0x6E && lower(2) == 0x64 ? .and : nil
        default: return lower(0) == 0x77 && lower(1) == 0x69 && lower(2) == 0x74 && lower(3) == 0x68 ? .with : nil
        }
    }

    /// `NONE` or `NOASSERTION` (uppercase, as SPDX writes them), or nil.
    private func specialValue(_ token: ExpressionToken) -> String? {
        let count = token.end - token.start
        guard count == 4 || count == 11 else { return nil }
        let word = text(token)
        return word == "NONE" || word == "NOASSERTION" ? word : nil
    }

    /// The rest of the token after `prefix` (matched case-insensitively), or nil when it does not start so.
    private func suffix(of token: ExpressionToken, after prefix: StaticString) -> String? {
        let count = prefix.utf8CodeUnitCount
        guard token.end - token.start >= count else { return nil }
        let p = prefix.utf8Start
        for i in 0..<count where bytes[token.start + i] | 0x20 != p[i] | 0x20 { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(token.start + count)..<token.end]), as: UTF8.self)
    }

    private func slice(_ token: ExpressionToken) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[token.range])
    }

    private func text(_ token: ExpressionToken) -> String {
        String(decoding: slice(token), as: UTF8.self)
    }

    private static func flatten(_ operands: [LicenseExpression], _ inner: (LicenseExpression) -> [LicenseExpression]?)
        -> [LicenseExpression]
    {
        var result: [LicenseExpression] = []
        result.reserveCapacity(operands.count)
        for operand in operands {
            if let nested = inner(operand) { result += nested } else { result.append(operand) }
        }
        return result
    }

    // MARK: Diagnostics

    private func error(_ id: String, _ message: String, _ range: Range<Int>) -> ExpressionDiagnostic {
        ExpressionDiagnostic("expression." + id, .error, message, range: range, in: bytes)
    }

    /// How a token is named in a message: `'AND'`, or "the end of the expression".
    private func describe(_ token: ExpressionToken) -> String {
        token.kind == .end ? "the end of the expression" : "'\(text(token))'"
    }

    private func empty() -> ExpressionDiagnostic {
        error("empty", "the license expression is empty", 0..<bytes.count)
    }

    private func missingLicense(after: ExpressionToken?) -> ExpressionDiagnostic {
        if let after, after.kind == .open, token.kind == .close {
            return error("empty-parentheses", "expected a license inside the parentheses", token.range)
        }
        let message =
            if let after { "expected a license after '\(text(after))', found \(describe(token))" } else {
                "expected a license, found \(describe(token))"
            }
        return error("dangling-operator", message, token.range)
    }

    private func missingException(after with: ExpressionToken) -> ExpressionDiagnostic {
        error(
            "dangling-operator", "expected a license exception after '\(text(with))', found \(describe(token))",
            token.range)
    }

    private func unclosed(_ open: ExpressionToken) -> ExpressionDiagnostic {
        error("unbalanced-parenthesis", "'(' is never closed", open.range)
    }

    private func unopened(_ close: ExpressionToken) -> ExpressionDiagnostic {
        error("unbalanced-parenthesis", "')' has no matching '('", close.range)
    }

    private func tooDeep(_ open: ExpressionToken) -> ExpressionDiagnostic {
        error("too-deep", "parentheses are nested deeper than \(Self.maximumDepth) levels", open.range)
    }

    /// The current token cannot follow a complete operand (we expected AND, OR, `)` or the end).
    private func unexpectedAfterOperand() -> ExpressionDiagnostic {
        switch token.kind {
        case .close:
            return unopened(token)
        case .word:
            if Self.operatorWord(token, in: bytes) == .with {
                return lastOperandEnd == .parenthesis
                    ? withAfterParenthesis(token)
                    : unexpected(token, "a license can have only one WITH exception")
            }
            return error("missing-operator", "expected AND or OR before '\(text(token))'", token.range)
        case .open:
            return error("missing-operator", "expected AND or OR before '('", token.range)
        case .plus:
            switch lastOperandEnd {
            case .plus: return plusNotAllowed(token, "'+' can appear only once, directly after a license id")
            case .exception: return plusNotAllowed(token, "'+' cannot follow a license exception")
            case .parenthesis: return plusNotAllowed(token, "'+' cannot follow a parenthesised expression")
            case .license: return separatedPlus(token)
            }
        case .colon:
            return unexpectedColon(token)
        case .invalid:
            return invalidCharacter(token)
        case .end:
            return unexpected(token, "unexpected end of the expression")
        }
    }

    private func unexpected(_ token: ExpressionToken, _ message: String) -> ExpressionDiagnostic {
        error("unexpected-token", message, token.range)
    }

    private func unexpectedColon(_ token: ExpressionToken) -> ExpressionDiagnostic {
        error("unexpected-token", "':' can only join DocumentRef-… to LicenseRef-… or AdditionRef-…", token.range)
    }

    private func withAfterParenthesis(_ with: ExpressionToken) -> ExpressionDiagnostic {
        error(
            "with-after-parenthesis",
            "'\(text(with))' must follow a single license, not a parenthesised expression", with.range)
    }

    private func plusNotAllowed(_ plus: ExpressionToken, _ message: String) -> ExpressionDiagnostic {
        error("plus-not-allowed", message, plus.range)
    }

    private func separatedPlus(_ plus: ExpressionToken) -> ExpressionDiagnostic {
        error("separated-plus", "'+' must directly follow the license id, without a space", plus.range)
    }

    private func licenseAsException(_ word: ExpressionToken, _ message: String) -> ExpressionDiagnostic {
        error("license-as-exception", message, word.range)
    }

    private func exceptionAsLicense(_ word: ExpressionToken, _ message: String) -> ExpressionDiagnostic {
        error("exception-as-license", message, word.range)
    }

    private func unlistedLicense(_ word: ExpressionToken) -> ExpressionDiagnostic {
        error(
            "unlisted-license",
            "'\(text(word))' is not on the SPDX license list; a license that is not on it is written LicenseRef-…",
            word.range)
    }

    private func unlistedException(_ word: ExpressionToken) -> ExpressionDiagnostic {
        error(
            "unlisted-exception",
            "'\(text(word))' is not on the SPDX exception list; an exception that is not on it is written AdditionRef-…",
            word.range)
    }

    private func specialValueInExpression(_ word: ExpressionToken) -> ExpressionDiagnostic {
        error(
            "special-value", "'\(text(word))' stands for a whole license field and cannot be part of an expression",
            word.range)
    }

    private func emptyReference(_ word: ExpressionToken, _ prefix: String) -> ExpressionDiagnostic {
        error("invalid-reference", "'\(prefix)' must be followed by an id", word.range)
    }

    private func invalidReference(_ token: ExpressionToken, _ message: String) -> ExpressionDiagnostic {
        error("invalid-reference", message, token.range)
    }

    /// Spaces around the `:` of a document reference: a warning, or an error in strict mode.
    private mutating func spaceInReference(_ range: Range<Int>) throws(ExpressionDiagnostic) {
        let message = "a document reference is written without spaces around ':'"
        if strict { throw error("space-in-reference", message, range) }
        warnings.append(
            ExpressionDiagnostic("expression.space-in-reference", .warning, message, range: range, in: bytes))
    }

    private func invalidCharacter(_ token: ExpressionToken) -> ExpressionDiagnostic {
        let character = text(token)
        let message =
            switch character {
            case "/": "'/' is not an SPDX operator: write OR when any one license may be chosen, AND when all apply"
            case ",", ";": "'\(character)' is not an SPDX operator: write AND or OR between licenses"
            case "&": "'&' is not an SPDX operator: write AND"
            case "|": "'|' is not an SPDX operator: write OR"
            default:
                if let scalar = character.unicodeScalars.first,
                    !scalar.isASCII || scalar.value < 0x20 || scalar.value == 0x7F
                {
                    "unexpected character U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)); "
                        + "ids use letters, digits, '-' and '.'"
                } else {
                    "unexpected character '\(character)'; ids use letters, digits, '-' and '.'"
                }
            }
        return error("invalid-character", message, token.range)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
