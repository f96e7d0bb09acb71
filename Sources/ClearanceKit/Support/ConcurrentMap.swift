import Dispatch

extension Array where Element: Sendable {
    /// The elements mapped through `transform` on all processor cores, in order: for independent, sizeable work
    /// items such as whole files. Fewer than two elements, or `concurrently: false`, run on the calling thread.
    func concurrentMap<T: Sendable>(concurrently: Bool = true, _ transform: @Sendable (Element) -> T) -> [T] {
        guard concurrently, count > 1 else { return map(transform) }
        let results = ResultBox<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            results.set(i, transform(self[i]))
        }
        return results.values()
    }
}

/// The results of a concurrent map: each slot written by exactly one iteration, all read after the last.
private final class ResultBox<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        slots[index] = value
    }

    func values() -> [T] {
        slots.map { $0.unsafelyUnwrapped }
    }
}
