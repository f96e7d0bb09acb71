#if canImport(Darwin)
internal import Darwin
#elseif canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// Runs an ``EventReader`` on a thread of its own and hands its events to the caller's thread in chunks, so
/// that libyaml's parse and the building of the tree overlap on two cores.
///
/// The queue holds at most ``capacity`` full chunks, so a reader that runs ahead waits and memory stays
/// bounded; the caller hands each chunk back once it has consumed it, and the reader fills it again. The last
/// chunk ends with the stream's end or with libyaml's error. `run` returns only after the reading thread has
/// ended, also when the consumer stops early (it throws): it then tells the reader to stop, which the reader
/// sees before its next chunk, and joins it. A reader made with a split point has a third thread, parsing the
/// input's tail ahead (see ``EventReader``); `run` stops and joins that one too. No chunk is touched after `run`
/// returns, and neither is the input.
///
/// The consumer sees exactly the events of one libyaml parse of the input, in order, whether or not the reader
/// took a tail's events.
final class EventPipeline: @unchecked Sendable {
    /// Events per chunk.
    let chunkSize: Int
    /// Full chunks that may wait for the consumer.
    let capacity = 4
    /// Touched only by the reading thread once it has started.
    private let reader: EventReader
    private let monitor = Monitor()
    // Guarded by `monitor`, which is signalled when `full` gains a chunk, loses one, or the consumer stops.
    private var full: [EventChunk] = []
    private var spare: [EventChunk] = []
    private var stopped = false
    /// Set by the reading thread once it has queued the chunk that ends the stream.
    private var finished = false

    /// Whether the pipeline can gain anything here: it needs a second core.
    static let isWorthwhile = sysconf(Int32(_SC_NPROCESSORS_ONLN)) >= 2

    private init(_ reader: EventReader, chunkSize: Int) {
        self.reader = reader
        self.chunkSize = chunkSize
    }

    /// Reads `reader` on a new thread and calls `body` with each chunk in order on this one, until it returns
    /// true (the stream is over) or throws; false, with `consume` never called, if no thread could be started.
    static func run(
        _ reader: EventReader, chunkSize: Int, _ body: (EventChunk) throws(YAMLError) -> Bool
    ) throws(YAMLError) -> Bool {
        let pipeline = EventPipeline(reader, chunkSize: chunkSize)
        guard let thread = Monitor.startThread(pipeline.produce) else { return false }
        defer {
            pipeline.stop()
            reader.cancelSpeculation()
            Monitor.join(thread)
            reader.endSpeculation()
        }
        var chunk = pipeline.next()
        while try !body(chunk) {
            chunk = pipeline.next(recycling: chunk)
        }
        return true
    }

    /// The reading thread: fills chunks until the stream is over or the consumer stops.
    private func produce() {
        while true {
            monitor.lock()
            while !stopped && full.count >= capacity { monitor.wait() }
            if stopped {
                monitor.unlock()
                return
            }
            let chunk = spare.popLast() ?? EventChunk(reserving: chunkSize)
            monitor.unlock()

            let over = reader.read(into: chunk, limit: chunkSize)

            monitor.lock()
            full.append(chunk)
            finished = over
            monitor.signal()
            monitor.unlock()
            if over { return }
        }
    }

    /// The next full chunk, waiting for it; hands `consumed` back to be filled again.
    private func next(recycling consumed: EventChunk? = nil) -> EventChunk {
        consumed?.removeAll()
        monitor.lock()
        defer { monitor.unlock() }
        if let consumed { spare.append(consumed) }
        while full.isEmpty {
            precondition(!finished, "a chunk that ends the stream ends the tree")
            monitor.wait()
        }
        monitor.signal()
        return full.removeFirst()
    }

    /// Tells the reading thread to stop before its next chunk.
    private func stop() {
        monitor.lock()
        stopped = true
        monitor.signal()
        monitor.unlock()
    }
}
