/// One of libyaml's events as the tree builder reads it: a plain value, its texts copied out of libyaml.
struct YAMLEvent {
    enum Kind {
        case documentStart, sequenceStart, mappingStart, collectionEnd, scalar, alias, streamEnd
    }

    var kind: Kind
    /// Where the event starts (for a collection's end, where libyaml saw it end).
    var mark: Mark
    /// A scalar's value (empty for other events).
    var value = ""
    /// The anchor of a scalar or collection, or the anchor an alias names.
    var anchor: String?
    /// An explicit tag.
    var tag: String?
    /// How a scalar was written.
    var style = Node.Scalar.Style.plain
}
