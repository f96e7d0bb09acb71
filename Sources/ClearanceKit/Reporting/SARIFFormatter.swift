/// SARIF 2.1.0 for code scanning: one rule per rule id used, one result per open finding.
///
/// A finding whose effective verdict is fail is an `error`, review a `warning`; an `exception-applied`
/// finding is a `note`; other passing findings (and findings waived by an exception or a baseline) are not
/// results. A result points at the file declaring its component, with a region when the line is known (the
/// column counts Unicode scalars, so the run's `columnKind` is `unicodeCodePoints`); the policy line is a
/// related location, and the primary one when the component has none (except the embedded default policy,
/// which is not a file in the repository: its line is still in the result's `policyLine` property).
struct SARIFFormatter: ReportFormatter {
    /// The `$schema` of the log: the id of the OASIS schema (errata 01).
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// Where to read about the tool (`tool.driver.informationUri`).
    static let informationURI = "https://github.com/clearance-tool/clearance"

    func render(_ report: Report, context: RenderContext) -> String {
        String(decoding: renderUTF8(report, context: context), as: UTF8.self)
    }

    func renderUTF8(_ report: Report, context: RenderContext) -> [UInt8] {
        // Room for the whole text (most components take 0.5 to 1.2 KB), so that it is not copied as it grows: pages
        // reserved and never written take no memory.
        var writer = JSONWriter(reservingCapacity: 4096 + 2048 * report.results.count)
        write(report, context: context, to: &writer)
        return writer.document()
    }

    func render(_ report: Report, context: RenderContext, inPieces write: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(write) { write in
            var writer = JSONWriter(pieces: write)
            self.write(report, context: context, to: &writer)
            writer.finishPieces()
        }
    }

    /// The log of ``log(_:context:)``, written as it is made rather than built as ``Log`` values first (one per
    /// finding of a large report); `ReportJSONTests` checks that the bytes are the same.
    func write(_ report: Report, context: RenderContext, to w: inout JSONWriter) {
        // The results' findings that are SARIF results, in display order: once per array that results share.
        var shown: [[Finding]] = []
        var shownIndex: [StorageIdentity: Int] = [:]
        let ordered = report.orderedIndices
        var groups: [Int] = []
        groups.reserveCapacity(ordered.count)
        var last: (key: StorageIdentity, group: Int)?
        for index in ordered {
            let key = StorageIdentity(report.results[index].findings)
            if let last, last.key == key {
                groups.append(last.group)
                continue
            }
            let group: Int
            if let known = shownIndex[key] {
                group = known
            } else {
                group = shown.count
                shownIndex[key] = group
                shown.append(report.results[index].orderedFindings.filter(isResult))
            }
            groups.append(group)
            last = (key, group)
        }
        let policyEntries = report.policyFindings.displayOrdered.filter(isResult)
        var used = Set(policyEntries.map(\.rule))
        for findings in shown { used.formUnion(findings.map(\.rule)) }
        let rules = used.sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        var uris: [String: String] = [:]  // a report names a few files many times
        w.object { w in
            w.field("$schema", Self.schemaURI)
            w.key("runs")
            w.array { w in
                w.element()
                w.object { w in
                    w.field("columnKind", "unicodeCodePoints")
                    w.key("properties")
                    w.object { w in
                        w.field("asOf", report.asOf)
                        w.field("baselined", context.baselined)
                        w.field("fail", report.summary.fail)
                        w.field("pass", report.summary.pass)
                        w.field("policy", report.policy.name)
                        w.field("policyFile", report.policy.file)
                        w.field("policySha256", report.policy.sha256)
                        w.field("review", report.summary.review)
                        w.field("verdict", report.verdict.rawValue)
                    }
                    w.key("results")
                    w.array { w in
                        // A component's result is its finding's template, with the component's name, kind, license
                        // and location in the gaps (see `Subject`): made once per finding and kind of location.
                        var templates: [TemplateKey: (template: JSONWriter.Template, gaps: [Gap])] = [:]
                        var locationTemplates: [LocationShape: JSONWriter.Template] = [:]
                        for (position, index) in ordered.enumerated() {
                            let component = report.results[index]
                            let hasLocation = component.location != nil
                            for (number, finding) in shown[groups[position]].enumerated() {
                                w.element()
                                let key = TemplateKey(
                                    group: groups[position], finding: number, hasLocation: hasLocation)
                                let template: (template: JSONWriter.Template, gaps: [Gap])
                                if let known = templates[key] {
                                    template = known
                                } else {
                                    let made = w.template { w in
                                        write(
                                            finding, for: .component(hasLocation: hasLocation),
                                            ruleIndex: ruleIndex[finding.rule] ?? 0, uris: &uris, to: &w)
                                    }
                                    template = (made, Gap.order(finding, hasLocation: hasLocation))
                                    templates[key] = template
                                }
                                w.write(template.template) { w, gap in
                                    switch template.gaps[gap] {
                                    case .name: w.stringContent(component.component)
                                    case .kind: w.stringContent(component.kind.rawValue)
                                    case .license: w.stringContent(component.license)
                                    case .location:
                                        if let location = component.location {
                                            write(location, templates: &locationTemplates, uris: &uris, to: &w)
                                        }
                                    }
                                }
                            }
                            w.flush()
                        }
                        for finding in policyEntries {
                            w.element()
                            write(finding, for: .policy, ruleIndex: ruleIndex[finding.rule] ?? 0, uris: &uris, to: &w)
                        }
                    }
                    w.key("tool")
                    w.object { w in
                        w.key("driver")
                        w.object { w in
                            w.field("informationUri", Self.informationURI)
                            w.field("name", "clearance")
                            w.key("rules")
                            w.array(rules) { w, rule in descriptor(rule).write(to: &w) }
                            w.field("semanticVersion", ClearanceVersion.string)
                            w.field("version", ClearanceVersion.string)
                        }
                    }
                }
            }
            w.field("version", "2.1.0")
        }
    }

