import ClearanceTestSupport
import ClearanceYAML

extension Marked {
    /// The YAML mark of `marker`.
    subscript(marker: String) -> Mark {
        let position = position(marker)
        return Mark(line: position.line, column: position.column)
    }
}
