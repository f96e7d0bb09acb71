#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A component name as reports sort it, in `String`'s order, cheaply.
///
/// For ASCII names `String`'s order is the order of their bytes, so the first sixteen bytes, held in two
/// integers, settle most comparisons without touching the strings (names of one organization share a prefix of
/// about eight), and the rest are compared as bytes. Any other name is compared as a `String`.
struct SortName: Sendable {
    let name: String
    private let head: (UInt64, UInt64)
    private let isASCII: Bool

    init(_ name: String) {
        var name = name
        (head, isASCII) = name.withUTF8 { bytes in
            var head: (UInt64, UInt64) = (0, 0)
            for i in 0..<8 { head.0 = head.0 << 8 | UInt64(i < bytes.count ? bytes[i] : 0) }
            for i in 8..<16 { head.1 = head.1 << 8 | UInt64(i < bytes.count ? bytes[i] : 0) }
            return (head, bytes.allSatisfy { $0 < 0x80 })
        }
        self.name = name
    }

    /// Negative when this name sorts first, zero when the names are the same, positive otherwise.
    func compare(_ other: SortName) -> Int {
        if isASCII && other.isASCII {
            if head != other.head { return head < other.head ? -1 : 1 }  // tuples compare in order
            let bytes = name.utf8.withContiguousStorageIfAvailable { a in
                other.name.utf8.withContiguousStorageIfAvailable { b in
                    let order = memcmp(a.baseAddress!, b.baseAddress!, min(a.count, b.count))
                    return order != 0 ? Int(order) : a.count - b.count
                }
            }
            if let order = bytes ?? nil { return order }
        }
        return name < other.name ? -1 : name == other.name ? 0 : 1
    }
}
