internal import CLibYAML

/// How an ``EventReader`` takes over the events of a ``SpeculativeSegment``, or drops them (see ``EventReader``).
extension EventReader {
    enum Speculation {
        /// Reading towards the split.
        case watching(Watch)
        /// The tail's events were taken: handing them over, chunk by chunk.
        case handingOver(Handover)
    }

    /// What the reader follows of its own events on its way to the split.
    struct Watch {
        let segment: SpeculativeSegment
        /// Events whose character index is at least this are at or after the split. Until the segment has counted
        /// the split's index, a lower bound of it: a character takes at most four bytes.
        var splitIndex: Int
        var splitIndexIsKnown = false
        /// The furthest character index where an event before the split ends.
        var lastEnd = 0
        /// The open collections, outermost first.
        var open: [Collection] = []
        /// How many of them are flow collections.
        var flowCount = 0

        struct Collection {
            var isSequence: Bool
            var isFlow: Bool
            /// The 0-based column where it starts.
            var column: Int
        }

        /// Whether `e` is the reader's event at the split: the first at or after it that is not a collection's end.
        mutating func isAtSplit(_ e: yaml_event_t) -> Bool {
            guard e.start_mark.index >= splitIndex else { return false }
            if !splitIndexIsKnown {
                splitIndex = segment.waitForSplitIndex()
                splitIndexIsKnown = true
                guard e.start_mark.index >= splitIndex else { return false }
            }
            return e.type != YAML_SEQUENCE_END_EVENT && e.type != YAML_MAPPING_END_EVENT
        }

        /// Follows an event before the split (or a collection's end at it).
        mutating func follow(_ e: yaml_event_t) {
            if e.start_mark.index < splitIndex { lastEnd = max(lastEnd, e.end_mark.index) }
            switch e.type {
            case YAML_SEQUENCE_START_EVENT:
                let isFlow = e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                open.append(Collection(isSequence: true, isFlow: isFlow, column: e.start_mark.column))
                if isFlow { flowCount += 1 }
            case YAML_MAPPING_START_EVENT:
                let isFlow = e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                open.append(Collection(isSequence: false, isFlow: isFlow, column: e.start_mark.column))
                if isFlow { flowCount += 1 }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if open.removeLast().isFlow { flowCount -= 1 }
            default:
                break
            }
        }
    }

    /// The tail's events, to hand over with their marks moved to the whole input's lines.
    struct Handover {
        /// The chunks still to hand over, the next one last.
        var pending: [EventChunk]
        var lineOffset: Int
        /// Collections open around the tail's sequence, which end where it ends.
        var enclosing: Int
        var endMark: Mark
        var streamEndMark: Mark

        /// Hands the next chunk over into `chunk`, by swapping their storage when `chunk` is empty; true with the
        /// last one, which ends the enclosing collections and the stream.
        mutating func fill(_ chunk: EventChunk) -> Bool {
            let next = pending.removeLast()
            next.shiftLines(by: lineOffset)
            if chunk.events.isEmpty { chunk.swapContents(with: next) } else { chunk.append(contentsOf: next) }
            guard pending.isEmpty else { return false }
            for _ in 0..<enclosing { chunk.append(.collectionEnd, at: endMark) }
            chunk.append(.streamEnd, at: streamEndMark)
            return true
        }
    }

    /// ``read(into:limit:)`` while a tail is parsed or handed over.
    func readSpeculating(into chunk: EventChunk, limit: Int) -> Bool {
        switch speculation! {
        case .handingOver(var handover):
            speculation = nil
            let over = handover.fill(chunk)
            if !over { speculation = .handingOver(handover) }
            return over
        case .watching(var watch):
            speculation = nil
            for n in 0..<limit {
                guard yaml_parser_parse(parser, event) == 1 else {
                    chunk.error = error()
                    refuse(.stoppedBefore, watch)
                    return true
                }
                let e = event.pointee
                if watch.isAtSplit(e) {
                    switch decide(watch, e) {
                    case .success(let handover):
                        yaml_event_delete(event)
                        yaml_parser_delete(parser)
                        parserDeleted = true
                        splitOutcome = .adopted
                        speculation = .handingOver(handover)
                        return chunk.events.isEmpty ? read(into: chunk, limit: limit) : false
                    case .failure(let refusal):
                        refuse(refusal.reason, watch)
                        let over = append(e, to: chunk)
                        yaml_event_delete(event)
                        return over || readEvents(into: chunk, limit: limit - n - 1)
                    }
                }
                watch.follow(e)
                let over = append(e, to: chunk)
                yaml_event_delete(event)
                if over {
                    refuse(.stoppedBefore, watch)
                    return true
                }
            }
            speculation = .watching(watch)
            return false
        }
    }

    private struct Refusal: Error {
        var reason: SplitOutcome.Reason
    }

    private func refuse(_ reason: SplitOutcome.Reason, _ watch: Watch) {
        splitOutcome = .refused(reason)
        watch.segment.cancel()
    }

    /// The tail's events to hand over in place of the reader's own from its event at the split, `e`, if the
    /// checks of ``EventReader`` hold. Waits for the tail's parse if it has not ended yet.
    private func decide(_ watch: Watch, _ e: yaml_event_t) -> Result<Handover, Refusal> {
        guard watch.lastEnd <= watch.splitIndex else { return .failure(Refusal(reason: .tokenAcrossSplit)) }
        guard let innermost = watch.open.last, innermost.isSequence, !innermost.isFlow, watch.flowCount == 0,
            innermost.column == watch.segment.split.column
        else { return .failure(Refusal(reason: .notAnEntry)) }
        let tail: SpeculativeSegment.Tail
        switch watch.segment.takeOutcome() {
        case .failed(let reason): return .failure(Refusal(reason: reason))
        case .parsed(let parsed): tail = parsed
        }
        // The tail's first event, and the reader's own as a record.
        let first = tail.chunks[0]
        let own = EventChunk(reserving: 1)
        _ = append(e, to: own)
        let a = own.events[0], b = first.events[0]
        guard e.start_mark.index == watch.splitIndex + tail.firstIndex, a.mark.column == b.mark.column,
            a.kind == b.kind, a.style == b.style, a.valueCount == b.valueCount, a.hasAnchor == b.hasAnchor,
            a.hasTag == b.hasTag, own.bytes.elementsEqual(first.bytes.prefix(own.bytes.count))
        else { return .failure(Refusal(reason: .differentEvent)) }
        let lineOffset = a.mark.line - b.mark.line
        let shift = { (mark: Mark) in Mark(line: mark.line + lineOffset, column: mark.column) }
        return .success(Handover(
            pending: tail.chunks.reversed(), lineOffset: lineOffset, enclosing: watch.open.count - 1,
            endMark: shift(tail.endMark), streamEndMark: shift(tail.streamEndMark)))
    }
}
