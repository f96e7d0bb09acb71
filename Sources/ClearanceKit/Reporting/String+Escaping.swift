import Foundation

// One escaping function per output context. Text from an input (a name, a license, a message that quotes a
// file, a path found in a directory) goes through the one for where it is written, so that nothing in it can
// act on a terminal, a CI runner or the program that reads the output:
//
// - a control character (C0, DEL, C1) is shown as `\u{…}` (or as the context's own escape), so no escape
//   sequence, BEL or NUL reaches a terminal, and no NEL, VT or FF breaks a line;
// - a bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph
//   separators (U+2028, U+2029) are shown the same way, so that text cannot be reordered or split on screen;
// - a line break never starts a new line where a program reads lines (terminal text, CSV, JUnit, GitHub
//   commands, NOTICE);
// - GitHub's runner reads workflow commands from both output streams: a line that starts with `::` after
//   leading white space, and `##[` anywhere in a line. Input text that starts with `::` (after white space)
//   has its first colon escaped, and `##[` has its bracket escaped, wherever the text lands.

extension String {
    /// Text on one terminal line (text report, diagnostics, NOTICE, `explain`): line breaks and tabs become
    /// spaces; other control characters, bidirectional controls and U+2028/U+2029 are shown as `\u{…}`; a
    /// leading `::` and any `##[` are defused (see the comment at the top of this file).
    public var terminalSafe: String {
        if isInertOnOneLine { return self }
        return escapedForOneLine { scalar in
            switch scalar {
            case "\n", "\r", "\t": " "
            default: nil
            }
        }
    }

