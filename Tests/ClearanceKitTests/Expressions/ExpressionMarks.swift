/// An expression with its positions marked in the text: 1️⃣ where a diagnostic starts and 2️⃣ where it ends
/// (no 2️⃣: the diagnostic is at a point). The markers are removed from ``text``.
struct ExpressionMarks {
    var text: String
    /// 1-based line and column (in Unicode scalars) of 1️⃣.
    var line = 1, column = 1
    /// The UTF-8 range from 1️⃣ to 2️⃣.
    var range: Range<Int> = 0..<0

    init(_ marked: String) {
        var text = "", line = 1, column = 1
        var start: Int?, end: Int?
        for character in marked {
            switch character {
            case "1️⃣":
                start = text.utf8.count
                (self.line, self.column) = (line, column)
            case "2️⃣":
                end = text.utf8.count
            default:
                text.append(character)
                if character == "\n" || character == "\r\n" {
                    line += 1
                    column = 1
                } else {
                    column += character.unicodeScalars.count
                }
            }
        }
        self.text = text
        let lower = start ?? 0
        range = lower..<(end ?? lower)
    }
}
