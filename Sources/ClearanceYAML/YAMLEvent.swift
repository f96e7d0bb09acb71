#if canImport(Darwin)
internal import Darwin
#elseif canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#endif

/// One of libyaml's events, as ``YAMLParser/scan(_:_:)`` passes it to a reader that follows the events itself
/// instead of asking for a tree.
///
/// None of ``YAMLParser``'s strict rules has been applied to it: a reader of events is one that recognizes one
/// shape of document and gives up on anything else, leaving errors to ``YAMLParser/parse(_:)-([UInt8])``.
public struct YAMLEvent {
    public var kind: Kind
    /// Where the event starts (for a collection's end, where libyaml saw it end).
    public var mark: Mark
    /// How a scalar was written (`.plain` for other events).
    public var style: Node.Scalar.Style
    /// A scalar's value as UTF-8 (empty for other events); valid only during the call it is passed to.
    public var value: UnsafeBufferPointer<UInt8>
    /// Whether the event carries an anchor or a tag, or is an alias: what a reader of events gives up on, since
    /// only the tree resolves them.
    public var hasAnchorOrTag: Bool

    public enum Kind: UInt8, Sendable {
        case documentStart, sequenceStart, mappingStart, collectionEnd, scalar, alias, streamEnd
    }

    /// Whether the scalar's value is exactly `text` (compared as UTF-8, without making a `String`).
    public func valueEquals(_ text: StaticString) -> Bool {
        value.count == text.utf8CodeUnitCount
            && (value.isEmpty || memcmp(value.baseAddress!, text.utf8Start, value.count) == 0)
    }

    /// The scalar's value as a `String`.
    public var text: String { String(decoding: value, as: UTF8.self) }
}
