import Foundation

/// Remembers the suggestions computed for unknown names, shared by copies of one resolver and safe across
/// threads. Holds at most ``limit`` names; when full, it starts again empty.
final class SuggestionCache: @unchecked Sendable {
    static let limit = 4096

    private let lock = NSLock()
    private var entries: [String: [String]] = [:]

    func value(for key: String) -> [String]? {
        lock.withLock { entries[key] }
    }

    func store(_ suggestions: [String], for key: String) {
        lock.withLock {
            if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = suggestions
        }
    }
}
