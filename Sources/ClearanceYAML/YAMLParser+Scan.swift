extension YAMLParser {
    /// Passes libyaml's events to `visit` in order, until the stream ends or `visit` returns false; true when
    /// the stream ended, without a libyaml error, and `visit` accepted every event.
    ///
    /// Large input is read as for ``parse(_:)-([UInt8])``: on a second thread, and its tail ahead on a third;
    /// they have ended when this returns. False tells nothing about why: a reader that gives up parses the input into a tree to find out.
    public func scan(_ bytes: [UInt8], _ visit: (YAMLEvent) -> Bool) -> Bool {
        if bytes.count > limits.bytes { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let reader = reader(for: buffer, splitFraction: scanSplitFraction)
            defer { reader.endSpeculation() }
            // Set once the stream has ended well; any other way out leaves it false.
            var accepted = false
            func consume(_ chunk: EventChunk) -> Bool {
                var offset = 0
                let texts = chunk.bytes
                for e in chunk.events {
                    var event = YAMLEvent(
                        kind: .streamEnd, mark: e.mark, style: e.style,
                        value: UnsafeBufferPointer(rebasing: texts[offset..<offset + e.valueCount]),
                        hasAnchorOrTag: e.hasAnchor || e.hasTag || e.kind == .alias)
                    offset += e.valueCount
                    if e.hasAnchor { offset = texts[offset...].firstIndex(of: 0)! + 1 }
                    if e.hasTag { offset = texts[offset...].firstIndex(of: 0)! + 1 }
                    switch e.kind {
                    case .streamEnd: event.kind = .streamEnd
                    case .documentStart: event.kind = .documentStart
                    case .sequenceStart: event.kind = .sequenceStart
                    case .mappingStart: event.kind = .mappingStart
                    case .collectionEnd: event.kind = .collectionEnd
                    case .scalar: event.kind = .scalar
                    case .alias: event.kind = .alias
                    }
                    guard visit(event) else { return true }
                    if e.kind == .streamEnd {
                        accepted = true
                        return true
                    }
                }
                return chunk.error != nil
            }
            if buffer.count >= pipelineThreshold,
                (try? EventPipeline.run(reader, chunkSize: chunkSize, { chunk throws(YAMLError) in consume(chunk) })) == true
            {
                return accepted
            }
            let chunk = EventChunk(reserving: min(chunkSize, buffer.count / 8 + 16))
            while true {
                let over = reader.read(into: chunk, limit: chunkSize)
                if consume(chunk) || over { return accepted }
                chunk.removeAll()
            }
        }
    }
}
