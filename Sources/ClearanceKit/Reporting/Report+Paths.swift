extension Report {
    /// A copy whose file paths are relative to `directory` where they can be: an absolute path inside
    /// `directory` loses that prefix, and a leading `./` is dropped.
    ///
    /// Reports are read on other machines (code scanning, CI artifacts): `Examples/clearance.yaml` means the
    /// same file there, `/home/me/repo/Examples/clearance.yaml` does not. A finding message that opens with a
    /// path (`clearance.yaml:4 sets …`) gets the same treatment. Paths outside `directory` and
    /// names that are not paths (`embedded:Policies/default.yaml`) are left as they are. `directory` is an
    /// absolute path, usually the working directory.
    public consuming func relativizingPaths(to directory: String) -> Report {
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
        // A report names a few files many times: each is worked out once, and a location is only written when
        // its path changes (so that results sharing their findings keep sharing them).
        var cache: [String: String?] = [:]  // a file's new path, or nil when it stays as it is
        var last: (file: String, path: String?)?  // the file asked for last, which is most often asked for again
        func changed(_ location: SourceLocation?) -> String? {
            guard let file = location?.file else { return nil }
            if let last, last.file == file { return last.path }
            let result: String?
            if let known = cache[file] {
                result = known
            } else {
                let path = relative(file)
                result = path == file ? nil : path
                cache[file] = .some(result)
            }
            last = (file, result)
            return result
        }
        var copy = self
        copy.policy.file = relative(copy.policy.file)
        // Results that share an array of findings share its rewritten copy too, made once.
        var rewritten: [StorageIdentity: [Finding]] = [:]
        for r in copy.results.indices {
            if let file = changed(copy.results[r].location) { copy.results[r].location?.file = file }
            let shared = StorageIdentity(copy.results[r].findings)
            if let done = rewritten[shared] {
                copy.results[r].findings = done
                continue
            }
            for f in copy.results[r].findings.indices {
                if let file = changed(copy.results[r].findings[f].policy) {
                    copy.results[r].findings[f].policy?.file = file
                }
                // A message that opens with the manifest line it is about (`fact-override`, `fact-locked`).
                let message = copy.results[r].findings[f].message
                if message.hasPrefix(prefix) || message.hasPrefix("./") {
                    copy.results[r].findings[f].message = relative(message)
                }
            }
            rewritten[shared] = copy.results[r].findings
        }
        for s in copy.factSets.indices {
            for key in Usage.Key.allCases {
                if let file = changed(copy.factSets[s].sources[key]) { copy.factSets[s].sources[key]?.file = file }
            }
        }
        for f in copy.policyFindings.indices {
            if let file = changed(copy.policyFindings[f].policy) { copy.policyFindings[f].policy?.file = file }
        }
        for o in copy.overrides.indices {
            copy.overrides[o].file = relative(copy.overrides[o].file)
        }
        return copy
    }
}