    /// What a result is written for: a finding of the policy, or of a component, whose name, kind, license and
    /// location are left as gaps of a template (see ``JSONWriter/template(_:)``).
    private enum Subject {
        case policy
        case component(hasLocation: Bool)
    }

    /// A gap of a component's result template.
    private enum Gap {
        case name, kind, license, location

        /// The gaps of a result, in the order ``write(_:for:ruleIndex:uris:to:)`` makes them.
        static func order(_ finding: Finding, hasLocation: Bool) -> [Gap] {
            let location: [Gap] = hasLocation ? [.location] : []
            return location + [.name, .name, .name, .kind] + (finding.license == nil ? [.license] : [])
        }
    }

    /// A result template's key: a finding, by its array's group and its place in it, and whether the component has
    /// a location.
    private struct TemplateKey: Hashable {
        var group: Int
        var finding: Int
        var hasLocation: Bool
    }

    /// One result, as ``result(for:in:ruleIndex:uris:)`` makes it and ``Log/Result`` writes it; for a component,
    /// with gaps where its name, kind, license and location go.
    private func write(
        _ finding: Finding, for subject: Subject, ruleIndex: Int, uris: inout [String: String], to w: inout JSONWriter
    ) {
        let verdict = finding.effectiveVerdict
        // The embedded default policy is no file in the repository, so it is no location either.
        let policyLocation = finding.policy.flatMap { $0.isEmbedded ? nil : $0 }
        let component: Bool
        let hasLocation: Bool
        switch subject {
        case .policy: (component, hasLocation) = (false, false)
        case .component(let located): (component, hasLocation) = (true, located)
        }
        w.object { w in
            switch verdict {
            case .fail: w.field("level", "error")
            case .review: w.field("level", "warning")
            case .pass: w.field("level", "note")
            }
            if hasLocation {
                w.key("locations")
                w.array { w in
                    w.element()
                    w.gap()
                }
            } else if let policyLocation {
                w.key("locations")
                w.array { w in
                    w.element()
                    write(policyLocation, id: nil, message: nil, uris: &uris, to: &w)
                }
            }
            w.key("message")
            w.object { w in
                if component {
                    w.key("text")
                    w.openString()
                    w.gap()
                    w.stringContent(": ")
                    w.stringContent(finding.message)
                    w.closeString()
                } else {
                    w.field("text", finding.message)
                }
            }
            // The baseline key (component, or the policy file for a policy finding; rule; license): stable.
            w.key("partialFingerprints")
            w.object { w in
                w.key("clearanceFinding/v1")
                w.openString()
                if component { w.gap() } else { w.stringContent(finding.policy?.file ?? "") }
                w.stringContent("|")
                w.stringContent(finding.rule.rawValue)
                w.stringContent("|")
                w.stringContent(finding.license ?? "")
                w.closeString()
            }
            w.key("properties")
            w.object { w in
                w.field("clause", finding.clause)
                if component {
                    w.key("component")
                    w.openString()
                    w.gap()
                    w.closeString()
                    w.key("kind")
                    w.openString()
                    w.gap()
                    w.closeString()
                }
                if let license = finding.license {
                    w.field("license", license)
                } else if component {
                    w.key("license")
                    w.openString()
                    w.gap()
                    w.closeString()
                }
                if let policy = finding.policy {
                    if let line = policy.line {
                        w.field("policyLine", joining: policy.file, ":", String(line))
                    } else {
                        w.field("policyLine", policy.file)
                    }
                }
                w.field("verdict", verdict.rawValue)
            }
            if hasLocation, let policyLocation {
                w.key("relatedLocations")
                w.array { w in
                    w.element()
                    write(policyLocation, id: 1, message: "the policy line behind the finding", uris: &uris, to: &w)
                }
            }
            w.field("ruleId", finding.rule.rawValue)
            w.field("ruleIndex", ruleIndex)
        }
    }

