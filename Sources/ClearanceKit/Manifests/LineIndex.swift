/// The byte offsets where the lines of a file start, to turn an offset into a 1-based line and column.
///
/// A line ends at LF, CRLF or a bare CR, as in the YAML reader. Columns count Unicode scalar values from the
/// start of the line (as ``SourceLocation`` documents), so a multi-byte character counts once.
struct LineIndex: Sendable {
    /// The offset of the first byte of each line; the first is 0.
    var lineStarts: [Int]

    init(lineStarts: [Int]) {
        self.lineStarts = lineStarts
    }

    /// Scans `bytes` for line breaks.
    init(bytes: [UInt8]) {
        var starts = [0]
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                if b[i] == 0x0A {
                    starts.append(i + 1)
                } else if b[i] == 0x0D {
                    if i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        lineStarts = starts
    }

    /// Remembers the last position computed, so that positions asked for in file order cost only the bytes
    /// between them (a minified file is one long line).
    struct Cursor {
        var offset = -1
        var line = 0
        var column = 0
    }

    /// The 1-based line and column of `offset` in `bytes`.
    func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, cursor: inout Cursor) -> (
        line: Int, column: Int
    ) {
        let line = lineIndex(of: offset)
        let lineStart = lineStarts[line]
        var from = lineStart
        var column = 1
        if cursor.offset >= lineStart, cursor.offset <= offset, cursor.line == line + 1 {
            from = cursor.offset
            column = cursor.column
        }
        var i = from
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        cursor = Cursor(offset: offset, line: line + 1, column: column)
        return (line + 1, column)
    }

    /// The location of `offset` in `file`.
    func location(of offset: Int, in bytes: [UInt8], file: String, cursor: inout Cursor) -> SourceLocation {
        let (line, column) = bytes.withUnsafeBufferPointer { position(of: offset, in: $0, cursor: &cursor) }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The 0-based index of the line holding `offset`.
    private func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
