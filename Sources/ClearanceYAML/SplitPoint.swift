#if canImport(Darwin)
internal import Darwin
#elseif canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// A line of a large input where its tail may be parsed on its own: the line of a block sequence entry,
/// `<column spaces>- …` or `<column spaces>-` alone.
///
/// Only a place to try: ``SpeculativeSegment`` parses the tail from here, and ``EventReader`` keeps that parse only
/// when it proves to give the events a parse of the whole input gives.
struct SplitPoint: Hashable {
    /// The offset of the line's first byte, which follows a line feed.
    var offset: Int
    /// The 0-based column of the `-`: the number of spaces before it.
    var column: Int

    /// The entry line with the smallest column among the lines that start in `[start, start + window)`, the first
    /// of them on a tie; nil when no line qualifies, or when the input may not be UTF-8 (a UTF-16 byte order mark
    /// or a NUL in its first four bytes, which libyaml would read differently).
    ///
    /// The smallest column, because an entry of a nested list makes a tail that ends (in an error) at the next
    /// entry of the outer one.
    static func find(in input: UnsafeBufferPointer<UInt8>, from start: Int, window: Int) -> SplitPoint? {
        let count = input.count
        guard count >= 4, start > 0, start < count, let base = input.baseAddress else { return nil }
        if input[0] == 0xFF && input[1] == 0xFE || input[0] == 0xFE && input[1] == 0xFF || input[..<4].contains(0) {
            return nil
        }
        let end = min(count, start + window)
        var best: SplitPoint?
        // The first line start at or after `start`.
        var line = start
        if input[line - 1] != 0x0A {
            guard let newline = memchr(base + line, 0x0A, count - line) else { return nil }
            line = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        }
        while line < end {
            var i = line
            while i < count, input[i] == 0x20 { i += 1 }
            let column = i - line
            if i + 1 < count, input[i] == 0x2D, column < best?.column ?? .max,
                input[i + 1] == 0x20 || input[i + 1] == 0x0A || input[i + 1] == 0x0D && i + 2 < count && input[i + 2] == 0x0A
            {
                best = SplitPoint(offset: line, column: column)
                if column == 0 { break }
            }
            guard i < count, let newline = memchr(base + i, 0x0A, count - i) else { break }
            line = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return best
    }
}
