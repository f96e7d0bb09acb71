import Dispatch
import Foundation

/// Maps `0..<count` through `transform` on all processor cores, in contiguous chunks (several per core, so
/// that one slow item does not hold a core up alone); the results come back in index order, exactly as a
/// sequential map would give them. Fewer than `minimumCount` items, or `concurrently: false`, run on the
/// calling thread: the default suits small items; a caller whose items are themselves chunks of work passes 2.
func concurrentMap<T>(
    _ count: Int, concurrently: Bool = true, minimumCount: Int = 32, _ transform: @Sendable (Int) -> T
) -> [T] {
    concurrentMap(count, concurrently: concurrently, minimumCount: minimumCount, scratch: {}) { _, i in transform(i) }
}

/// ``concurrentMap(_:concurrently:_:)`` with a scratch value for each chunk, made by `scratch` when the chunk
/// starts and passed to `transform` for each of its items: somewhere to keep what the chunk's items share
/// (a cache) without a lock.
func concurrentMap<T, Scratch>(
    _ count: Int, concurrently: Bool = true, minimumCount: Int = 32, scratch: @Sendable () -> Scratch,
    _ transform: @Sendable (inout Scratch, Int) -> T
) -> [T] {
    let chunks = concurrently && count >= max(2, minimumCount) ? min(count, ProcessInfo.processInfo.activeProcessorCount * 8) : 1
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

/// An array's elements lent to the tasks of a concurrent map, to be read in place.
///
/// A task that reads an element of an array copies it, taking a reference to each of its fields, and when the
/// tasks on every core take references to the same objects at once, that costs more than the reading. Valid
/// only inside the `withUnsafeBufferPointer` that lent them.
struct LentElements<T>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<T>

    /// The element at `index`, borrowed in place (a buffer's own subscript returns a copy).
    subscript(index: Int) -> T {
        unsafeAddress { buffer.baseAddress! + index }
    }
}

/// The uninitialized storage of an array being made; each slot is written by exactly one task, and the whole is
/// read only after every task has finished.
struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>

    func initialize(_ index: Int, to value: T) {
        (base + index).initialize(to: value)
    }

    /// Copies `values` into the slots from `index` on.
    func initialize(_ index: Int, from values: UnsafeBufferPointer<T>) {
        guard let source = values.baseAddress else { return }
        (base + index).initialize(from: source, count: values.count)
    }
}

/// `0..<count` sorted by `areInIncreasingOrder`, stably, as `(0..<count).sorted(by:)` gives it: runs of the
/// range are sorted on all processor cores, then merged (a tie keeps the lower index first).
func concurrentSortedIndices(_ count: Int, by areInIncreasingOrder: @Sendable (Int, Int) -> Bool) -> [Int] {
    let runs = count >= 4096 ? min(8, ProcessInfo.processInfo.activeProcessorCount) : 1
    if runs <= 1 { return (0..<count).sorted(by: areInIncreasingOrder) }
    var sorted = concurrentMap(runs, minimumCount: 2) { run in
        (count * run / runs..<count * (run + 1) / runs).sorted(by: areInIncreasingOrder)
    }
    while sorted.count > 1 {
        // Each pair of runs is merged in as many pieces as it takes to keep every core busy, the last one too.
        let pairs = sorted.count / 2
        let pieces = max(1, runs / pairs)
        let merged = concurrentMap(pairs * pieces, minimumCount: 2) { [sorted] t in
            mergePiece(t % pieces, of: pieces, sorted[2 * (t / pieces)], sorted[2 * (t / pieces) + 1], by: areInIncreasingOrder)
        }
        var next = (0..<pairs).map { p in Array(merged[(p * pieces)..<((p + 1) * pieces)].joined()) }
        if sorted.count % 2 == 1 { next.append(sorted[sorted.count - 1]) }
        sorted = next
    }
    return sorted[0]
}

/// Piece `piece` of `pieces` of the merge of two sorted runs: the stretch of the merged output between
/// `total * piece / pieces` and `total * (piece + 1) / pieces`, merged from the stretches of the runs that
/// make it up (found by a binary search), so that the pieces, put end to end, are the whole merge.
private func mergePiece(
    _ piece: Int, of pieces: Int, _ left: [Int], _ right: [Int], by areInIncreasingOrder: (Int, Int) -> Bool
) -> [Int] {
    let total = left.count + right.count
    /// How many of the first `p` merged indices come from `left`.
    func split(_ p: Int) -> Int {
        var low = max(0, p - right.count), high = min(p, left.count)
        while low < high {
            let i = (low + high) / 2
            // `left[i]` goes before `right[p - i - 1]` (a tie goes to the left): take more from the left.
            if !areInIncreasingOrder(right[p - i - 1], left[i]) { low = i + 1 } else { high = i }
        }
        return low
    }
    let start = total * piece / pieces, end = total * (piece + 1) / pieces
    let (l0, l1) = (split(start), split(end))
    return merge(left[l0..<l1], right[(start - l0)..<(end - l1)], by: areInIncreasingOrder)
}

/// Two sorted runs of indices merged into one; on a tie the left run's index (the lower one) comes first.
private func merge(_ left: ArraySlice<Int>, _ right: ArraySlice<Int>, by areInIncreasingOrder: (Int, Int) -> Bool) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(left.count + right.count)
    var l = left.startIndex, r = right.startIndex
    while l < left.endIndex, r < right.endIndex {
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
