extension Report {
    /// The report as the JSON report's UTF-8: what `JSONEncoder` gives for it (pretty, sorted keys), written
    /// directly.
    var json: [UInt8] {
        // Room for the whole text (most results take 1 to 2.5 KB), so that it is not copied as it grows: pages
        // reserved and never written take no memory.
        var writer = JSONWriter(reservingCapacity: 4096 + 3072 * results.count)
        write(to: &writer)
        return writer.document()
    }

    /// The JSON report handed to `write` in pieces (see ``ReportFormatter/render(_:context:inPieces:)``).
    func json(inPieces write: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(write) { write in
            var writer = JSONWriter(pieces: write)
            self.write(to: &writer)
            writer.finishPieces()
        }
    }

    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("asOf", asOf)
            w.key("factSets")
            w.array { w in
                // Fact sets with the same values, declared in the same files, differ only in their lines and
                // columns: each is written from the template of the first, its lines and columns in the gaps.
                var templates: [Usage: JSONWriter.Template] = [:]
                for facts in factSets {
                    w.element()
                    let template = w.template(for: facts.withoutPositions, in: &templates) { w in
                        facts.write(to: &w, withGaps: true)
                    }
                    let positions = facts.positions
                    w.write(template) { w, gap in w.number(positions[gap]) }
                    w.flush()
                }
            }
            w.key("licenses")
            w.array(licenses) { w, license in
                w.object { w in
                    w.field("id", license.id)
                    w.field("name", license.name)
                    w.key("unverified")
                    w.array(license.unverified) { w, note in w.string(note) }
                    w.field("verified", license.verified)
                }
            }
            w.key("overrides")
            w.array(overrides) { w, override in
                w.object { w in
                    w.field("file", override.file)
                    w.field("id", override.id)
                }
            }
            w.key("policy")
            w.object { w in
                w.field("file", policy.file)
                w.field("name", policy.name)
                w.field("sha256", policy.sha256)
            }
            w.key("policyFindings")
            w.array(policyFindings) { w, finding in finding.write(to: &w) }
            w.key("results")
            w.array { w in
                // A result is the template of the results that share its findings and obligations (and have, or
                // have not, a location), with its name, fact set, kind, license and location in the gaps.
                var templates: [ResultTemplateKey: JSONWriter.Template] = [:]
                for result in results {
                    w.element()
                    let key = ResultTemplateKey(
                        findings: StorageIdentity(result.findings), obligations: StorageIdentity(result.obligations),
                        hasLocation: result.location != nil)
                    let template = w.template(for: key, in: &templates) { w in result.write(to: &w, withGaps: true) }
                    w.write(template) { w, gap in
                        switch gap {
                        case 0: w.stringContent(result.component)
                        case 1: w.number(result.factSet)
                        case 2: w.stringContent(result.kind.rawValue)
                        case 3: w.stringContent(result.license)
                        default: result.location?.write(to: &w)
                        }
                    }
                    w.flush()
                }
            }
            w.field("schemaVersion", schemaVersion)
            w.key("summary")
            w.object { w in
                w.field("fail", summary.fail)
                w.field("pass", summary.pass)
                w.field("review", summary.review)
            }
            w.field("verdict", verdict.rawValue)
        }
    }
}

/// What a result's template is made for (see ``Report/write(to:)``).
private struct ResultTemplateKey: Hashable {
    var findings: StorageIdentity
    var obligations: StorageIdentity
    var hasLocation: Bool
}

extension Report.Result {
    /// Writes the result; `withGaps`, its name, fact set, kind, license and location (in this order) are gaps of a
    /// template (see ``JSONWriter/template(_:)``) that any result with the same findings and obligations fills.
    func write(to w: inout JSONWriter, withGaps: Bool = false) {
        w.object { w in
            func field(_ name: String, _ value: String) {
                if withGaps { w.stringGap(name) } else { w.field(name, value) }
            }
            field("component", component)
            if withGaps {
                w.key("factSet")
                w.gap()
            } else {
                w.field("factSet", factSet)
            }
            w.key("findings")
            // Results with the same outcome share their arrays of findings and obligations (see StorageIdentity).
            w.shared(StorageIdentity(findings)) { w in w.array(findings) { w, finding in finding.write(to: &w) } }
            field("kind", kind.rawValue)
            field("license", license)
            if let location {
                w.key("location")
                if withGaps { w.gap() } else { location.write(to: &w) }
            }
            w.key("obligations")
            w.shared(StorageIdentity(obligations)) { w in
                w.array(obligations) { w, item in
                    w.object { w in
                        w.field("clause", item.clause)
                        w.field("id", item.id)
                        w.field("license", item.license)
                        w.field("text", item.text)
                    }
                }
            }
            w.field("verdict", verdict.rawValue)
        }
    }
}

extension Finding {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("clause", clause)
            w.field("license", license)
            w.field("message", message)
            if let policy {
                w.key("policy")
                policy.write(to: &w)
            }
            w.field("rule", rule.rawValue)
            w.field("verdict", verdict.rawValue)
            w.field("waivedBy", waivedBy)
        }
    }
}

extension Usage {
    /// The facts as `Usage`'s `Codable` gives them: declared facts only, and where each was declared;
    /// `withGaps`, the sources' columns and lines (in ``positions`` order) are gaps of a template.
    func write(to w: inout JSONWriter, withGaps: Bool = false) {
        w.object { w in
            w.field("annualRevenueUSD", annualRevenueUSD)
            w.field("commercial", commercial)
            if let distribution {
                w.key("distribution")
                w.array(distribution) { w, channel in w.string(channel.rawValue) }
            }
            w.field("domicile", domicile)
            w.field("modifies", modifies)
            w.field("monthlyActiveUsers", monthlyActiveUsers)
            w.field("multimodal", multimodal)
            w.key("sources")
            w.object { w in
                for key in Self.keysByName {
                    if let location = sources[key] {
                        w.key(key.rawValue)
                        location.write(to: &w, withGaps: withGaps)
                    }
                }
            }
            w.field("trainsOnOutputs", trainsOnOutputs)
        }
    }

    /// The facts' keys sorted by YAML name, as a dictionary's keys are: sorted once, not for each fact set.
    private static let keysByName = Key.allCases.sorted { $0.rawValue < $1.rawValue }

    /// These facts with each source's line and column, where it has one, made 0: what a fact set's template is
    /// made for.
    fileprivate var withoutPositions: Usage {
        var shape = self
        for key in Key.allCases {
            guard let location = sources[key] else { continue }
            shape.sources[key] = SourceLocation(
                file: location.file, line: location.line.map { _ in 0 }, column: location.column.map { _ in 0 })
        }
        return shape
    }

    /// The sources' columns and lines, in the order a template's gaps have them.
    fileprivate var positions: [Int] {
        var positions: [Int] = []
        for key in Self.keysByName {
            guard let location = sources[key] else { continue }
            if let column = location.column { positions.append(column) }
            if let line = location.line { positions.append(line) }
        }
        return positions
    }
}

extension SourceLocation {
    /// The location as an object; `withGaps`, its column and line are gaps of a template.
    func write(to w: inout JSONWriter, withGaps: Bool = false) {
        w.object { w in
            if withGaps, column != nil {
                w.key("column")
                w.gap()
            } else {
                w.field("column", column)
            }
            w.field("file", file)
            if withGaps, line != nil {
                w.key("line")
                w.gap()
            } else {
                w.field("line", line)
            }
        }
    }
}
