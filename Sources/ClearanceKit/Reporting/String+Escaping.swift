import Foundation

extension String {
    /// Text safe in XML 1.0 content and attribute values: `& < > " '` as entities, line breaks and tabs as
    /// character references (so attributes keep them), other characters XML forbids as U+FFFD.
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

    /// Text safe in XML content where line breaks should stay line breaks (JUnit failure bodies).
    var xmlTextEscaped: String {
        xmlEscaped.replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&#9;", with: "\t")
    }

    /// Text on one terminal line: line breaks and tabs become spaces, other control characters (ESC among
    /// them) are shown as `\u{…}` so that no input can move the cursor or change colours.
    var terminalSafe: String {
        if !hasControlCharacter { return self }
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.isControl {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Inline Markdown text in a table cell: Markdown and HTML punctuation backslash-escaped (`|` as `\|`),
    /// `&` as `&amp;`, line breaks as `<br>`, other control characters dropped.
    var markdownEscaped: String {
        var out = ""
        for scalar in replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!", "{", "}":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "&": out += "&amp;"
            case "\n", "\r": out += "<br>"
            case "\t": out += " "
            default:
                if !scalar.isControl { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A Markdown code span holding this text on one line, safe in a table cell (`|` as `\|`); a code span
    /// also keeps GitHub from reading `@name` as a mention.
    var markdownCode: String {
        var text = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": text += " "
            case "|": text += "\\|"
            default: if !scalar.isControl { text.unicodeScalars.append(scalar) }
            }
        }
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

    /// The value of a GitHub workflow command property (`file=`, `title=`): `%`, CR, LF, `:` and `,` encoded.
    var githubPropertyEscaped: String {
        githubDataEscaped.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// The message of a GitHub workflow command: `%`, CR and LF encoded, other control characters shown
    /// as `\u{…}` (the log is a terminal too).
    var githubDataEscaped: String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out += String(scalar).terminalSafe
            }
        }
        return out
    }

    /// A relative path as a URI reference (RFC 3986): each segment percent-encoded, `/` kept; an absolute
    /// path becomes a `file://` URI.
    var uriReference: String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        let encoded = addingPercentEncoding(withAllowedCharacters: allowed) ?? self
        return hasPrefix("/") ? "file://\(encoded)" : encoded
    }
}

extension String {
    /// Whether every character is printable ASCII (space to `~`) and none is in `special`: text that an
    /// escaping function returns unchanged, found without decoding a single scalar.
    fileprivate func isPlainASCII(except special: StaticString) -> Bool {
        let specials = UnsafeBufferPointer(start: special.utf8Start, count: special.utf8CodeUnitCount)
        return utf8.allSatisfy { byte in (0x20...0x7E).contains(byte) && !specials.contains(byte) }
    }
}

extension String {
    /// Whether the text holds a control character (see ``Unicode/Scalar/isControl``), found in its UTF-8
    /// without decoding: a byte below 0x20, 0x7F, or 0xC2 followed by 0x80–0x9F (U+0080–U+009F).
    fileprivate var hasControlCharacter: Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            var afterC2 = false
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F || (afterC2 && byte <= 0x9F) { return true }
                afterC2 = byte == 0xC2
            }
            return false
        }
        // Native strings are contiguous UTF-8: scanning the buffer avoids the view's per-byte bookkeeping.
        return utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(utf8)
    }
}

extension Unicode.Scalar {
    /// Whether this is a control character (general category Cc): U+0000–U+001F and U+007F–U+009F.
    fileprivate var isControl: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// Whether XML 1.0 allows this character in a document.
    fileprivate var isXMLCharacter: Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
