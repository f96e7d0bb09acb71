import Testing
@testable import ClearanceKit

@Suite("Concurrent map")
struct ConcurrentMapTests {
    /// Results land at their own index, written in place by every core.
    @Test(arguments: [0, 1, 31, 32, 1_000, 10_007])
    func resultsInIndexOrder(_ count: Int) {
        let values = concurrentMap(count) { "item \($0)" }
        #expect(values == (0..<count).map { "item \($0)" })
    }

    /// Each chunk gets a fresh scratch value: a count of the items it has handled restarts at each chunk's first
    /// item and goes up by one within a chunk.
    @Test func scratchIsPerChunk() {
        let seen = concurrentMap(10_000, scratch: { 0 }) { count, _ in
            defer { count += 1 }
            return count
        }
        #expect(seen.first == 0)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $1 == $0 + 1 || $1 == 0 })
        #expect(seen.filter { $0 == 0 }.count > 1)
    }
}
