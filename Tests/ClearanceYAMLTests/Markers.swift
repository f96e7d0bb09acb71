import ClearanceYAML

/// Finds position markers (1️⃣, 2️⃣, …) in test input and removes them, so tests mark positions in the input
/// rather than writing line and column numbers into assertions.
struct Marked {
    var text: String
    var marks: [String: Mark] = [:]

    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

    init(_ source: String) {
        var text = ""
        var line = 1, column = 1
        var rest = Substring(source)
        outer: while let c = rest.first {
            for marker in Self.markers where rest.hasPrefix(marker) {
                marks[marker] = Mark(line: line, column: column)
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            text.append(c)
            if c == "\n" {
                line += 1
                column = 1
            } else {
                column += c.unicodeScalars.count
            }
            rest = rest.dropFirst()
        }
        self.text = text
    }

    subscript(marker: String) -> Mark { marks[marker]! }
}
