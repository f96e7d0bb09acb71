import Dispatch
import Foundation

/// Maps `0..<count` through `transform` on all processor cores, in contiguous chunks (several per core, so
/// that one slow item does not hold a core up alone); the results come back in index order, exactly as a
/// sequential map would give them. Small inputs, or `concurrently: false`, run on the calling thread.
func concurrentMap<T>(_ count: Int, concurrently: Bool = true, _ transform: @Sendable (Int) -> T) -> [T] {
    concurrentMap(count, concurrently: concurrently, scratch: {}) { _, i in transform(i) }
}

/// ``concurrentMap(_:concurrently:_:)`` with a scratch value for each chunk, made by `scratch` when the chunk
/// starts and passed to `transform` for each of its items: somewhere to keep what the chunk's items share
/// (a cache) without a lock.
func concurrentMap<T, Scratch>(
    _ count: Int, concurrently: Bool = true, scratch: @Sendable () -> Scratch,
    _ transform: @Sendable (inout Scratch, Int) -> T
) -> [T] {
    let chunks = concurrently && count >= 32 ? min(count, ProcessInfo.processInfo.activeProcessorCount * 8) : 1
    if chunks <= 1 {
        var state = scratch()
        return (0..<count).map { transform(&state, $0) }
    }
    // The results are written in place, into the array's own storage: no copy of them afterwards.
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let slots = Slots(base: buffer.baseAddress!)
        withoutActuallyEscaping(transform) { transform in
            withoutActuallyEscaping(scratch) { scratch in
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var state = scratch()
                    for i in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                        slots.initialize(i, to: transform(&state, i))
                    }
                }
            }
        }
        initialized = count
    }
}

/// The uninitialized storage of an array being made; each slot is written by exactly one task, and the whole is
/// read only after every task has finished.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>

    func initialize(_ index: Int, to value: T) {
        (base + index).initialize(to: value)
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
