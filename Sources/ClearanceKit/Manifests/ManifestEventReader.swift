import ClearanceYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a project manifest straight from libyaml's events, with no tree: the fast way through a large
/// `clearance.yaml` that has nothing wrong with it.
///
/// It follows only what ``ProjectManifest/decode(_:context:)`` accepts without a diagnostic, and gives up at the
/// first event that is anything else: an unknown or repeated key, a value of the wrong kind, an anchor, alias or
/// tag, a second document, a manifest `usage` after the component lists. The manifest is then read through the
/// tree, which reports what is wrong; so this reader never has a message of its own, and what it returns is
/// what the tree path returns (tests compare the two). Scalars are read by the same accessors as in the tree
/// (`Node.boolean()`, `schemaVersion()`, `Usage.set(_:from:)`); the only lists a manifest has, `base-model` and
/// `distribution`, are lists of words, read item by item as `Node.strings` and `Node.enumeration` read them.
struct ManifestEventReader {
    private let context: DecodeContext
    private var state = State.document
    /// The root keys seen, one bit per key at its index in ``ProjectManifest/keys``.
    private var rootKeys: UInt8 = 0
    /// The manifest's `usage`, under every component's own.
    private var usage = Usage()
    /// The `usage` mapping being read, and the facts it has declared so far (one bit per key, at its index). A
    /// component's facts are set over the manifest's, which is what folding them under its own would give.
    private var facts = Usage()
    private var factKeys: UInt8 = 0
    /// The `distribution` list being read, and where it starts.
    private var distribution: [Usage.Distribution] = []
    private var distributionMark = Mark(line: 1, column: 1)
    /// The components of `models`, `datasets` and `packages`, in that order (the tree path's order).
    private var lists: [[Component]] = [[], [], []]
    private var list = 0
    private var item = Item()

    init(file: String) {
        context = DecodeContext(file: file)
    }

    /// Whether the manifest has `models`, `datasets` or `packages`: what makes a YAML file one, whatever its name.
    var declaresComponents: Bool { rootKeys & 0b11100 != 0 }

    /// The manifest's components, once the scan accepted every event.
    consuming func components() -> [Component] {
        if lists[1].isEmpty && lists[2].isEmpty { return lists[0] }
        return lists[0] + lists[1] + lists[2]
    }

    private enum State {
        case document, root, rootKey, rootValue(Int), list, itemKey, itemValue(ItemKey)
        /// In a `usage` mapping: the manifest's, or the component's.
        case usageKey(forItem: Bool), usageValue(Usage.Key, forItem: Bool)
        /// In the list of a `distribution` fact.
        case distribution(forItem: Bool)
        /// In a component's `base-model` list.
        case baseModels
        case end
    }

    /// The keys of a component, at their index in ``ProjectManifest/componentKeys``.
    private enum ItemKey: Int {
        case name, license, revision, multimodal, usage, baseModel, baseModelRelation
    }

    /// One entry of a list, as far as it has been read.
    private struct Item {
        var mark = Mark(line: 1, column: 1)
        var keys: UInt8 = 0
        var name: String?
        var license: String?
        var licenseMark: Mark?
        var revision: String?
        var multimodal: Bool?
        /// Its `usage` over the manifest's, if it has one.
        var usage: Usage?
        var baseModels: [String] = []
        var baseModelRelation: String?
    }

    private static let rootKeyBytes = ProjectManifest.keys.map { Array($0.utf8) }
    private static let itemKeyBytes = ProjectManifest.componentKeys.map { Array($0.utf8) }
    private static let factKeyBytes = Usage.Key.allCases.map { Array($0.rawValue.utf8) }
    private static let distributionBytes = Usage.Distribution.allCases.map { Array($0.rawValue.utf8) }

    /// Follows one event; false to give up.
    mutating func visit(_ e: YAMLEvent) -> Bool {
        if e.hasAnchorOrTag { return false }
        switch state {
        case .document:
            guard e.kind == .documentStart else { return false }
            state = .root
        case .root:
            guard e.kind == .mappingStart else { return false }
            state = .rootKey
        case .rootKey:
            if e.kind == .collectionEnd {
                // `schema` is required.
                guard rootKeys & 1 != 0 else { return false }
                state = .end
                return true
            }
            guard e.kind == .scalar, let key = Self.index(of: e, in: Self.rootKeyBytes), rootKeys & (1 << key) == 0 else {
                return false
            }
            rootKeys |= 1 << key
            state = .rootValue(key)
        case .rootValue(let key):
            return rootValue(key, e)
        case .list:
            switch e.kind {
            case .mappingStart:
                item = Item(mark: e.mark)
                state = .itemKey
            case .collectionEnd:
                state = .rootKey
            default:
                return false
            }
        case .itemKey:
            if e.kind == .collectionEnd { return endItem() }
            guard e.kind == .scalar, let index = Self.index(of: e, in: Self.itemKeyBytes), item.keys & (1 << index) == 0
            else { return false }
            item.keys |= 1 << index
            state = .itemValue(ItemKey(rawValue: index)!)
        case .itemValue(let key):
            return itemValue(key, e)
        case .usageKey(let forItem):
            if e.kind == .collectionEnd {
                if forItem {
                    item.usage = facts
                    state = .itemKey
                } else {
                    usage = facts
                    state = .rootKey
                }
                return true
            }
            guard e.kind == .scalar, let index = Self.index(of: e, in: Self.factKeyBytes), factKeys & (1 << index) == 0
            else { return false }
            factKeys |= 1 << index
            state = .usageValue(Usage.Key.allCases[index], forItem: forItem)
        case .usageValue(let key, let forItem):
            state = .usageKey(forItem: forItem)
            if e.kind == .scalar {
                // A null fact is as absent, as for `Usage.decode`.
                return Self.isNull(e) || fact(key, Self.node(e))
            }
            // The one list among the facts; any other collection is wrong (`Usage.set` would say so).
            guard key == .distribution && e.kind == .sequenceStart else { return false }
            distribution = []
            distributionMark = e.mark
            state = .distribution(forItem: forItem)
        case .distribution(let forItem):
            switch e.kind {
            case .scalar:
                // As `Node.enumeration` reads each item: a null or an unknown word is wrong.
                guard !Self.isNull(e), let index = Self.index(of: e, in: Self.distributionBytes) else { return false }
                distribution.append(Usage.Distribution.allCases[index])
            case .collectionEnd:
                facts.distribution = distribution
                facts.sources[.distribution] = context.location(distributionMark)
                state = .usageKey(forItem: forItem)
            default:
                return false
            }
        case .baseModels:
            switch e.kind {
            case .scalar:
                // As `Node.strings` reads each item: a null is wrong.
                guard !Self.isNull(e) else { return false }
                item.baseModels.append(e.text)
            case .collectionEnd:
                state = .itemKey
            default:
                return false
            }
        case .end:
            return e.kind == .streamEnd
        }
        return true
    }

