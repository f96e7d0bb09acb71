import Foundation

/// What a model card's own words say about its terms, beyond its metadata: the card's body, read as a reviewer
/// reads it.
///
/// ``scan(_:firstLine:file:catalog:)`` finds three kinds of statement, each with the line it is on:
/// - **restrictions**: "non-commercial use only", "for research purposes only", "only for personal use",
///   "not for commercial use", "no commercial use", "commercial use is prohibited", "under a non-commercial
///   license", "leaked weights", and the Chinese and Japanese forms seen on real cards ("禁止任何形式的商用",
///   "不可商用", "仅供学习", "非商业用途", "商用不可", "非営利"). A line that speaks of both non-commercial and
///   commercial use ("for both non-commercial and commercial usage") is no restriction.
/// - **licenses named** on a line that speaks of licensing (it contains "licen", "governed", "subject to",
///   "terms of", "协议", "许可" or "ライセンス"): a link the catalog knows (`creativecommons.org/licenses/by-nc-sa/4.0/…`,
///   `llama.meta.com/llama3/license`), a link's text or a full license name the catalog knows ("META LLAMA 3
///   COMMUNITY LICENSE AGREEMENT"), or a Creative Commons name ("CC BY-NC-SA 4.0").
/// - **base models** that code on the card passes to a trainer (`base_model='decapoda-research/llama-7b-hf'`,
///   `--base_model decapoda-research/llama-7b-hf`), when the index of well-known models knows them.
///
/// ``apply(_:to:declared:commercialFalse:file:catalog:)`` turns them into `card-statement` findings of the component:
/// - a restriction, or front matter `commercial: false`, on a card whose license is permissive (every license
///   of it permissive, copyleft or weak-copyleft): **review**, quoting the first such line;
/// - a non-commercial or research-only license named in the text that the declared license does not hold:
///   **review**, and the license is kept (`apache-2.0 AND CC-BY-NC-SA-4.0`), as for a conflicting
///   `license_link`;
/// - a card that declares no license the catalog knows (`license: other` with an unknown `license_name`, or none)
///   and names exactly one license in its text: that license, with a **pass** finding that says where it was
///   read;
/// - a base model named only in code: a base of the component, with a **pass** finding that says where.
///
/// Nothing is found in the usual boilerplate: "This model is licensed under the Apache 2.0 license", "intended
/// for commercial and research use", "free for research and commercial use".
enum CardStatements {
    /// One statement, with where it is.
    struct Statement: Hashable, Sendable {
        enum Kind: Hashable, Sendable {
            /// A restriction, as written in the line (lowercased).
            case restriction(String)
            /// A license the catalog knows, by catalog id.
            case license(String)
            /// A base model id, passed to a trainer in code.
            case base(String)
            /// A base model the text says the model derives from: a Hub id the index knows, or a family name
            /// (``ModelFamily``), as written.
            /// `subject` is the model name the sentence speaks of before the phrase, when it names one
            /// ("DeepSeek-R1-Distill-Llama-70B is derived from …" on a card about several models).
            case derivation(String, subject: String?)
        }
        var kind: Kind
        /// The line, without markdown links' targets, emphasis or surrounding blanks; shortened around the match.
        var quote: String
        /// 1-based line and column (in Unicode scalars) of the match.
        var line: Int
        var column: Int
    }