    /// What a component's location looks like in SARIF apart from its line and column.
    private struct LocationShape: Hashable {
        var file: String
        var hasLine: Bool
        var hasColumn: Bool
    }

    /// A component's location: the template of its shape (made once), with its column and line filled in.
    private func write(
        _ source: SourceLocation, templates: inout [LocationShape: JSONWriter.Template], uris: inout [String: String],
        to w: inout JSONWriter
    ) {
        let shape = LocationShape(file: source.file, hasLine: source.line != nil, hasColumn: source.column != nil)
        let template = w.template(for: shape, in: &templates) { w in
            write(source, id: nil, message: nil, uris: &uris, numbersAsGaps: true, to: &w)
        }
        // The gaps in the order `write` makes them: the column (when there is one), then the line.
        w.write(template) { w, gap in
            if gap == 0, let column = source.column {
                w.number(column)
            } else if let line = source.line {
                w.number(line)
            }
        }
    }

    /// A location, as ``location(for:id:message:uris:)`` makes it and ``Log/Location`` writes it; with gaps
    /// for its column and line when `numbersAsGaps`.
    private func write(
        _ source: SourceLocation, id: Int?, message: String?, uris: inout [String: String],
        numbersAsGaps: Bool = false, to w: inout JSONWriter
    ) {
        let uri = Self.uri(for: source.file, in: &uris)
        w.object { w in
            w.field("id", id)
            if let message {
                w.key("message")
                w.object { w in w.field("text", message) }
            }
            w.key("physicalLocation")
            w.object { w in
                w.key("artifactLocation")
                w.object { w in w.field("uri", uri) }
                if let line = source.line {
                    w.key("region")
                    w.object { w in
                        if numbersAsGaps {
                            if source.column != nil {
                                w.key("startColumn")
                                w.gap()
                            }
                            w.key("startLine")
                            w.gap()
                        } else {
                            w.field("startColumn", source.column)
                            w.field("startLine", line)
                        }
                    }
                }
            }
        }
    }

    /// The SARIF log of a report, as ``Log`` values: what ``write(_:context:to:)`` writes, for the tests to encode.
    func log(_ report: Report, context: RenderContext) -> Log {
        var entries: [(finding: Finding, result: Report.Result?)] = []
        for result in report.orderedResults {
            entries += result.orderedFindings.filter(isResult).map { ($0, result) }
        }
        entries += report.policyFindings.displayOrdered.filter(isResult).map { ($0, nil) }
        let rules = Set(entries.map(\.finding.rule)).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        var uris: [String: String] = [:]  // a report names a few files many times
        let results = entries.map { entry in
            result(for: entry.finding, in: entry.result, ruleIndex: ruleIndex[entry.finding.rule] ?? 0, uris: &uris)
        }
        let run = Log.Run(
            tool: .init(
                driver: .init(
                    name: "clearance", version: ClearanceVersion.string, semanticVersion: ClearanceVersion.string,
                    informationUri: Self.informationURI, rules: rules.map(descriptor))),
            results: results,
            columnKind: "unicodeCodePoints",
            properties: .init(
                policy: report.policy.name, policyFile: report.policy.file, policySha256: report.policy.sha256,
                asOf: report.asOf, verdict: report.verdict.rawValue, fail: report.summary.fail,
                review: report.summary.review, pass: report.summary.pass, baselined: context.baselined))
        return Log(schema: Self.schemaURI, version: "2.1.0", runs: [run])
    }

    /// `file` as a URI reference, made once per file: a report names a few files many times.
    private static func uri(for file: String, in uris: inout [String: String]) -> String {
        if let known = uris[file] { return known }
        let uri = file.uriReference
        uris[file] = uri
        return uri
    }

    func isResult(_ finding: Finding) -> Bool {
        finding.isOpen || (finding.rule == .exceptionApplied && finding.waivedBy == nil)
    }

    private func descriptor(_ rule: Rule) -> Log.ReportingDescriptor {
        Log.ReportingDescriptor(
            id: rule.rawValue, name: rule.displayName, shortDescription: .init(text: rule.summary),
            fullDescription: .init(text: rule.fullDescription),
            help: .init(text: "\(rule.summary) \(rule.remedy)"),
            properties: .init(tags: ["license-compliance"]))
    }

