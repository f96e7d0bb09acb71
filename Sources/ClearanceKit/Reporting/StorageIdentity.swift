/// Which storage an array's elements live in: a key under which a formatter renders once what many results share.
///
/// The evaluator gives the components that share an outcome one array of findings and one of obligations (see
/// ``Evaluator/evaluate(_:)``); a 100 000-component report holds a handful of each. Two arrays have equal keys
/// only when they share their storage, so equal keys mean equal elements; a key is only compared while the
/// arrays it was made from are alive (a formatter's cache lives as long as one render of one report).
struct StorageIdentity: Hashable {
    private let address: UInt
    private let count: Int
    /// The element type: empty arrays of every type share one storage.
    private let element: ObjectIdentifier

    init<Element>(_ array: [Element]) {
        address = array.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        count = array.count
        element = ObjectIdentifier(Element.self)
    }
}
