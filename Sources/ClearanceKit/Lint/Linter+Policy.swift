import ClearanceYAML

extension Linter {
    /// A policy's diagnostics: everything ``Policy/load(bytes:file:catalog:)`` reports (unknown keys, wrong
    /// types, unknown licenses, incomplete exceptions, an unreadable `extends`), and a warning for each
    /// exception that has expired by ``asOf``.
    func lintPolicy(_ bytes: [UInt8], file: String) -> [Diagnostic] {
        let (policy, diagnostics) = Policy.read(bytes: bytes, file: file, catalog: catalog)
        guard let asOf, let policy else { return diagnostics }
        return diagnostics + policy.exceptions.filter { $0.expires < asOf }.map { .expired($0, asOf: asOf) }
    }
}

extension Diagnostic {
    /// An exception past its `expires` date: check no longer applies it, and fails what it covers.
    static func expired(_ exception: PolicyException, asOf: CalendarDate) -> Diagnostic {
        Diagnostic(
            id: "policy.exception-expired", severity: .warning,
            message:
                "exception \(exception.label) expired on \(exception.expires); check no longer applies it and fails what it covers (exception-expired)",
            at: exception.expiresLocation ?? exception.location)
    }
}
