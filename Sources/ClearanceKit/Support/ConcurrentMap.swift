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

/// `0..<count` sorted by `areInIncreasingOrder`, stably, as `(0..<count).sorted(by:)` gives it: runs of the
/// range are sorted on all processor cores, then merged (a tie keeps the lower index first).
func concurrentSortedIndices(_ count: Int, by areInIncreasingOrder: @Sendable (Int, Int) -> Bool) -> [Int] {
    let runs = count >= 4096 ? min(8, ProcessInfo.processInfo.activeProcessorCount) : 1
    if runs <= 1 { return (0..<count).sorted(by: areInIncreasingOrder) }
    var sorted = concurrentMap(runs) { run in
        (count * run / runs..<count * (run + 1) / runs).sorted(by: areInIncreasingOrder)
    }
    while sorted.count > 1 {
        let pairs = sorted.count / 2
        let merged = concurrentMap(pairs) { [sorted] p in merge(sorted[2 * p], sorted[2 * p + 1], by: areInIncreasingOrder) }
        sorted = sorted.count % 2 == 1 ? merged + [sorted[sorted.count - 1]] : merged
    }
    return sorted[0]
}

/// Two sorted runs of indices merged into one; on a tie the left run's index (the lower one) comes first.
private func merge(_ left: [Int], _ right: [Int], by areInIncreasingOrder: (Int, Int) -> Bool) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(left.count + right.count)
    var l = 0, r = 0
    while l < left.count, r < right.count {
        if areInIncreasingOrder(right[r], left[l]) {
            result.append(right[r])
            r += 1
        } else {
            result.append(left[l])
            l += 1
        }
    }
    result += left[l...]
    result += right[r...]
    return result
}
