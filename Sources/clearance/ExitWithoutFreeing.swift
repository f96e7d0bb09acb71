/// The large values of a run, kept until the process exits rather than freed one by one: the system takes a
/// process's memory back at once, while freeing the components, report and text of a 100 000-component check
/// took 0.03–0.09 s of its 0.5–2 s (the benchmark matrix's `phases`).
enum ExitWithoutFreeing {
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `values` alive until the process exits; call it once a command has nothing left to do with them.
    static func keep(_ values: Any...) {
        kept.append(contentsOf: values)
    }
}
