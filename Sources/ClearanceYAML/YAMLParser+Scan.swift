extension YAMLParser {
    /// Passes libyaml's events to `visit` in order, until the stream ends or `visit` returns false; true when
    /// the stream ended, without a libyaml error, and `visit` accepted every event.
    ///
    /// Large input is read as for ``parse(_:)-([UInt8])``: on a second thread, and its tail ahead on a third;
    /// they have ended when this returns. False tells nothing about why: a reader that gives up parses the input into a tree to find out.
    public func scan(_ bytes: [UInt8], _ visit: (YAMLEvent) -> Bool) -> Bool {
        if bytes.count > limits.bytes { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            // Set once the stream has ended well; any other way out leaves it false.
            var accepted = false
            var outcome = SplitOutcome.notTried
            try? readEvents(of: buffer, splitFraction: scanSplitFraction, splitOutcome: &outcome) { chunk in
                var texts = EventChunk.TextReader(chunk.bytes)
                for e in chunk.events {
                    let event = YAMLEvent(
                        kind: e.kind, mark: e.mark, style: e.style, value: texts.bytes(of: e).value,
                        hasAnchorOrTag: e.hasAnchor || e.hasTag || e.kind == .alias)
                    guard visit(event) else { return true }
                    if e.kind == .streamEnd {
                        accepted = true
                        return true
                    }
                }
                return chunk.error != nil
            }
            return accepted
        }
    }
}