    private mutating func rootValue(_ key: Int, _ e: YAMLEvent) -> Bool {
        let name = ProjectManifest.keys[key]
        state = .rootKey
        // A null value is as absent, which `schema` must not be.
        if e.kind == .scalar, Self.isNull(e) { return name != "schema" }
        switch name {
        case "schema":
            guard e.kind == .scalar else { return false }
            return (try? Self.node(e).schemaVersion()) != nil
        case "usage":
            // Components fold the manifest's usage in as they are read, so it must come before them.
            guard lists.allSatisfy(\.isEmpty) else { return false }
            return startUsage(e, forItem: false)
        default:
            guard e.kind == .sequenceStart else { return false }
            list = key - 2
            state = .list
            return true
        }
    }

    private mutating func itemValue(_ key: ItemKey, _ e: YAMLEvent) -> Bool {
        state = .itemKey
        guard e.kind == .scalar else {
            switch key {
            case .usage: return startUsage(e, forItem: true)
            case .baseModel:
                guard e.kind == .sequenceStart else { return false }
                state = .baseModels
                return true
            default: return false
            }
        }
        if Self.isNull(e) { return key != .name }  // as absent; `name` is required
        switch key {
        case .name: item.name = e.text
        case .license:
            item.license = e.text
            item.licenseMark = e.mark
        case .revision: item.revision = e.text
        case .multimodal:
            guard let value = try? Self.node(e).boolean() else { return false }
            item.multimodal = value
        case .usage: return false
        case .baseModel: item.baseModels = [e.text]
        case .baseModelRelation: item.baseModelRelation = e.text
        }
        return true
    }

    /// Starts a `usage` mapping; anything else there is wrong (`Usage.decode` would say so).
    private mutating func startUsage(_ e: YAMLEvent, forItem: Bool) -> Bool {
        guard e.kind == .mappingStart else { return false }
        facts = forItem ? usage : Usage()
        factKeys = 0
        state = .usageKey(forItem: forItem)
        return true
    }

    /// Sets one fact of the `usage` being read, as `Usage.decode` does; false when the value is wrong for it.
    private mutating func fact(_ key: Usage.Key, _ value: Node) -> Bool {
        guard (try? facts.set(key, from: value)) != nil else { return false }
        facts.sources[key] = context.location(value.mark)
        return true
    }

    private mutating func endItem() -> Bool {
        // Taken out whole, so that its values move into the component rather than being copied.
        var item = Item()
        swap(&item, &self.item)
        guard let name = item.name else { return false }
        let kind: Component.Kind = list == 0 ? .model : list == 1 ? .dataset : .package
        lists[list].append(Component(
            name: name, kind: kind, license: item.license, location: context.location(item.licenseMark ?? item.mark),
            revision: item.revision, multimodal: item.multimodal, usage: item.usage ?? usage,
            baseModels: item.baseModels, baseModelRelation: item.baseModelRelation))
        state = .list
        return true
    }

    /// The index of the scalar's value in `keys`, if it is one of them.
    private static func index(of e: YAMLEvent, in keys: [[UInt8]]) -> Int? {
        keys.firstIndex { $0.count == e.value.count && $0.withUnsafeBufferPointer { memcmp($0.baseAddress!, e.value.baseAddress!, $0.count) == 0 } }
    }

    private static func node(_ e: YAMLEvent) -> Node {
        Node(.scalar(Node.Scalar(e.text, style: e.style)), at: e.mark)
    }

    private static func isNull(_ e: YAMLEvent) -> Bool {
        e.style == .plain && (e.value.isEmpty || e.valueEquals("~") || e.valueEquals("null") || e.valueEquals("Null") || e.valueEquals("NULL"))
    }
}

extension ProjectManifest {
    /// The components of a manifest read from its events (see ``ManifestEventReader``); nil when the manifest
    /// must be read through the tree, to report what is wrong with it or to follow what the events reader does
    /// not.
    ///
    /// - Parameter named: whether the file is named as a manifest; if not, it is one only if it declares
    ///   components (as ``ManifestLoader`` tells a manifest from other YAML).
    static func readEvents(_ bytes: [UInt8], file: String, named: Bool = true) -> [Component]? {
        var reader = ManifestEventReader(file: file)
        guard YAMLParser().scan(bytes, { reader.visit($0) }), named || reader.declaresComponents else { return nil }
        return reader.components()
    }
}
