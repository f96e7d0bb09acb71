extension Report {
    /// A copy whose verdicts and summary are derived again from the findings' effective verdicts.
    ///
    /// A component's verdict is the worst ``Finding/effectiveVerdict`` of its findings (pass when it has
    /// none); the summary counts components by verdict; the overall verdict is the worst of the component
    /// verdicts and the effective verdicts of ``policyFindings``. Use it after waiving findings (an exception,
    /// a baseline) so that every verdict agrees with the findings.
    public func recomputingVerdicts() -> Report {
        var copy = self
        var summary = Summary()
        for index in copy.results.indices {
            let verdict = copy.results[index].findings.map(\.effectiveVerdict).max() ?? .pass
            copy.results[index].verdict = verdict
            switch verdict {
            case .pass: summary.pass += 1
            case .review: summary.review += 1
            case .fail: summary.fail += 1
            }
        }
        copy.summary = summary
        let verdicts = copy.results.map(\.verdict) + copy.policyFindings.map(\.effectiveVerdict)
        copy.verdict = verdicts.max() ?? .pass
        return copy
    }
}
