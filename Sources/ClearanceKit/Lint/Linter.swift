/// Checks input files and returns every diagnostic found; it never prints.
public struct Linter: Sendable {
    public init() {}

    /// All diagnostics for the file at `path`, in source order.
    public func lint(path: String) -> [Diagnostic] {
        let bytes: [UInt8]
        do {
            bytes = try SourceFile.read(path)
        } catch {
            return [error]
        }
        return lint(bytes: bytes, file: path)
    }

    /// All diagnostics for `bytes`, reported as coming from `file`.
    public func lint(bytes: [UInt8], file: String) -> [Diagnostic] {
        do {
            guard try SourceFile.parseYAML(bytes, file: file) != nil else {
                return [
                    Diagnostic(
                        id: "yaml.empty", message: "the file holds no YAML document",
                        at: SourceLocation(file: file, line: 1, column: 1))
                ]
            }
            return []
        } catch {
            return [error]
        }
    }
}