    /// Appends the UTF-8 of ``terminalSafe`` to `out`, without making a string of text that needs no escape.
    func appendTerminalSafe(to out: inout [UInt8]) {
        // Most text is printable ASCII with no `#` and no leading `:` or space: appended as it is, read once.
        let appended = utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.first != UInt8(ascii: ":"), bytes.first != UInt8(ascii: " "),
                bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "#") })
            else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if appended == true { return }
        out.append(contentsOf: isInertOnOneLine ? utf8 : terminalSafe.utf8)
    }

    /// A source line and the lead that puts a caret under `column` (counted in Unicode scalars, 1-based),
    /// both terminal-safe: tabs stay tabs (in the line and the lead), every other scalar is escaped as in
    /// ``terminalSafe``, and the lead is as wide as the escaped text before the column.
    public func terminalSafeExcerpt(caretColumn column: Int) -> (line: String, lead: String) {
        let pieces = escapedPieces { $0 == "\t" ? "\t" : $0 == "\n" || $0 == "\r" ? " " : nil }
        let before = pieces.prefix(max(0, column - 1))
        let lead = before.map { piece in
            piece == "\t" ? "\t" : String(repeating: " ", count: piece.unicodeScalars.count)
        }
        return (pieces.joined(), lead.joined())
    }

    /// Text safe in XML 1.0 content and attribute values, on one line (JUnit): as ``terminalSafe``, then
    /// `& < > " '` as entities and characters XML forbids as U+FFFD.
    var xmlLineEscaped: String {
        terminalSafe.xmlEscaped
    }

    /// Text safe in HTML content and attribute values: as ``xmlLineEscaped`` (a line break in HTML text is
    /// white space, so it becomes a space).
    var htmlEscaped: String {
        xmlLineEscaped
    }

    /// Text safe in XML 1.0 content and attribute values: `& < > " '` as entities, line breaks and tabs as
    /// character references (so attributes keep them), other characters XML forbids as U+FFFD. Does not
    /// neutralize input by itself: use ``xmlLineEscaped`` for text from an input.
    var xmlEscaped: String {
        if isPlainASCII(except: "&<>\"'") { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                out.unicodeScalars.append(scalar.isXMLCharacter ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Inline Markdown text in a table cell: as ``terminalSafe`` per line, line breaks as `<br>`; Markdown
    /// and HTML punctuation backslash-escaped (`|` as `\|`), `&` as `&amp;`; and every word that GitHub would
    /// turn into a mention, a link or an e-mail link (it holds `@`, `://` or starts with `www.`) as a code
    /// span, which GitHub neither links nor notifies.
    var markdownEscaped: String {
        var lines: [String] = []
        for line in replacingOccurrences(of: "\r\n", with: "\n").split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
        {
            let words = String(line).terminalSafe.split(separator: " ", omittingEmptySubsequences: false)
            lines.append(words.map { Self.markdownWord(String($0)) }.joined(separator: " "))
        }
        return lines.joined(separator: "<br>")
    }

    /// One word of ``markdownEscaped``.
    private static func markdownWord(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.contains("@") || lower.contains("://") || lower.hasPrefix("www.") { return word.markdownCode }
        var out = ""
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!", "{", "}":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A Markdown code span holding this text on one line (as ``terminalSafe``), safe in a table cell (`|` as
    /// `\|`); a code span also keeps GitHub from reading `@name` as a mention or a URL as a link.
    var markdownCode: String {
        let text = terminalSafe.replacingOccurrences(of: "|", with: "\\|")
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = Swift.max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") || text.hasPrefix(" ") && text.hasSuffix(" ") ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// The value of a GitHub workflow command property (`file=`, `title=`): `%`, CR, LF, `:` and `,` encoded,
    /// the rest as in ``githubDataEscaped``.
    var githubPropertyEscaped: String {
        githubDataEscaped.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// The message of a GitHub workflow command: `%`, CR and LF encoded (GitHub decodes them), tabs as spaces,
    /// the rest as in ``terminalSafe`` (the log is a terminal too).
    var githubDataEscaped: String {
        let special: (Unicode.Scalar) -> String? = { scalar in
            switch scalar {
            case "%": "%25"
            case "\r": "%0D"
            case "\n": "%0A"
            case "\t": " "
            default: nil
            }
        }
        // `%` is printable, so text the other escapes leave alone may still hold one.
        if utf8.contains(UInt8(ascii: "%")) { return escapedPieces(special).joined() }
        return escapedForOneLine(special)
    }

    /// One CSV field (RFC 4180) from input text: on one line as ``terminalSafe``; `'` before a leading `=`,
    /// `+`, `-` or `@` (a spreadsheet would run it as a formula); quoted when it holds `,` or `"`, or starts
    /// with a space.
    var csvField: String {
        var value = terminalSafe
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) {
            value = "'" + value
        }
        // Bytes, not characters: every field of every record is looked at.
        let needsQuotes =
            value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }
            || value.utf8.first == UInt8(ascii: " ")
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// A relative path as a URI reference (RFC 3986): each segment percent-encoded, `/` kept; an absolute
    /// path becomes a `file://` URI.
    var uriReference: String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        let encoded = addingPercentEncoding(withAllowedCharacters: allowed) ?? self
        return hasPrefix("/") ? "file://\(encoded)" : encoded
    }

    /// Encoded JSON text (as `JSONEncoder` or `JSONSerialization` writes it) with what JSON may leave raw in a
    /// string escaped the JSON way: DEL, C1 controls, bidirectional controls and U+2028/U+2029 as `\uXXXX`,
    /// and the `[` of `##[` as `\u005b`. The value the JSON denotes does not change.
    public var jsonSafe: String {
        if !hasScalarToEscape(countingASCIIControls: false) { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        var hashes = 0
        for scalar in unicodeScalars {
            if scalar.isInvisibleNonASCIIControl || scalar == "[" && hashes >= 2 {
                out += "\\u" + String(format: "%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
            hashes = scalar == "#" ? hashes + 1 : 0
        }
        return out
    }
}

extension String {
    /// The text with `special`'s replacements, and otherwise neutralized for one line (see the top of the
    /// file).
    private func escapedForOneLine(_ special: (Unicode.Scalar) -> String?) -> String {
        if isInertOnOneLine { return self }
        return escapedPieces(special).joined()
    }

    /// What each scalar becomes: `special`'s replacement when it has one; `\u{…}` for a control, a bidi
    /// control or a line or paragraph separator; `\u{3A}` for the first colon of a leading `::` (after white
    /// space); `\u{5B}` for the bracket of `##[`; otherwise the scalar itself.
    fileprivate func escapedPieces(_ special: (Unicode.Scalar) -> String?) -> [String] {
        let scalars = Array(unicodeScalars)
        var pieces: [String] = []
        pieces.reserveCapacity(scalars.count)
        var leading = true
        var hashes = 0
        for (index, scalar) in scalars.enumerated() {
            defer { hashes = scalar == "#" ? hashes + 1 : 0 }
            if leading, scalar == ":", index + 1 < scalars.count, scalars[index + 1] == ":" {
                pieces.append(scalar.visiblyEscaped)
                leading = false
                continue
            }
            if !scalar.properties.isWhitespace { leading = false }
            if let replacement = special(scalar) {
                pieces.append(replacement)
            } else if scalar.needsEscapeOnALine || scalar == "[" && hashes >= 2 {
                pieces.append(scalar.visiblyEscaped)
            } else {
                pieces.append(String(scalar))
            }
        }
        return pieces
    }

    /// Whether no escaping function changes this text, found in its UTF-8 without decoding: only printable
    /// ASCII and multi-byte characters other than C1 controls, bidi controls and U+2028/U+2029; no `##[`;
    /// and after the leading spaces, neither `::` nor a multi-byte character (which may be white space).
    fileprivate var isInertOnOneLine: Bool {
        if hasScalarToEscape(countingASCIIControls: true) { return false }
        // With no control character, the only ASCII white space is the space.
        guard let start = utf8.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return true }
        let first = utf8[start]
        if first >= 0x80 { return false }
        return first != UInt8(ascii: ":") || utf8[utf8.index(after: start)...].first != UInt8(ascii: ":")
    }

    /// Whether the text holds `##[`, DEL, a C1 control, a bidi control or U+2028/U+2029 (and, when
    /// `countingASCIIControls`, a C0 control), found in its UTF-8 without decoding.
    fileprivate func hasScalarToEscape(countingASCIIControls: Bool) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 && countingASCIIControls || byte == 0x7F { return true }
                if byte == UInt8(ascii: "#"), index + 2 < count, bytes[index + 1] == byte,
                    bytes[index + 2] == UInt8(ascii: "[")
                {
                    return true
                }
                if byte >= 0xC2 {
                    let next = index + 1 < count ? bytes[index + 1] : 0
                    let third = index + 2 < count ? bytes[index + 2] : 0
                    switch (byte, next) {
                    case (0xC2, 0x80...0x9F): return true  // C1
                    case (0xD8, 0x9C): return true  // U+061C
                    case (0xE2, 0x80) where (0x8E...0x8F).contains(third) || (0xA8...0xAE).contains(third):
                        return true  // U+200E, U+200F, U+2028–U+202E
                    case (0xE2, 0x81) where (0xA6...0xA9).contains(third): return true  // U+2066–U+2069
                    default: break
                    }
                }
                index += 1
            }
            return false
        }
        if let result = utf8.withContiguousStorageIfAvailable(scan) { return result }
        return Array(utf8).withUnsafeBufferPointer(scan)
    }

    /// Whether every character is printable ASCII (space to `~`) and none is in `special`: text that an
    /// escaping function returns unchanged, found without decoding a single scalar.
    fileprivate func isPlainASCII(except special: StaticString) -> Bool {
        let specials = UnsafeBufferPointer(start: special.utf8Start, count: special.utf8CodeUnitCount)
        return utf8.allSatisfy { byte in (0x20...0x7E).contains(byte) && !specials.contains(byte) }
    }
}

extension Unicode.Scalar {
    /// Whether this scalar is escaped wherever input text is written: a control character (general category
    /// Cc: U+0000–U+001F, U+007F–U+009F), a bidirectional control, or U+2028/U+2029.
    fileprivate var needsEscapeOnALine: Bool {
        value < 0x20 || isInvisibleNonASCIIControl
    }

    /// Whether this is DEL, a C1 control, a bidirectional control or U+2028/U+2029: what JSON leaves raw.
    fileprivate var isInvisibleNonASCIIControl: Bool {
        (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || (value >= 0x61C && properties.isBidiControl)
    }

    /// `\u{1B}`: the scalar's value in hex, as Swift writes it.
    fileprivate var visiblyEscaped: String {
        "\\u{\(String(value, radix: 16, uppercase: true))}"
    }

    /// Whether XML 1.0 allows this character in a document.
    fileprivate var isXMLCharacter: Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