    private func result(
        for finding: Finding, in component: Report.Result?, ruleIndex: Int, uris: inout [String: String]
    ) -> Log.Result {
        let level: String
        switch finding.effectiveVerdict {
        case .fail: level = "error"
        case .review: level = "warning"
        case .pass: level = "note"
        }
        // The embedded default policy is no file in the repository, so it is no location either.
        let policyLocation = finding.policy.flatMap { $0.isEmbedded ? nil : $0 }
        let policy = policyLocation.map { location(for: $0, id: nil, uris: &uris) }
        var locations: [Log.Location] = []
        var related: [Log.Location] = []
        if let declared = component?.location {
            locations.append(location(for: declared, id: nil, uris: &uris))
            if let policyLocation {
                related.append(
                    location(for: policyLocation, id: 1, message: "the policy line behind the finding", uris: &uris))
            }
        } else if let policy {
            locations.append(policy)
        }
        let message = component.map { "\($0.component): \(finding.message)" } ?? finding.message
        // The baseline key (component, or the policy file for a policy finding; rule; license): stable across runs.
        let subject = component?.component ?? finding.policy?.file ?? ""
        let key = "\(subject)|\(finding.rule.rawValue)|\(finding.license ?? "")"
        return Log.Result(
            ruleId: finding.rule.rawValue, ruleIndex: ruleIndex, level: level, message: .init(text: message),
            locations: locations.isEmpty ? nil : locations, relatedLocations: related.isEmpty ? nil : related,
            partialFingerprints: .init(clearanceFinding: key),
            properties: .init(
                verdict: finding.effectiveVerdict.rawValue, component: component?.component,
                kind: component?.kind.rawValue,
                license: finding.license ?? component?.license, clause: finding.clause,
                policyLine: finding.policy?.shortDescription))
    }

    private func location(
        for source: SourceLocation, id: Int?, message: String? = nil, uris: inout [String: String]
    ) -> Log.Location {
        let region = source.line.map { Log.Region(startLine: $0, startColumn: source.column) }
        let uri = Self.uri(for: source.file, in: &uris)
        return Log.Location(
            id: id, physicalLocation: .init(artifactLocation: .init(uri: uri), region: region),
            message: message.map { .init(text: $0) })
    }

    /// The parts of a SARIF log that Clearance writes: the model that ``write(_:context:to:)`` writes directly, and
    /// that the tests encode with `JSONEncoder` to check its bytes.
    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }

        struct Run: Encodable {
            var tool: Tool
            var results: [Result]
            var columnKind: String
            var properties: RunProperties
        }

        struct RunProperties: Encodable {
            var policy: String
            var policyFile: String
            var policySha256: String
            var asOf: String
            var verdict: String
            var fail: Int
            var review: Int
            var pass: Int
            var baselined: Int
        }

        struct Tool: Encodable {
            var driver: Driver
        }

        struct Driver: Encodable {
            var name: String
            var version: String
            var semanticVersion: String
            var informationUri: String
            var rules: [ReportingDescriptor]
        }

        struct ReportingDescriptor: Encodable {
            var id: String
            var name: String
            var shortDescription: Message
            var fullDescription: Message
            var help: Message
            var properties: RuleProperties
        }

        struct RuleProperties: Encodable {
            var tags: [String]
        }

        struct Message: Encodable {
            var text: String
        }

        struct Result: Encodable {
            var ruleId: String
            var ruleIndex: Int
            var level: String
            var message: Message
            var locations: [Location]?
            var relatedLocations: [Location]?
            var partialFingerprints: Fingerprints
            var properties: ResultProperties
        }

        /// The one fingerprint Clearance writes (a struct, not a dictionary: one per result of a large report).
        struct Fingerprints: Encodable {
            var clearanceFinding: String

            enum CodingKeys: String, CodingKey {
                case clearanceFinding = "clearanceFinding/v1"
            }
        }

        struct ResultProperties: Encodable {
            var verdict: String
            var component: String?
            var kind: String?
            var license: String?
            var clause: String?
            var policyLine: String?
        }

        struct Location: Encodable {
            var id: Int?
            var physicalLocation: PhysicalLocation
            var message: Message?
        }

        struct PhysicalLocation: Encodable {
            var artifactLocation: ArtifactLocation
            var region: Region?
        }

        struct ArtifactLocation: Encodable {
            var uri: String
        }

        struct Region: Encodable {
            var startLine: Int
            var startColumn: Int?
        }
    }
}

extension SARIFFormatter.Log.ReportingDescriptor {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("fullDescription")
            fullDescription.write(to: &w)
            w.key("help")
            help.write(to: &w)
            w.field("id", id)
            w.field("name", name)
            w.key("properties")
            w.object { w in
                w.key("tags")
                w.array(properties.tags) { w, tag in w.string(tag) }
            }
            w.key("shortDescription")
            shortDescription.write(to: &w)
        }
    }
}

extension SARIFFormatter.Log.Message {
    func write(to w: inout JSONWriter) {
        w.object { w in w.field("text", text) }
    }
}
