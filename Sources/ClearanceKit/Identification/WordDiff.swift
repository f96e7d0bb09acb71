/// The differences between two word sequences, as runs of words that one has where the other has others.
///
/// A patience diff: the common prefix and suffix are taken off; words that occur exactly once on each side
/// anchor the longest increasing run of matches; the gaps between anchors are diffed the same way; a gap with
/// no unique common word is diffed by a longest-common-subsequence table when small, else kept as one change.
/// Hunks separated by two equal words or fewer are merged, so that one edit reads as one difference.
enum WordDiff {
    /// Words `a` of the first sequence stand where the second has words `b`; either may be empty.
    struct Hunk: Hashable {
        var a: Range<Int>
        var b: Range<Int>
    }

    /// The largest gap (product of both sides' lengths) diffed by a table.
    static let tableLimit = 160_000

    static func hunks(_ a: [UInt32], _ b: [UInt32]) -> [Hunk] {
        var result: [Hunk] = []
        diff(a, 0..<a.count, b, 0..<b.count, into: &result)
        return merged(result, gap: 2)
    }

    private static func diff(_ a: [UInt32], _ ra: Range<Int>, _ b: [UInt32], _ rb: Range<Int>, into out: inout [Hunk]) {
        var aLo = ra.lowerBound
        var aHi = ra.upperBound
        var bLo = rb.lowerBound
        var bHi = rb.upperBound
        while aLo < aHi, bLo < bHi, a[aLo] == b[bLo] {
            aLo += 1
            bLo += 1
        }
        while aLo < aHi, bLo < bHi, a[aHi - 1] == b[bHi - 1] {
            aHi -= 1
            bHi -= 1
        }
        if aLo == aHi || bLo == bHi {
            if aLo < aHi || bLo < bHi { out.append(Hunk(a: aLo..<aHi, b: bLo..<bHi)) }
            return
        }
        let anchors = uniqueAnchors(a, aLo..<aHi, b, bLo..<bHi)
        if anchors.isEmpty {
            if (aHi - aLo) * (bHi - bLo) <= tableLimit {
                table(a, aLo..<aHi, b, bLo..<bHi, into: &out)
            } else {
                out.append(Hunk(a: aLo..<aHi, b: bLo..<bHi))
            }
            return
        }
        var pa = aLo
        var pb = bLo
        for (i, j) in anchors {
            diff(a, pa..<i, b, pb..<j, into: &out)
            pa = i + 1
            pb = j + 1
        }
        diff(a, pa..<aHi, b, pb..<bHi, into: &out)
    }

    /// Pairs `(i, j)` of words unique on both sides, increasing on both (the longest such chain).
    private static func uniqueAnchors(_ a: [UInt32], _ ra: Range<Int>, _ b: [UInt32], _ rb: Range<Int>) -> [(Int, Int)]
    {
        // Per word: occurrences in a, in b, and the position in each (of the last one seen).
        var seen: [UInt32: (na: Int, ia: Int, nb: Int, ib: Int)] = [:]
        seen.reserveCapacity(ra.count + rb.count)
        for i in ra {
            seen[a[i], default: (0, 0, 0, 0)].na += 1
            seen[a[i]]?.ia = i
        }
        for j in rb {
            seen[b[j], default: (0, 0, 0, 0)].nb += 1
            seen[b[j]]?.ib = j
        }
        var pairs: [(Int, Int)] = []
        for i in ra {
            if let s = seen[a[i]], s.na == 1, s.nb == 1 { pairs.append((i, s.ib)) }
        }
        guard !pairs.isEmpty else { return [] }
        // Longest increasing subsequence of the b positions (patience sorting).
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: pairs.count)
        for (k, pair) in pairs.enumerated() {
            var lo = 0
            var hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if pairs[tails[mid]].1 < pair.1 { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[k] = tails[lo - 1] }
            if lo == tails.count { tails.append(k) } else { tails[lo] = k }
        }
        var chain: [(Int, Int)] = []
        var k = tails.last ?? -1
        while k >= 0 {
            chain.append(pairs[k])
            k = previous[k]
        }
        return chain.reversed()
    }

    /// A longest common subsequence by table, as hunks.
    private static func table(_ a: [UInt32], _ ra: Range<Int>, _ b: [UInt32], _ rb: Range<Int>, into out: inout [Hunk])
    {
        let n = ra.count
        let m = rb.count
        var lcs = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i * (m + 1) + j] =
                    a[ra.lowerBound + i] == b[rb.lowerBound + j]
                    ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1])
            }
        }
        var i = 0
        var j = 0
        var start: (Int, Int)?
        func close() {
            if let (si, sj) = start {
                out.append(
                    Hunk(a: (ra.lowerBound + si)..<(ra.lowerBound + i), b: (rb.lowerBound + sj)..<(rb.lowerBound + j)))
                start = nil
            }
        }
        while i < n || j < m {
            if i < n, j < m, a[ra.lowerBound + i] == b[rb.lowerBound + j] {
                close()
                i += 1
                j += 1
            } else {
                if start == nil { start = (i, j) }
                if j >= m || (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                    i += 1
                } else {
                    j += 1
                }
            }
        }
        close()
    }

    /// Hunks in order, those at most `gap` equal words apart joined.
    static func merged(_ hunks: [Hunk], gap: Int) -> [Hunk] {
        var out: [Hunk] = []
        for hunk in hunks.sorted(by: { ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound) }) {
            if let last = out.last, hunk.a.lowerBound - last.a.upperBound <= gap,
                hunk.b.lowerBound - last.b.upperBound <= gap
            {
                out[out.count - 1] = Hunk(
                    a: last.a.lowerBound..<hunk.a.upperBound, b: last.b.lowerBound..<hunk.b.upperBound)
            } else {
                out.append(hunk)
            }
        }
        return out
    }
}
