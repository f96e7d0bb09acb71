internal import CLibYAML

#if canImport(Darwin)
internal import Darwin
#elseif canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// libyaml's parse of a large input's tail, from a ``SplitPoint`` to the end as a document of its own, on a thread
/// of its own while the input's ``EventReader`` parses from the start.
///
/// Speculative: the reader takes these events in place of parsing the tail itself only if, on reaching the split,
/// it can show they are the events it would read (see ``EventReader``); otherwise it drops them and reads on. So the
/// tail is kept only when it is one block sequence at the split's column, through the end of the input, in one
/// document, with no tag and no libyaml error. All its events wait in chunks until the reader takes or drops
/// them: a 32-byte record per event and its texts, about 3.5 times the tail's size for a manifest-like file.
///
/// Its first job, before the parse, is to count the characters before the split: libyaml's marks count
/// characters, and that count is how the reader knows it has reached the split.
final class SpeculativeSegment: @unchecked Sendable {
    let split: SplitPoint
    private let input: UnsafeBufferPointer<UInt8>
    private let chunkSize: Int
    /// Touched only by the thread that started the segment.
    private var thread: pthread_t?
    private let monitor = Monitor()
    // Guarded by `monitor`, which is signalled when `splitIndex` or `state` is set.
    private var splitIndex: Int?
    private var state = State.running
    private var cancelled = false

    private enum State {
        case running
        case done(Outcome)
        case taken
    }

    enum Outcome {
        case parsed(Tail)
        case failed(SplitOutcome.Reason)
    }

    /// The tail's events after its sequence's start, through the sequence's end, with marks counted from the split.
    struct Tail {
        /// The events, in chunks; the stream's end is left out. The first event is the first entry's.
        var chunks: [EventChunk]
        /// The character index (libyaml's `index`: characters, not bytes) of the first event, in the tail.
        var firstIndex: Int
        /// Where the sequence ends: where a parse of the whole input ends the collections that hold it too.
        var endMark: Mark
        /// Where the stream ends.
        var streamEndMark: Mark
    }

    private init(_ input: UnsafeBufferPointer<UInt8>, split: SplitPoint, chunkSize: Int) {
        self.input = input
        self.split = split
        self.chunkSize = chunkSize
    }

    /// Starts parsing `input` from `split` on a new thread; nil if no thread could be started. The caller must
    /// ``join()`` it before `input` goes away.
    static func start(_ input: UnsafeBufferPointer<UInt8>, at split: SplitPoint, chunkSize: Int) -> SpeculativeSegment? {
        let segment = SpeculativeSegment(input, split: split, chunkSize: chunkSize)
        guard let thread = Monitor.startThread(segment.run) else { return nil }
        segment.thread = thread
        return segment
    }

    /// Tells the thread to stop before its next chunk; from any thread.
    func cancel() {
        monitor.lock()
        cancelled = true
        monitor.unlock()
    }

    /// Waits for the thread to end; by the thread that started it, once or more.
    func join() {
        guard let thread else { return }
        Monitor.join(thread)
        self.thread = nil
    }

    /// The character index of the split (libyaml's `index`), waiting for it.
    func waitForSplitIndex() -> Int {
        monitor.lock()
        defer { monitor.unlock() }
        while splitIndex == nil { monitor.wait() }
        return splitIndex!
    }

    /// The outcome, waiting for it; it is handed over once (later calls say the segment failed).
    func takeOutcome() -> Outcome {
        monitor.lock()
        defer { monitor.unlock() }
        while true {
            switch state {
            case .running:
                monitor.wait()
            case .done(let outcome):
                state = .taken
                return outcome
            case .taken:
                return .failed(.stoppedBefore)
            }
        }
    }

    private var isCancelled: Bool {
        monitor.lock()
        defer { monitor.unlock() }
        return cancelled
    }

    /// The thread: counts the characters before the split, then parses the tail.
    private func run() {
        let index = characterIndex(of: split.offset)
        monitor.lock()
        splitIndex = index ?? .max  // cancelled: the reader never reaches the split
        monitor.broadcast()
        monitor.unlock()

        let outcome = index == nil ? .failed(.stoppedBefore) : parse()

        monitor.lock()
        state = .done(outcome)
        monitor.broadcast()
        monitor.unlock()
    }

