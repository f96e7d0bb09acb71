/// Turns a license text into the sequence of words that matching compares, following the SPDX matching
/// guidelines in the form written once in the LicenseIdentification article ("Normalization").
///
/// `Scripts/generate-fingerprints.py` implements the same rules; the fingerprint tests check that both give the
/// same words for every source text. In short, line by line (lines end at CRLF, CR or LF; a leading byte-order
/// mark is dropped):
/// 1. every character is lowercased (its full Unicode lowercase mapping, one character at a time);
/// 2. SPDX template markup `<<…>>` is removed;
/// 3. a copyright line is dropped whole: after leading markup (`#*>-_+|•·`, spaces, tabs) it starts with `©`,
///    `(c)` and a digit (after spaces or tabs), or `copyright` followed (after spaces, tabs or colons) by `©`,
///    `(c)`, a digit, `[`, `<` or `{`;
/// 4. list markers at the start of the line are dropped (`1.`, `2.1`, `(a)`, `b)`, `iv.`, `3.a.`; not `i.e.`
///    or `e.g.`), as are enumerators in parentheses anywhere (`(a)`, `(12)`, `(iv)`);
/// 5. words are the maximal runs of letters, marks and decimal digits (Unicode categories L, M, Nd); all
///    else (punctuation, quotes, dashes, bullets, markup, spaces) only separates words;
/// 6. a few spellings count as one (`licence` as `license`, `https` as `http`, …: ``equivalents``).
public enum LicenseNormalizer {
    /// Spellings that the SPDX guidelines treat as the same word.
    public static let equivalents: [String: String] = [
        "licence": "license", "licences": "licenses", "licenced": "licensed", "licencing": "licensing",
        "acknowledgement": "acknowledgment", "acknowledgements": "acknowledgments",
        "organisation": "organization", "organisations": "organizations", "https": "http",
    ]

