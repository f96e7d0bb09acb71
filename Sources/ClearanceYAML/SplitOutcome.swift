/// What became of the speculative parse of a large input's tail (see ``SpeculativeSegment``): told to tests, so
/// that each case shows which path it took.
enum SplitOutcome: Hashable, Sendable {
    /// No tail was parsed: the input is under ``YAMLParser/splitThreshold`` (1 MiB, with two cores or more), no line in
    /// the window searched is a block sequence entry, or no thread could be started.
    case notTried
    /// The reader took the tail's events in place of parsing the tail itself.
    case adopted
    /// The tail's events were dropped and the reader parsed the tail itself.
    case refused(Reason)

    enum Reason: Hashable, Sendable {
        /// libyaml failed on the tail alone (a line less indented than the entry, say).
        case tailFailed
        /// The tail alone does not start as a block sequence at the split's column.
        case tailShape
        /// The tail alone holds a second document (`---` after the sequence).
        case tailHasSecondDocument
        /// The tail has a tag, which a `%TAG` directive before the split could change.
        case tailHasTag
        /// A token of the whole input (a multi-line scalar, say) runs across the split.
        case tokenAcrossSplit
        /// At the split, the reader is not between two entries of a block sequence at the split's column, with
        /// only block collections open.
        case notAnEntry
        /// The reader's event at the split differs from the tail's first entry.
        case differentEvent
        /// The reader stopped before the split (an error, or its consumer stopped it).
        case stoppedBefore
    }
}
