extension Usage {
    /// Where each fact was declared, by its key: a manifest line, a policy line, or `--set KEY`.
    ///
    /// One slot per ``Usage/Key``, so that folding one set of facts over another (done for every component)
    /// costs no hashing. Encoded as an object keyed by the facts' YAML names.
    public struct Sources: Hashable, Sendable, Codable {
        /// Empty until a source is set (most facts are declared once, in the policy), then one slot per key.
        private var locations: [SourceLocation?] = []

        public init() {}

        public subscript(key: Key) -> SourceLocation? {
            get { locations.isEmpty ? nil : locations[key.index] }
            set {
                if locations.isEmpty {
                    guard newValue != nil else { return }
                    locations = Array(repeating: nil, count: Key.allCases.count)
                }
                locations[key.index] = newValue
            }
        }

        /// Whether no fact has a source.
        public var isEmpty: Bool { locations.allSatisfy { $0 == nil } }

        /// These sources, with every source `other` has taking precedence.
        mutating func merge(_ other: Sources) {
            if other.locations.isEmpty { return }
            if locations.isEmpty {
                locations = other.locations
                return
            }
            for i in locations.indices where other.locations[i] != nil { locations[i] = other.locations[i] }
        }

        public static func == (a: Sources, b: Sources) -> Bool {
            if a.locations.withUnsafeBufferPointer({ $0.baseAddress })
                == b.locations.withUnsafeBufferPointer({ $0.baseAddress })
            {
                return true  // the same array (or both empty)
            }
            return (0..<Key.allCases.count).allSatisfy { i in a.slot(i) == b.slot(i) }
        }

        public func hash(into hasher: inout Hasher) {
            for i in 0..<Key.allCases.count { hasher.combine(slot(i)) }
        }

        /// Feeds the lines and columns of the slots to `hasher`, folded into one number, and not the files: a
        /// cheaper hash where that is enough (one `combine` instead of two per slot).
        func combinePositions(into hasher: inout Hasher) {
            var folded: UInt64 = 0
            for location in locations {
                folded = folded &* 31 &+ UInt64(truncatingIfNeeded: location?.line ?? 0)
                folded = folded &* 31 &+ UInt64(truncatingIfNeeded: location?.column ?? 0)
            }
            hasher.combine(folded)
        }

        private func slot(_ i: Int) -> SourceLocation? {
            locations.isEmpty ? nil : locations[i]
        }

        public init(from decoder: any Decoder) throws {
            let byName = try [String: SourceLocation](from: decoder)
            for key in Key.allCases { self[key] = byName[key.rawValue] }
        }

        public func encode(to encoder: any Encoder) throws {
            var byName: [String: SourceLocation] = [:]
            for key in Key.allCases { byName[key.rawValue] = self[key] }
            try byName.encode(to: encoder)
        }
    }
}

extension Usage.Key {
    /// This key's slot in ``Usage/Sources``: each key has its own, from 0.
    var index: Int {
        switch self {
        case .commercial: 0
        case .monthlyActiveUsers: 1
        case .annualRevenueUSD: 2
        case .domicile: 3
        case .distribution: 4
        case .modifies: 5
        case .trainsOnOutputs: 6
        case .multimodal: 7
        case .purposes: 8
        }
    }

    /// The YAML names of all keys, in order.
    static let names = Usage.Key.allCases.map(\.rawValue)
}