    /// Characters skipped at the start of a line before a copyright notice or a list marker.
    static func isLeadingMarkup(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case " ", "\t", "#", "*", ">", "-", "_", "+", "|", "\u{2022}", "\u{B7}": true
        default: false
        }
    }

    /// The hashes of the keys of ``equivalents``: a word is looked up only when its hash is one of these.
    static let equivalentHashes = Set(equivalents.keys.map(hash))

    /// The normalized words of a text given as bytes (invalid UTF-8 reads as U+FFFD, which separates words).
    ///
    /// Lines are split on the bytes (CR and LF are never part of a longer UTF-8 sequence); a line of ASCII
    /// is widened byte by byte, any other line decoded.
    public static func normalize(_ bytes: [UInt8]) -> NormalizedText {
        var text = NormalizedText()
        text.reserveCapacity(bytes.count / 5)
        var line: [Unicode.Scalar] = []
        var word: [UInt8] = []
        var number = 1
        var start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var i = start
        var ascii = true
        while i <= bytes.count {
            let byte: UInt8 = i < bytes.count ? bytes[i] : 0x0A
            if byte == 0x0A || byte == 0x0D {
                if i > start {
                    line.removeAll(keepingCapacity: true)
                    if ascii {
                        for k in start..<i { line.append(Unicode.Scalar(bytes[k])) }
                    } else {
                        line.append(contentsOf: String(decoding: bytes[start..<i], as: UTF8.self).unicodeScalars)
                    }
                    normalizeLine(&line, number: number, word: &word, into: &text)
                }
                if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                number += 1
                start = i + 1
                ascii = true
            } else if byte >= 0x80 {
                ascii = false
            }
            i += 1
        }
        return text
    }

    private static func normalizeLine(
        _ line: inout [Unicode.Scalar], number: Int, word: inout [UInt8], into text: inout NormalizedText
    ) {
        for k in line.indices {
            let scalar = line[k]
            if scalar.isASCII {
                let v = scalar.value
                if v >= 0x41 && v <= 0x5A { line[k] = Unicode.Scalar(UInt8(v + 0x20)) }
            } else if scalar.properties.changesWhenLowercased {
                // A mapping may be longer than one character: rebuild the rest of the line.
                var lowered = Array(line[..<k])
                for rest in line[k...] {
                    if rest.isASCII {
                        let v = rest.value
                        lowered.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : rest)
                    } else if rest.properties.changesWhenLowercased {
                        lowered.append(contentsOf: rest.properties.lowercaseMapping.unicodeScalars)
                    } else {
                        lowered.append(rest)
                    }
                }
                line = lowered
                break
            }
        }
        removeMarkup(&line)
        if isCopyrightLine(line) { return }
        var i = skipMarkers(line)
        removeEnumerators(&line, from: i)
        word.removeAll(keepingCapacity: true)
        var h: UInt32 = 0x811C_9DC5
        while i <= line.count {
            if i < line.count, isWordCharacter(line[i]) {
                let scalar = line[i]
                if scalar.isASCII {
                    let byte = UInt8(scalar.value)
                    word.append(byte)
                    h = (h ^ UInt32(byte)) &* 0x0100_0193
                } else {
                    for byte in String(Character(scalar)).utf8 {
                        word.append(byte)
                        h = (h ^ UInt32(byte)) &* 0x0100_0193
                    }
                }
            } else if !word.isEmpty {
                let w = String(decoding: word, as: UTF8.self)
                if equivalentHashes.contains(h), let same = equivalents[w] {
                    text.append(same, hash: hash(same), line: number)
                } else {
                    text.append(w, hash: h, line: number)
                }
                word.removeAll(keepingCapacity: true)
                h = 0x811C_9DC5
            }
            i += 1
        }
    }

    /// Whether a character belongs to a word: an ASCII letter or digit, or a letter, mark or decimal digit.
    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// Replaces each `<<…>>` (to the first `>>` after it on the line) with a space.
    static func removeMarkup(_ line: inout [Unicode.Scalar]) {
        guard line.count >= 4, line.contains("<") else { return }
        var out: [Unicode.Scalar] = []
        var i = 0
        var changed = false
        while i < line.count {
            if line[i] == "<", i + 1 < line.count, line[i + 1] == "<" {
                var j = i + 2
                while j + 1 < line.count, !(line[j] == ">" && line[j + 1] == ">") { j += 1 }
                if j + 1 < line.count {
                    out.append(" ")
                    i = j + 2
                    changed = true
                    continue
                }
            }
            out.append(line[i])
            i += 1
        }
        if changed { line = out }
    }

    static func isCopyrightLine(_ line: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < line.count, isLeadingMarkup(line[i]) { i += 1 }
        func has(_ prefix: String, at index: Int) -> Bool {
            var k = index
            for p in prefix.unicodeScalars {
                guard k < line.count, line[k] == p else { return false }
                k += 1
            }
            return true
        }
        if i < line.count, line[i] == "\u{A9}" { return true }
        if has("(c)", at: i) {
            // `(c) 2024 …` is a notice; `(c) You must …` is a list item.
            var k = i + 3
            while k < line.count, line[k] == " " || line[k] == "\t" { k += 1 }
            return k < line.count && line[k].isASCII && line[k].value >= 0x30 && line[k].value <= 0x39
        }
        guard has("copyright", at: i) else { return false }
        var k = i + 9
        while k < line.count, line[k] == " " || line[k] == "\t" || line[k] == ":" { k += 1 }
        guard k < line.count else { return false }
        let next = line[k]
        if next == "\u{A9}" || next == "[" || next == "<" || next == "{" { return true }
        if next.isASCII, next.value >= 0x30, next.value <= 0x39 { return true }
        return has("(c)", at: k)
    }

    /// The index after the list markers (and the markup before them) at the start of a line.
    static func skipMarkers(_ line: [Unicode.Scalar]) -> Int {
        var i = 0
        while true {
            while i < line.count, isLeadingMarkup(line[i]) { i += 1 }
            var j = i
            while j < line.count, line[j] != " ", line[j] != "\t" { j += 1 }
            var chunk = line[i..<j]
            while let first = chunk.first, first == "*" || first == "_" { chunk.removeFirst() }
            while let last = chunk.last, last == "*" || last == "_" { chunk.removeLast() }
            guard !chunk.isEmpty, isMarker(chunk) else { return i }
            i = j
        }
    }

    /// Whether a chunk is a list marker: `(?` then numbers of one or two digits each followed by `.` or `)`,
    /// then a number, a letter or a roman numeral (`i`, `v`, `x`, up to five) followed by `.` or `)`; or
    /// dotted numbers such as `2.1` or `2.1.`. `i.e.` and `e.g.` are not markers.
    static func isMarker(_ chunk: ArraySlice<Unicode.Scalar>) -> Bool {
        // Every marker ends in `.`, `)` or a digit; most chunks are words and stop here.
        guard let end = chunk.last, end == "." || end == ")" || isDigit(end), chunk.count <= 16 else { return false }
        if chunk.elementsEqual("i.e.".unicodeScalars) || chunk.elementsEqual("e.g.".unicodeScalars) { return false }
        let segments = chunk.split(omittingEmptySubsequences: false) { $0 == "." || $0 == ")" || $0 == "(" }
        // Dotted numbers: 2.1, 2.1.3, 2.1.
        if !chunk.contains("("), !chunk.contains(")") {
            var parts = segments[...]
            if parts.last?.isEmpty == true { parts = parts.dropLast() }
            if parts.count >= 2, parts.allSatisfy(isNumber) { return true }
        }
        var body = chunk
        if body.first == "(" { body = body.dropFirst() }
        guard let last = body.last, last == "." || last == ")" else { return false }
        let parts = body.dropLast().split(omittingEmptySubsequences: false) { $0 == "." || $0 == ")" }
        guard let final = parts.last, parts.dropLast().allSatisfy(isNumber) else { return false }
        return isNumber(final) || isLetterOrRoman(final)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func isNumber(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        (1...2).contains(s.count) && s.allSatisfy(isDigit)
    }

    static func isLetterOrRoman(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        if s.count == 1, let c = s.first, c.value >= 0x61, c.value <= 0x7A { return true }
        return (1...5).contains(s.count) && s.allSatisfy { $0 == "i" || $0 == "v" || $0 == "x" }
    }

    /// Replaces each enumerator in parentheses (`(a)`, `(12)`, `(iv)`) from `start` on with a space.
    static func removeEnumerators(_ line: inout [Unicode.Scalar], from start: Int) {
        var i = start
        while i < line.count {
            if line[i] == "(" {
                var j = i + 1
                while j < line.count, j - i <= 6, line[j] != ")" { j += 1 }
                if j < line.count, line[j] == ")", j > i + 1 {
                    let inner = line[(i + 1)..<j]
                    if isNumber(inner) || isLetterOrRoman(inner) {
                        line.replaceSubrange(i...j, with: [" "])
                        i += 1
                        continue
                    }
                }
            }
            i += 1
        }
    }

    /// The 32-bit FNV-1a hash of a word's UTF-8 bytes: how a fingerprint stores it.
    public static func hash(_ word: String) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for byte in word.utf8 { h = (h ^ UInt32(byte)) &* 0x0100_0193 }
        return h
    }
}
