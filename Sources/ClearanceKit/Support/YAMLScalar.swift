import ClearanceYAML

/// Writes strings as YAML scalars, for the YAML that Clearance writes (`policy show`, `init`).
enum YAMLScalar {
    /// `text` as a YAML scalar: plain when it reads back as the same string, else double-quoted.
    static func text(_ text: String) -> String {
        let plainSafe = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-._/+@ ()".unicodeScalars.contains($0)
        }
        let reserved = ["", "true", "false", "null", "~", "yes", "no", "on", "off"]
        let first = text.unicodeScalars.first
        if plainSafe, !reserved.contains(text.lowercased()),
            first.map({ !"-. @".unicodeScalars.contains($0) }) ?? false,
            text.last != " ", Int(text.filter { $0 != "_" }) == nil, CalendarDate(text) == nil
        {
            return text
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension String {
    /// This string with zeros before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
