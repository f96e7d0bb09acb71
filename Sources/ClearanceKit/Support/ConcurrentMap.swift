import Dispatch
import Foundation

/// Maps `0..<count` through `transform` on all processor cores, in contiguous chunks (several per core, so
/// that one slow item does not hold a core up alone); the results come back in index order, exactly as a
/// sequential map would give them. Small inputs, or `concurrently: false`, run on the calling thread.
func concurrentMap<T>(_ count: Int, concurrently: Bool = true, _ transform: @Sendable (Int) -> T) -> [T] {
    let chunks = concurrently && count >= 32 ? min(count, ProcessInfo.processInfo.activeProcessorCount * 8) : 1
    if chunks <= 1 { return (0..<count).map(transform) }
    return withoutActuallyEscaping(transform) { transform in
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for i in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) { slots.initialize(i, to: transform(i)) }
        }
        return slots.moveToArray()
    }
}

/// Uninitialized storage for `count` results; each slot is written by exactly one task, and the whole is
/// read only after every task has finished.
private final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
    }

    func initialize(_ index: Int, to value: T) {
        (base + index).initialize(to: value)
    }

    /// The results as an array; the slots are empty afterwards.
    func moveToArray() -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: base, count: count)
            initialized = count
        }
    }

    deinit {
        base.deallocate()
    }
}
