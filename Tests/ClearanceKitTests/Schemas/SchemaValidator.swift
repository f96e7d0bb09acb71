import Foundation

/// Checks values against the JSON Schemas (draft 2020-12) in `Schemas/`, for the keywords those schemas use.
///
/// Supported: `$ref` (to `#/$defs/…` or `other.schema.json#/$defs/…`), `type`, `const`, `enum`, `properties`,
/// `additionalProperties` (false or a schema), `required`, `items`, `minItems`, `pattern`, `minimum`, `anyOf`,
/// `oneOf`, `allOf`; annotations (`title`, `description`, `$id`, `$schema`, `$defs`, `$comment`, `default`,
/// `examples`) are ignored. Any other keyword is an error, so a schema cannot lean on one this does not check.
struct SchemaValidator: Sendable {
    /// The schemas, by file name (`policy.schema.json`).
    let schemas: [String: SchemaInstance]

    static let annotations: Set<String> = [
        "$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples",
    ]

    /// Reads every `*.schema.json` in `directory`.
    init(directory: URL) throws {
        var schemas: [String: SchemaInstance] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path)
        where name.hasSuffix(".schema.json") {
            schemas[name] = try SchemaInstance.json(Data(contentsOf: directory.appendingPathComponent(name)))
        }
        self.schemas = schemas
    }

    /// Every way `instance` breaks schema `file`, as `/json/pointer: message`; empty when it is valid.
    func errors(_ instance: SchemaInstance, file: String) -> [String] {
        guard let schema = schemas[file] else { return ["no schema \(file)"] }
        var errors: [String] = []
        check(instance, schema, file: file, path: "", into: &errors)
        return errors
    }

    private func check(
        _ value: SchemaInstance, _ schema: SchemaInstance, file: String, path: String, into errors: inout [String]
    ) {
        guard case .object(let keywords) = schema else {
            if schema == .bool(false) { errors.append("\(at(path)): not allowed") }
            return
        }
        for keyword in keywords {
            let k = keyword.value
            switch keyword.key {
            case _ where Self.annotations.contains(keyword.key): continue
            case "$ref":
                guard let (target, targetFile) = resolve(k.text ?? "", from: file) else {
                    errors.append("\(at(path)): unresolved $ref \(k)")
                    continue
                }
                check(value, target, file: targetFile, path: path, into: &errors)
            case "type":
                let types = (k.text.map { [$0] }) ?? arrayTexts(k)
                if !types.contains(where: { matches(value, type: $0) }) {
                    errors.append("\(at(path)): expected \(types.joined(separator: " or ")), found \(describe(value))")
                }
            case "const":
                if !equal(value, k) { errors.append("\(at(path)): expected \(describe(k)), found \(describe(value))") }
            case "enum":
                guard case .array(let options) = k else { continue }
                if !options.contains(where: { equal(value, $0) }) {
                    errors.append(
                        "\(at(path)): expected one of \(options.map(describe).joined(separator: ", ")), found \(describe(value))")
                }
            case "properties":
                guard case .object(let members) = value, case .object(let properties) = k else { continue }
                for member in members {
                    if let property = properties.first(where: { $0.key == member.key }) {
                        check(member.value, property.value, file: file, path: path + "/" + member.key, into: &errors)
                    }
                }
            case "additionalProperties":
                guard case .object(let members) = value else { continue }
                let known = Set(schema["properties"].flatMap { properties -> [String]? in
                    guard case .object(let list) = properties else { return nil }
                    return list.map(\.key)
                } ?? [])
                for member in members where !known.contains(member.key) {
                    if k == .bool(false) {
                        errors.append("\(at(path)): unknown key '\(member.key)'")
                    } else {
                        check(member.value, k, file: file, path: path + "/" + member.key, into: &errors)
                    }
                }
            case "required":
                guard case .object(let members) = value else { continue }
                for key in arrayTexts(k) where !members.contains(where: { $0.key == key }) {
                    errors.append("\(at(path)): missing required key '\(key)'")
                }
            case "items":
                guard case .array(let items) = value else { continue }
                for (index, item) in items.enumerated() {
                    check(item, k, file: file, path: path + "/\(index)", into: &errors)
                }
            case "minItems":
                if case .array(let items) = value, let minimum = k.numberValue, Double(items.count) < minimum {
                    errors.append("\(at(path)): expected at least \(Int(minimum)) items, found \(items.count)")
                }
            case "minimum":
                if let number = value.numberValue, let minimum = k.numberValue, number < minimum {
                    errors.append("\(at(path)): expected \(Int(minimum)) or more, found \(describe(value))")
                }
            case "pattern":
                guard let text = value.text, let pattern = k.text else { continue }
                let regex = try? NSRegularExpression(pattern: pattern)
                let range = NSRange(text.startIndex..., in: text)
                if regex?.firstMatch(in: text, range: range) == nil {
                    errors.append("\(at(path)): '\(text)' does not match \(pattern)")
                }
            case "anyOf", "oneOf", "allOf":
                guard case .array(let branches) = k else { continue }
                let results = branches.map { branch in
                    var found: [String] = []
                    check(value, branch, file: file, path: path, into: &found)
                    return found
                }
                let passing = results.filter(\.isEmpty).count
                switch keyword.key {
                case "allOf": errors += results.flatMap { $0 }
                case "oneOf" where passing != 1:
                    errors.append("\(at(path)): matches \(passing) of the oneOf branches, not exactly one")
                case "anyOf" where passing == 0:
                    // The branch that got deepest into the value is most likely the one meant.
                    func depth(_ found: [String]) -> Int { found.map { $0.split(separator: ":")[0].count }.max() ?? 0 }
                    errors += results.enumerated().max { a, b in
                        (depth(a.element), -a.offset) < (depth(b.element), -b.offset)
                    }?.element ?? []
                default: break
                }
            default:
                errors.append("\(at(path)): the schema uses '\(keyword.key)', which this validator does not check")
            }
        }
    }

    private func at(_ path: String) -> String { path.isEmpty ? "/" : path }

    /// The schema a `$ref` names, and its file.
    private func resolve(_ reference: String, from file: String) -> (SchemaInstance, String)? {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let targetFile = parts[0].isEmpty ? file : String(parts[0])
        guard var node = schemas[targetFile] else { return nil }
        let pointer = parts.count > 1 ? parts[1] : ""
        for token in pointer.split(separator: "/") {
            guard let next = node[String(token)] else { return nil }
            node = next
        }
        return (node, targetFile)
    }

    private func arrayTexts(_ value: SchemaInstance) -> [String] {
        guard case .array(let items) = value else { return [] }
        return items.compactMap(\.text)
    }

    private func matches(_ value: SchemaInstance, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): true
        case ("number", .number): true
        case ("integer", .number(let n)): n.rounded() == n
        case ("string", .plain): true
        case ("boolean", .plain(let s)): s == "true" || s == "false"
        case ("integer", .plain), ("number", .plain): value.numberValue != nil
        default: false
        }
    }

    /// Whether `value` equals the JSON value `expected`, reading a plain scalar as `expected`'s type.
    private func equal(_ value: SchemaInstance, _ expected: SchemaInstance) -> Bool {
        switch (value, expected) {
        case (.plain(let s), .string(let e)): s == e
        case (.plain(let s), .bool(let e)): s == String(e)
        case (.plain, .number(let e)): value.numberValue == e
        default: value == expected
        }
    }

    private func describe(_ value: SchemaInstance) -> String {
        switch value {
        case .null: "null"
        case .bool(let b): String(b)
        case .number(let n): n.rounded() == n ? String(Int(n)) : String(n)
        case .string(let s), .plain(let s): "'\(s)'"
        case .array: "a list"
        case .object: "a mapping"
        }
    }
}