    /// libyaml's `index` of the byte at `offset`: the UTF-8 lead bytes before it, less a byte order mark at the
    /// start (libyaml's reader drops it before counting); nil if cancelled meanwhile.
    private func characterIndex(of offset: Int) -> Int? {
        var continuations = 0
        var start = 0
        while start < offset {
            if isCancelled { return nil }
            let end = min(offset, start + (1 << 18))
            continuations += Self.continuationBytes(in: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(input)[start..<end]))
            start = end
        }
        let bom = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF ? 1 : 0
        return offset - continuations - bom
    }

    /// The bytes `10xxxxxx` in `bytes`, eight at a time.
    static func continuationBytes(in bytes: UnsafeRawBufferPointer) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        var count = 0
        var i = 0
        while i + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            count += (word & ~(word << 1) & high).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 == 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    private func parse() -> Outcome {
        let reader = EventReader(UnsafeBufferPointer(rebasing: input[split.offset...]))
        let chunk = EventChunk(reserving: chunkSize)
        let firstIndex: Int
        do throws(YAMLError) {
            // The head: the stream's start, an implicit document's start, a block sequence at the split's column.
            var event = try reader.next()
            var e = event.pointee
            var fits = e.type == YAML_STREAM_START_EVENT
            yaml_event_delete(event)
            event = try reader.next()
            e = event.pointee
            fits = fits && e.type == YAML_DOCUMENT_START_EVENT && e.data.document_start.implicit != 0
            yaml_event_delete(event)
            event = try reader.next()
            e = event.pointee
            fits = fits && e.type == YAML_SEQUENCE_START_EVENT && e.data.sequence_start.style == YAML_BLOCK_SEQUENCE_STYLE
                && e.data.sequence_start.anchor == nil && e.data.sequence_start.tag == nil
                && e.start_mark.line == 0 && e.start_mark.column == split.column
            yaml_event_delete(event)
            guard fits else { return .failed(.tailShape) }
            // The first entry's first event, whose index the reader compares with its own.
            event = try reader.next()
            firstIndex = event.pointee.start_mark.index
            _ = reader.append(event.pointee, to: chunk)
            yaml_event_delete(event)
        } catch {
            return .failed(.tailFailed)
        }
        var scan = Scan()
        var chunks: [EventChunk] = []
        var next = chunk
        while true {
            if isCancelled { return .failed(.stoppedBefore) }
            let over = reader.read(into: next, limit: chunkSize - next.events.count)
            if next.error != nil { return .failed(.tailFailed) }
            if let reason = scan.check(next) { return .failed(reason) }
            chunks.append(next)
            if over { break }
            next = EventChunk(reserving: chunkSize)
        }
        guard let endMark = scan.endMark, let streamEndMark = scan.streamEndMark else { return .failed(.tailShape) }
        chunks.last!.removeLast()
        if chunks.last!.events.isEmpty { chunks.removeLast() }
        return .parsed(Tail(chunks: chunks, firstIndex: firstIndex, endMark: endMark, streamEndMark: streamEndMark))
    }

    /// Follows the tail's events, chunk by chunk, to find where its sequence ends and to refuse what may not be
    /// taken.
    private struct Scan {
        /// Collections open, the tail's sequence included.
        var depth = 1
        var endMark: Mark?
        var streamEndMark: Mark?

        /// Why the tail may not be taken, if these events show it.
        mutating func check(_ chunk: EventChunk) -> SplitOutcome.Reason? {
            for event in chunk.events {
                if event.hasTag { return .tailHasTag }
                if endMark != nil {
                    // After the sequence, only the stream's end (the document's end is not recorded).
                    guard event.kind == .streamEnd else {
                        return event.kind == .documentStart ? .tailHasSecondDocument : .tailShape
                    }
                    streamEndMark = event.mark
                    continue
                }
                switch event.kind {
                case .sequenceStart, .mappingStart:
                    depth += 1
                case .collectionEnd:
                    depth -= 1
                    if depth == 0 { endMark = event.mark }
                case .documentStart, .streamEnd:
                    return .tailShape
                case .scalar, .alias:
                    break
                }
            }
            return nil
        }
    }
}
