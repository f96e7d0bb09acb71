import Testing

@testable import ClearanceKit

@Suite("Concurrent map")
struct ConcurrentMapTests {
    /// Results come back in the elements' order, on all cores or on one.
    @Test(arguments: [0, 1, 2, 31, 1_000])
    func resultsInOrder(_ count: Int) {
        let items = Array(0..<count)
        #expect(items.concurrentMap { "item \($0)" } == items.map { "item \($0)" })
        #expect(items.concurrentMap(concurrently: false) { "item \($0)" } == items.map { "item \($0)" })
    }
}
