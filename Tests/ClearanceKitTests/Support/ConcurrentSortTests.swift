@testable import ClearanceKit
import Testing

@Suite struct ConcurrentSortTests {
    /// Keys with many ties: the concurrent sort must give exactly the order of a stable sequential sort, so
    /// that tied results keep their input order whatever the number of cores.
    @Test(arguments: [0, 1, 100, 4095, 4096, 10_007, 50_000])
    func matchesAStableSequentialSort(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let keys = (0..<count).map { _ in Int.random(in: 0..<max(1, count / 10), using: &generator) }
        let concurrent = concurrentSortedIndices(count) { keys[$0] < keys[$1] }
        let sequential = (0..<count).sorted { keys[$0] < keys[$1] }
        #expect(concurrent == sequential)
    }
}
