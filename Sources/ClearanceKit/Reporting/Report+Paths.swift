extension Report {
    /// A copy whose file paths are relative to `directory` where they can be: an absolute path inside
    /// `directory` loses that prefix, and a leading `./` is dropped.
    ///
    /// Reports are read on other machines (code scanning, CI artifacts): `Examples/clearance.yaml` means the
    /// same file there, `/home/me/repo/Examples/clearance.yaml` does not. Paths outside `directory` and
    /// names that are not paths (`embedded:Policies/default.yaml`) are left as they are. `directory` is an
    /// absolute path, usually the working directory.
    public func relativizingPaths(to directory: String) -> Report {
        var prefix = directory
        while prefix.count > 1, prefix.hasSuffix("/") { prefix.removeLast() }
        if prefix != "/" { prefix += "/" }
        func relative(_ path: String) -> String {
            var path = path
            if path.hasPrefix(prefix), path.count > prefix.count { path.removeFirst(prefix.count) }
            while path.hasPrefix("./"), path.count > 2 {
                path.removeFirst(2)
                while path.hasPrefix("/") { path.removeFirst() }
            }
            return path
        }
        func relative(_ location: SourceLocation?) -> SourceLocation? {
            guard var location else { return nil }
            location.file = relative(location.file)
            return location
        }
        var copy = self
        copy.policy.file = relative(policy.file)
        for r in copy.results.indices {
            copy.results[r].location = relative(copy.results[r].location)
            for f in copy.results[r].findings.indices {
                copy.results[r].findings[f].policy = relative(copy.results[r].findings[f].policy)
            }
        }
        for f in copy.policyFindings.indices {
            copy.policyFindings[f].policy = relative(copy.policyFindings[f].policy)
        }
        for o in copy.overrides.indices {
            copy.overrides[o].file = relative(copy.overrides[o].file)
        }
        return copy
    }
}
