import ClearanceTestSupport

/// An expression with its positions marked in the text: 1️⃣ where a diagnostic starts and 2️⃣ where it ends
/// (no 2️⃣: the diagnostic is at a point). The markers are removed from ``text``.
struct ExpressionMarks {
    var text: String
    /// 1-based line and column (in Unicode scalars) of 1️⃣.
    var line = 1
    var column = 1
    /// The UTF-8 range from 1️⃣ to 2️⃣.
    var range: Range<Int> = 0..<0

    init(_ marked: String) {
        let marks = Marked(marked)
        text = marks.text
        let start = marks.positionIfPresent("1️⃣")
        (line, column) = (start?.line ?? 1, start?.column ?? 1)
        let lower = start?.offset ?? 0
        range = lower..<(marks.positionIfPresent("2️⃣")?.offset ?? lower)
    }
}
