/// A run of libyaml's events as plain records, in order, with no pointer into libyaml's memory.
///
/// ``EventReader`` fills a chunk and ``TreeBuilder`` consumes it, on one thread or on two (see
/// ``EventPipeline``). The texts of every event (a scalar's value, then its anchor, then its tag; an alias's
/// anchor; a collection's anchor, then its tag) are copied into the one `bytes` buffer and decoded into
/// `String`s only by the consumer, so the reader does nothing but copy bytes.
///
/// The chunks of a tail parsed ahead (see ``SpeculativeSegment``) are handed to the consumer by swapping their
/// storage into the reader's chunk, after moving their marks to the whole input's lines.
///
/// A class that owns two plain buffers, reused from chunk to chunk: with `Array`s, appending each scalar's bytes
/// cost the reader about 4% of its time. A chunk goes from one thread to the other only through the lock of an
/// ``EventPipeline``.
final class EventChunk {
    private var eventStorage: UnsafeMutablePointer<Event>
    private var eventCapacity: Int
    private var eventCount = 0
    private var byteStorage: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private var byteCount = 0
    /// libyaml's error after the last event, when it stopped there.
    var error: YAMLError?

    /// An empty chunk with room for `count` events and their texts before it grows.
    init(reserving count: Int = 16) {
        eventCapacity = max(count, 1)
        eventStorage = .allocate(capacity: eventCapacity)
        byteCapacity = max(count * 16, 16)
        byteStorage = .allocate(capacity: byteCapacity)
    }

    deinit {
        eventStorage.deallocate()
        byteStorage.deallocate()
    }

    /// The events, in libyaml's order; stream start and document end are left out (they carry nothing).
    var events: UnsafeBufferPointer<Event> { UnsafeBufferPointer(start: eventStorage, count: eventCount) }
    /// The texts of all events, back to back.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: byteStorage, count: byteCount) }

    /// One libyaml event, in 32 bytes.
    struct Event {
        /// Where the event starts.
        var mark: Mark
        /// The length of a scalar's value in `bytes` (0 for other events).
        var valueCount: Int
        var kind: Kind
        var style: Node.Scalar.Style
        /// Whether an anchor (for an alias, its target) follows the value in `bytes`, ended by a NUL.
        var hasAnchor: Bool
        /// Whether a tag follows the anchor in `bytes`, ended by a NUL.
        var hasTag: Bool

        typealias Kind = YAMLEvent.Kind

        /// Whether the event has any text in `bytes`.
        var hasTexts: Bool { valueCount > 0 || hasAnchor || hasTag }
    }

    /// Appends an event, copying its texts; `anchor` and `tag` are NUL-terminated, and so hold no NUL.
    func append(
        _ kind: Event.Kind, at mark: Mark, value: UnsafeBufferPointer<UInt8> = .init(start: nil, count: 0),
        anchor: UnsafeBufferPointer<UInt8>? = nil, tag: UnsafeBufferPointer<UInt8>? = nil,
        style: Node.Scalar.Style = .plain
    ) {
        append(value, nul: false)
        if let anchor { append(anchor, nul: true) }
        if let tag { append(tag, nul: true) }
        if eventCount == eventCapacity {
            eventStorage = Self.grow(eventStorage, count: eventCount, to: &eventCapacity, needing: eventCount + 1)
        }
        (eventStorage + eventCount).initialize(to: Event(
            mark: mark, valueCount: value.count, kind: kind, style: style, hasAnchor: anchor != nil, hasTag: tag != nil))
        eventCount += 1
    }

    /// Copies `text` to the end of `bytes`, then a NUL if `nul`.
    private func append(_ text: UnsafeBufferPointer<UInt8>, nul: Bool) {
        let needed = byteCount + text.count + (nul ? 1 : 0)
        if needed > byteCapacity {
            byteStorage = Self.grow(byteStorage, count: byteCount, to: &byteCapacity, needing: needed)
        }
        if let base = text.baseAddress { (byteStorage + byteCount).initialize(from: base, count: text.count) }
        byteCount += text.count
        if nul {
            (byteStorage + byteCount).initialize(to: 0)
            byteCount += 1
        }
    }

    /// Moves `count` elements to new storage of at least twice the capacity, and at least `needed`.
    private static func grow<T>(
        _ storage: UnsafeMutablePointer<T>, count: Int, to capacity: inout Int, needing needed: Int
    ) -> UnsafeMutablePointer<T> {
        capacity = max(capacity * 2, needed)
        let grown = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        grown.moveInitialize(from: storage, count: count)
        storage.deallocate()
        return grown
    }

    /// Empties the chunk and keeps its memory, for the next run of events.
    func removeAll() {
        eventCount = 0
        byteCount = 0
        error = nil
    }

    /// Removes the last event, which must have no texts (a stream end, say).
    func removeLast() {
        precondition(eventCount > 0 && !eventStorage[eventCount - 1].hasTexts)
        eventCount -= 1
    }

    /// Moves every event `lines` lines down: the marks of a tail parsed on its own, placed in the whole input.
    func shiftLines(by lines: Int) {
        for i in 0..<eventCount { eventStorage[i].mark.line += lines }
    }

    /// Exchanges the events, texts and error of two chunks, without copying them.
    func swapContents(with other: EventChunk) {
        swap(&eventStorage, &other.eventStorage)
        swap(&eventCapacity, &other.eventCapacity)
        swap(&eventCount, &other.eventCount)
        swap(&byteStorage, &other.byteStorage)
        swap(&byteCapacity, &other.byteCapacity)
        swap(&byteCount, &other.byteCount)
        swap(&error, &other.error)
    }

    /// Appends copies of all of `other`'s events and texts, and takes its error.
    func append(contentsOf other: EventChunk) {
        append(other.bytes, nul: false)
        let needed = eventCount + other.eventCount
        if needed > eventCapacity {
            eventStorage = Self.grow(eventStorage, count: eventCount, to: &eventCapacity, needing: needed)
        }
        (eventStorage + eventCount).initialize(from: other.eventStorage, count: other.eventCount)
        eventCount = needed
        error = other.error
    }

    /// Decodes the texts of a chunk's events, which must be read in order, every event's.
    struct TextReader {
        let bytes: UnsafeBufferPointer<UInt8>
        private var offset = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The texts of the next event.
        mutating func texts(of event: Event) -> (value: String, anchor: String?, tag: String?) {
            let (value, anchor, tag) = bytes(of: event)
            return (value.isEmpty ? "" : Self.string(value), anchor.map(Self.string), tag.map(Self.string))
        }

        /// The texts of the next event as UTF-8 bytes, in the chunk's buffer.
        mutating func bytes(of event: Event) -> (
            value: UnsafeBufferPointer<UInt8>, anchor: UnsafeBufferPointer<UInt8>?, tag: UnsafeBufferPointer<UInt8>?
        ) {
            let value = take(event.valueCount)
            let anchor = event.hasAnchor ? name() : nil
            let tag = event.hasTag ? name() : nil
            return (value, anchor, tag)
        }

        private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            String(decoding: bytes, as: UTF8.self)
        }

        private mutating func take(_ count: Int) -> UnsafeBufferPointer<UInt8> {
            defer { offset += count }
            return UnsafeBufferPointer(rebasing: bytes[offset..<offset + count])
        }

        /// A NUL-terminated text, and its NUL.
        private mutating func name() -> UnsafeBufferPointer<UInt8> {
            let text = take(bytes[offset...].firstIndex(of: 0)! - offset)
            offset += 1
            return text
        }
    }
}