    /// The statements in `body`, whose first line is line `firstLine` of the file.
    static func scan(_ body: String, firstLine: Int, catalog: Catalog) -> [Statement] {
        var statements: [Statement] = []
        // Made on the first line that is about licensing: most lines of a card are not.
        var names: [([UInt8], String)]?
        var inCode = false
        var number = firstLine - 1
        for raw in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            // A line longer than any paragraph a reviewer reads (data, an inline image, minified HTML) is not
            // read: the patterns below are not meant for megabytes.
            guard raw.utf8.count <= maxLineBytes else { continue }
            let line = String(raw)
            let trimmed = LicenseText.trim(line)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inCode.toggle()
                continue
            }
            let lower = line.lowercased()
            for (id, range) in bases(in: line) {
                statements.append(statement(.base(id), line: line, number: number, range: range))
            }
            // Code, and tables (which compare models or list variants), say nothing about this model's terms.
            if inCode || trimmed.hasPrefix("|") || contains(Array(line.utf8), any: tableCells) { continue }
            // Lowercasing keeps the UTF-16 length of almost every line; a range found in `lower` is then at the
            // same UTF-16 offsets in `line`.
            let sameShape = lower.utf16.count == line.utf16.count
            if sameShape {
                for (reference, subject, range) in derivations(in: line, lower: lower) {
                    statements.append(
                        statement(.derivation(reference, subject: subject), line: line, number: number, range: range))
                }
            }
            if sameShape, let range = restriction(in: lower).flatMap({ moved($0, from: lower, to: line) }) {
                let what = String(line[range]).lowercased()
                statements.append(statement(.restriction(what), line: line, number: number, range: range))
            }
            guard isAboutLicensing(lower) else { continue }
            let long = names ?? longNames(catalog)
            names = long
            for (id, range) in licenses(in: line, lower: sameShape ? lower : nil, names: long, catalog: catalog) {
                statements.append(statement(.license(id), line: line, number: number, range: range))
            }
        }
        return statements
    }

    /// The longest line read for statements, in UTF-8 bytes.
    static let maxLineBytes = 8192
    /// The derivation phrases of one line that are read (a sentence names its base once).
    static let maxPhrasesPerLine = 4

    // MARK: Searching bytes

    /// The UTF-8 offset of the first `needle` in `haystack`, or nil. (Foundation's `String.contains` bridges to
    /// `NSString` and costs more than the rest of reading a card.)
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func contains(_ haystack: [UInt8], any needles: [[UInt8]]) -> Bool {
        needles.contains { find($0, in: haystack) != nil }
    }

    static let tableCells = [Array("<td".utf8), Array("<th".utf8)]

    // MARK: Restrictions

    /// Patterns of a restriction, matched against a lowercased line.
    static let restrictionPatterns: [NSRegularExpression] = [
        #"\b(?:only|solely|exclusively|strictly)\s+(?:be\s+used\s+|to\s+be\s+used\s+)?(?:for|to)\s+(?:non[- ]?commercial|research|academic|personal|evaluation)\b"#,
        #"\b(?:non[- ]?commercial|research|academic|personal|educational)(?:\s+(?:and|or|&)\s+(?:non[- ]?commercial|research|academic|personal|educational))?\s+(?:use|uses|usage|purposes?|applications?)\s+only\b"#,
        #"\b(?:not|never)\s+(?:be\s+)?(?:used\s+|intended\s+|licensed\s+|allowed\s+)?(?:for|in)\s+(?:any\s+)?commercial\b"#,
        #"\bno\s+commercial\s+(?:use|usage|purposes?)\b"#,
        #"\bcommercial\s+(?:use|usage)\s+(?:is\s+|are\s+)?(?:strictly\s+)?(?:not\s+(?:permitted|allowed|authori[sz]ed)|prohibited|forbidden|banned)"#,
        #"\b(?:prohibit|forbid|disallow)(?:s|ed)?\s+(?:any\s+(?:form\s+of\s+)?)?commercial\b"#,
        #"\bnon[- ]?commercial\s+(?:bespoke\s+)?licen[cs]e\b"#,
        #"\bleaked\s+(?:model\s+)?weights\b"#,
        #"禁止.{0,8}商(?:用|业)"#,
        #"不(?:可|得|能|允许)(?:用于)?.{0,4}商(?:用|业)"#,
        #"仅(?:供|限|用于).{0,6}(?:学习|研究|学术|个人|非商业)"#,
        #"非商业(?:用途|使用|性质)"#,
        #"商用(?:利用)?(?:不可|禁止)"#,
        #"非営利"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// A line that allows commercial use beside non-commercial use.
    static let bothUses = try? NSRegularExpression(
        pattern:
            #"non[- ]?commercial\s+(?:and|or|&|as well as)\s+commercial|commercial\s+(?:and|or|&)\s+non[- ]?commercial"#
    )

    /// Words one of which every restriction pattern contains: a line without any is not matched against them.
    static let restrictionWords = ["only", "commercial", "leaked", "商", "仅", "非営利"].map { Array($0.utf8) }

    /// The range of the first restriction in `lower`, or nil.
    static func restriction(in lower: String) -> Range<String.Index>? {
        guard contains(Array(lower.utf8), any: restrictionWords) else { return nil }
        let whole = NSRange(lower.startIndex..., in: lower)
        if let bothUses, bothUses.firstMatch(in: lower, range: whole) != nil { return nil }
        for pattern in restrictionPatterns {
            if let match = pattern.firstMatch(in: lower, range: whole), let range = Range(match.range, in: lower) {
                return range
            }
        }
        return nil
    }

    // MARK: Licenses named

    static let licensingCues = ["licen", "governed", "subject to", "terms of", "协议", "許可", "许可", "ライセンス"].map {
        Array($0.utf8)
    }

    static func isAboutLicensing(_ lower: String) -> Bool {
        contains(Array(lower.utf8), any: licensingCues)
    }

    static let linkPattern = try? NSRegularExpression(pattern: #"\[([^\]]{1,200})\]\(\s*<?([^)\s>]+)"#)
    static let wholeLinkPattern = try? NSRegularExpression(pattern: #"!?\[([^\]]*)\]\([^)]*\)"#)
    static let urlPattern = try? NSRegularExpression(pattern: #"https?://[^\s)\]>"'`]+"#)
    static let creativeCommonsPattern = try? NSRegularExpression(
        pattern: #"\bcc[ -]by(?:[ -](?:nc|sa|nd)){0,2}[ -](?:[1-4]\.0|2\.5)\b"#)

    /// `range` of `source` at the same UTF-16 offsets in `target`.
    static func moved(_ range: Range<String.Index>, from source: String, to target: String) -> Range<String.Index>? {
        let start = source.utf16.distance(from: source.startIndex, to: range.lowerBound)
        let length = source.utf16.distance(from: range.lowerBound, to: range.upperBound)
        let lower = target.utf16.index(target.startIndex, offsetBy: start, limitedBy: target.endIndex)
        guard let lower, let upper = target.utf16.index(lower, offsetBy: length, limitedBy: target.endIndex) else {
            return nil
        }
        return lower..<upper
    }

    /// The catalog licenses `line` names, with where, in order and each once; `lower` is the line lowercased,
    /// when that kept its UTF-16 offsets (names are then also looked for in its text).
    static func licenses(
        in line: String, lower: String?, names: [([UInt8], String)], catalog: Catalog
    ) -> [(String, Range<String.Index>)] {
        var found: [(String, Range<String.Index>)] = []
        func add(_ name: String, _ range: Range<String.Index>) {
            guard let descriptor = catalog.descriptor(for: name) ?? catalog.descriptor(for: normalizedURL(name)),
                !found.contains(where: { $0.0 == descriptor.id }), isAboutTheModel(line, before: range.lowerBound)
            else { return }
            found.append((descriptor.id, range))
        }
        let whole = NSRange(line.startIndex..., in: line)
        for match in linkPattern?.matches(in: line, range: whole) ?? [] {
            guard let textRange = Range(match.range(at: 1), in: line),
                let urlRange = Range(match.range(at: 2), in: line)
            else { continue }
            add(String(line[urlRange]), textRange)
            // A link's text names a license only when it says so: `[Falcon-180B](…)` is a model, not its license.
            let text = String(line[textRange])
            if isAboutLicensing(text.lowercased()) || text.lowercased().contains("agreement") {
                add(strippingLicenseWords(text), textRange)
            }
        }
        for match in urlPattern?.matches(in: line, range: whole) ?? [] {
            if let range = Range(match.range, in: line) { add(String(line[range]), range) }
        }
        if let lower {
            for match in creativeCommonsPattern?.matches(in: lower, range: NSRange(lower.startIndex..., in: lower))
                ?? []
            {
                guard let found = Range(match.range, in: lower), let range = moved(found, from: lower, to: line) else {
                    continue
                }
                add(lower[found].replacingOccurrences(of: " ", with: "-"), range)
            }
            let bytes = Array(lower.utf8)
            for (name, id) in names where !found.contains(where: { $0.0 == id }) {
                guard let offset = find(name, in: bytes) else { continue }
                let start = lower.utf8.index(lower.startIndex, offsetBy: offset)
                let hit = start..<lower.utf8.index(start, offsetBy: name.count)
                if let range = moved(hit, from: lower, to: line), isAboutTheModel(line, before: range.lowerBound) {
                    found.append((id, range))
                }
            }
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }

    /// Words that make a clause about something else than the model's weights: its code, its data.
    static let otherSubjects = ["code", "dataset", "data ", "代码", "数据", "程序"]
    /// Words that, just before a license's name, make it another license than the one named.
    static let otherLicenses = ["variant of", "based on", "derived from", "adapted from", "similar to", "modified"]

    /// Whether the clause of `line` that ends at `position` (from the last `.`, `;`, `,` or their CJK forms) is
    /// about the model rather than its code or data, and does not name a variant of the license that follows.
    static func isAboutTheModel(_ line: String, before position: String.Index) -> Bool {
        let prefix = line[..<position]
        let clause = prefix[clauseStart(of: prefix, marks: ".,;!?", wideMarks: "。；，！？")...].lowercased()
        if contains(Array(clause.utf8), any: otherSubjects.map { Array($0.utf8) }) { return false }
        return !contains(Array(clause.suffix(24).utf8), any: otherLicenses.map { Array($0.utf8) })
    }

    /// Full names and long aliases of the catalog's licenses (lowercased, at least 20 characters, no URLs):
    /// long enough that a line containing one names that license.
    static func longNames(_ catalog: Catalog) -> [([UInt8], String)] {
        catalog.descriptors.flatMap { descriptor in
            ([descriptor.name] + descriptor.aliases).compactMap { name -> ([UInt8], String)? in
                let lower = name.lowercased()
                guard lower.count >= 20, !lower.utf8.contains(UInt8(ascii: "/")), !lower.hasPrefix("licenseref-")
                else { return nil }
                return (Array(lower.utf8), descriptor.id)
            }
        }
    }

    /// A Creative Commons URL without its deed or legal-code page (`…/by-nc-sa/4.0/deed.zh-hans` →
    /// `…/by-nc-sa/4.0/`).
    static func normalizedURL(_ url: String) -> String {
        guard let range = url.range(of: "creativecommons.org/licenses/") else { return url }
        let rest = url[range.upperBound...].split(separator: "/")
        guard rest.count >= 2 else { return url }
        return String(url[..<range.upperBound]) + rest[0] + "/" + rest[1] + "/"
    }

    /// A link text without the words around a license's name ("CC BY-NC-SA 4.0协议" → "CC BY-NC-SA 4.0").
    static func strippingLicenseWords(_ text: String) -> String {
        var s = text
        for word in ["协议", "許可", "许可", "许可证", "ライセンス"] { s = s.replacingOccurrences(of: word, with: "") }
        return LicenseText.trim(s)
    }

    // MARK: Bases in code

    static let basePattern = try? NSRegularExpression(
        pattern: #"base_model(?:_name_or_path)?['"]?\s*[=:]?\s*['"]?([A-Za-z0-9][\w.-]*/[\w.-]+)"#)

    /// Hub ids a line passes as `base_model` that the index knows.
    static func bases(in line: String) -> [(String, Range<String.Index>)] {
        guard find(Array("base_model".utf8), in: Array(line.utf8)) != nil, let basePattern else { return [] }
        return basePattern.matches(in: line, range: NSRange(line.startIndex..., in: line)).compactMap { match in
            guard let range = Range(match.range(at: 1), in: line) else { return nil }
            let id = String(line[range])
            return WellKnownModels.shipped.match(id) == nil ? nil : (id, range)
        }
    }

    // MARK: Bases in prose

    /// Words one of which every derivation phrase contains.
    static let derivationWords = [
        "based", "tuned", "trained", "iteration", "version", "derived", "distill", "built", "fine-tune", "finetune",
        "quantiz", "merge", "adapter", "lora", "variant", "initiali",
    ].map { Array($0.utf8) }

    /// "fine-tuned from", "ultimately based on", "an advanced iteration of", "a LoRA adapter for", then articles
    /// and adjectives ("the pretrained", "meta's original").
    static let derivationPattern = try? NSRegularExpression(
        pattern: [
            #"\b(?:(?:fine-?tuned|finetuned|further\s+(?:pre-?)?trained|(?:continually\s+|continued\s+)?pre-?trained"#,
            #"|trained|built|derived|distilled|initiali[sz]ed|quantized|merged)\s+(?:directly\s+|ultimately\s+)?"#,
            #"(?:from|on\s+top\s+of|on|upon|off\s+of|off)|(?:ultimately\s+|directly\s+)?based\s+(?:on|upon)"#,
            #"|(?:iteration|fine-?tune|finetune|version|variant|quantization|adapter|lora)\s+(?:of|for|on))\s+"#,
            #"(?:(?:the|a|an|meta'?s|meta\s+ai'?s|pre-?trained|original|base|open[- ]source|model)\s+)*"#,
        ].joined())

    /// What follows a derivation phrase: a Hugging Face link, a Hub id, or a Llama family name.
    static let derivedPattern = try? NSRegularExpression(
        pattern: [
            #"^(?:\[[^\]]{1,200}\]\(\s*<?https?://(?:www\.)?(?:huggingface\.co|hf\.co)/([\w.-]+/[\w.-]+)"#,
            #"|`?([A-Za-z0-9][\w.-]*/[\w.-]+)`?"#,
            #"|\[?((?:meta[ _-])?(?:code[ _-]?)?llama(?:[ _-]?(?:v?1|2|3(?:\.[1-3])?|4))?(?:[ _-]\d{1,3}\s?b)?"#,
            #"(?:[ _-](?:hf|chat|instruct))?)\b(?!\.\w))"#,
        ].joined(), options: [.caseInsensitive])

    /// Words in the clause before a derivation phrase that make it about something else than this model's
    /// weights ("an architecture based on Llama-2", "outperforms models fine-tuned from LLaMA").
    static let otherDerivations = [
        "architecture", "tokenizer", "outperform", "compar", " than ", "unlike", "other ", "similar", "such as",
        "like ", "models ", "projects ", "engine", "card",
    ].map { Array($0.utf8) }
    /// Words after the name that make it the name of something else than weights ("LLaMA architecture").
    static let notWeights = ["architecture", "tokenizer", "paper", "style", "format", "prompt", "template", "recipe"]

    /// Where the last clause of `text` starts: after the last of `marks` followed by a blank (not in `Apache-2.0`,
    /// `ChatQA-1.0` or a URL), or of `wideMarks` (the CJK forms, which no blank follows).
    static func clauseStart(of text: Substring, marks: String, wideMarks: String) -> String.Index {
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if wideMarks.contains(text[i])
                || (marks.contains(text[i]) && (next == text.endIndex || text[next].isWhitespace))
            {
                start = next
            }
            i = next
        }
        return start
    }

    /// A model's name as sentences name their subject: a word with a hyphen and a digit (`Llama-2-Ko`,
    /// `DeepSeek-R1-Distill-Llama-70B`).
    static let subjectPattern = try? NSRegularExpression(pattern: #"[A-Za-z][\w.]*-[\w.-]*\d[\w.-]*"#)

    /// Base models `line` says a model derives from, with the model the sentence speaks of (if it names one) and
    /// where: Hub ids the index knows and Llama family names; `lower` is the line lowercased, at the same UTF-16
    /// offsets.
    static func derivations(in line: String, lower: String) -> [(String, String?, Range<String.Index>)] {
        guard contains(Array(lower.utf8), any: derivationWords), let derivationPattern, let derivedPattern else {
            return []
        }
        var found: [(String, String?, Range<String.Index>)] = []
        for phrase in derivationPattern.matches(in: lower, range: NSRange(lower.startIndex..., in: lower)).prefix(
            maxPhrasesPerLine)
        {
            guard let phraseRange = Range(phrase.range, in: lower),
                let start = moved(phraseRange, from: lower, to: line)?.upperBound
            else { continue }
            guard let phraseStart = moved(phraseRange, from: lower, to: line)?.lowerBound else { continue }
            // A sentence's subject is near its phrase; what follows the phrase names the base at once.
            let before = line[..<phraseStart].suffix(240)
            let clause = String(before[clauseStart(of: before, marks: ".;!?", wideMarks: "。；")...])
            if contains(Array(clause.lowercased().utf8), any: otherDerivations) { continue }
            // The subject of the last part of the sentence: "ChatQA-1.5 is built on …, and ChatQA-1.0 is built on".
            let part = clause.range(of: ", ", options: .backwards).map { String(clause[$0.upperBound...]) } ?? clause
            let subject = subjectPattern?.firstMatch(in: part, range: NSRange(part.startIndex..., in: part))
                .flatMap { Range($0.range, in: part) }.map { String(part[$0]) }
            let rest = String(line[start...].prefix(320))
            guard let match = derivedPattern.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)) else {
                continue
            }
            let group = (1...3).lazy.compactMap { i in Range(match.range(at: i), in: rest).map { (i, $0) } }.first
            guard let (kind, range) = group else { continue }
            let reference = String(rest[range])
            let after = rest[range.upperBound...].drop { !$0.isLetter }.prefix(12).lowercased()
            guard !notWeights.contains(where: { after.hasPrefix($0) }) else { continue }
            let known =
                kind == 3
                ? ModelFamily.entry(for: reference) != nil
                : WellKnownModels.shipped.match(reference) != nil
            guard known, !found.contains(where: { $0.0.lowercased() == reference.lowercased() && $0.1 == subject })
            else { continue }
            let offset = rest.utf16.distance(from: rest.startIndex, to: range.lowerBound)
            let lineStart = line.utf16.index(start, offsetBy: offset)
            let lineEnd = line.utf16.index(lineStart, offsetBy: reference.utf16.count)
            found.append((reference, subject, lineStart..<lineEnd))
        }
        return found
    }

    // MARK: Findings

    /// A statement on `line` at `range`.
    static func statement(_ kind: Statement.Kind, line: String, number: Int, range: Range<String.Index>) -> Statement {
        let column =
            line.unicodeScalars.distance(
                from: line.unicodeScalars.startIndex,
                to: range.lowerBound.samePosition(in: line.unicodeScalars)
                    ?? line.unicodeScalars.startIndex) + 1
        return Statement(kind: kind, quote: quote(line, around: range), line: number, column: column)
    }

    /// `line` without surrounding blanks, markdown emphasis or link targets, at most about 80 characters before
    /// `range` and 120 from it.
    static func quote(_ line: String, around range: Range<String.Index>) -> String {
        let before = plain(String(line[..<range.lowerBound]))
        let after = plain(String(line[range.lowerBound...]))
        let cutBefore = before.count > 80
        let cutAfter = after.count > 120
        var text = String(before.suffix(80)) + String(after.prefix(120))
        text = LicenseText.trim(text.trimmingCharacters(in: CharacterSet(charactersIn: "#>*- \t")))
        return (cutBefore ? "…" : "") + text + (cutAfter ? "…" : "")
    }

    static let linkTargetPattern = try? NSRegularExpression(pattern: #"\]\([^)]*\)"#)

    /// Markdown as it reads: links as their text, without emphasis or code marks.
    static func plain(_ markdown: String) -> String {
        var text = markdown
        // Whole links first (`[text](target)` → text), then the target of a link whose `[` is not in `markdown`.
        for (pattern, template) in [(wholeLinkPattern, "$1"), (linkTargetPattern, "")] {
            guard let pattern else { continue }
            text = pattern.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        for mark in ["**", "`", "[", "]"] { text = text.replacingOccurrences(of: mark, with: "") }
        return text
    }

    /// What the card's words change: findings for `component`, whose license as the front matter declares it is
    /// `declared`; `commercialFalse` is where the front matter says `commercial: false`, if it does.
    static func apply(
        _ statements: [Statement], to component: inout Component, declared: String?, commercialFalse: SourceLocation?,
        file: String, catalog: Catalog
    ) {
        let name = component.name
        let leaves = declared.map(LicenseText.leaves(of:)) ?? []
        let descriptors = leaves.map { catalog.descriptor(for: $0) }
        let known = !descriptors.isEmpty && descriptors.allSatisfy { $0 != nil }
        let ids = Set(descriptors.compactMap { $0?.id })
        let categories = descriptors.compactMap { $0?.category }
        let permissive = known && categories.allSatisfy { [.permissive, .copyleft, .weakCopyleft].contains($0) }
        let restrictive: Set<LicenseDescriptor.Category> = [.nonCommercial, .researchOnly]
        let alreadyRestricted = categories.contains { restrictive.contains($0) }
        func at(_ statement: Statement) -> SourceLocation {
            SourceLocation(file: file, line: statement.line, column: statement.column)
        }
        func position(_ statement: Statement) -> String { "line \(statement.line), column \(statement.column)" }

        // A license the text names for a card that declares none the catalog knows.
        let named = statements.compactMap { s -> (String, Statement)? in
            if case .license(let id) = s.kind { return (id, s) }
            return nil
        }
        // Bases that code on the card passes to a trainer, when the front matter names none.
        if component.baseModels.isEmpty {
            for statement in statements {
                guard case .base(let id) = statement.kind, !component.baseModels.contains(id) else { continue }
                component.baseModels.append(id)
                component.findings.append(
                    Finding(
                        .cardStatement, .pass,
                        "'\(name)' names no base model in its front matter; its card passes '\(id)' as base_model: \"\(statement.quote)\" (\(position(statement))), read as its base model",
                        policy: at(statement)))
            }
        }
        // Bases the text says the model derives from, when neither the front matter nor code names one; a
        // sentence about another model (a card of a family of models) is not about this one.
        if component.baseModels.isEmpty {
            let own = name.lowercased()
            for statement in statements {
                guard case .derivation(let reference, let subject) = statement.kind,
                    subject.map({ own.contains($0.lowercased()) }) ?? true, !component.baseModels.contains(reference)
                else { continue }
                component.baseModels.append(reference)
                component.findings.append(
                    Finding(
                        .cardStatement, .pass,
                        "'\(name)' names no base model in its front matter; its card says \"\(statement.quote)\" (\(position(statement))), read as its base model '\(reference)'",
                        policy: at(statement)))
            }
        }
        let declaresNothingKnown = declared == nil || (leaves.count == 1 && descriptors[0] == nil)
        if declaresNothingKnown, Set(named.map(\.0)).count == 1, let (id, first) = named.first,
            let descriptor = catalog.descriptor(for: id)
        {
            let was = declared.map { "declares \($0), which the catalog does not know" } ?? "declares no license"
            component.license = LicenseText.leaf(for: descriptor)
            component.declaredLicense = component.license
            component.location = at(first)
            component.findings.append(
                Finding(
                    .cardStatement, .pass,
                    "'\(name)' \(was); its card names \(descriptor.id) for it: \"\(first.quote)\" (\(position(first)))",
                    license: descriptor.id, policy: at(first)))
            return
        }
        let restrictions = statements.filter {
            if case .restriction = $0.kind { return true }
            return false
        }
        if declaresNothingKnown, let first = restrictions.first {
            // Nothing else says what may be done with the model: the card's words are its terms.
            component.statedRestriction = Component.StatedRestriction(quote: first.quote, location: at(first))
        }
        guard known, let declared else { return }
        // Restrictive licenses named in the text that the declared one does not hold: kept, and reviewed.
        var added: [String] = []
        for (id, statement) in named where !ids.contains(id) && !added.contains(id) {
            guard let descriptor = catalog.descriptor(for: id), restrictive.contains(descriptor.category),
                !alreadyRestricted
            else { continue }
            added.append(id)
            component.license = LicenseText.and([component.license ?? declared, LicenseText.leaf(for: descriptor)])
            component.findings.append(
                Finding(
                    .cardStatement, .review,
                    "'\(name)' declares \(declared), but its card names \(descriptor.id) (\(descriptor.category.rawValue)): \"\(statement.quote)\" (\(position(statement))); the effective license keeps both",
                    license: descriptor.id, policy: at(statement)))
        }
        guard permissive, added.isEmpty else { return }
        if let commercialFalse {
            component.findings.append(
                Finding(
                    .cardStatement, .review,
                    "'\(name)' declares \(declared), but its card's front matter says `commercial: false` (line \(commercialFalse.line ?? 0)); confirm the model may be used commercially",
                    policy: commercialFalse))
            return
        }
        if let first = restrictions.first {
            let more = restrictions.count > 1 ? " and \(restrictions.count - 1) more line(s)" : ""
            component.findings.append(
                Finding(
                    .cardStatement, .review,
                    "'\(name)' declares \(declared), but its card says \"\(first.quote)\" (\(position(first)))\(more); a restriction the declared license does not have: confirm which terms apply",
                    policy: at(first)))
        }
    }
}
