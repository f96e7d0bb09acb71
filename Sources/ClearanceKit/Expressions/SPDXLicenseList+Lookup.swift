extension SPDXLicenseList {
    /// What an id on the SPDX lists is.
    public enum Kind: Hashable, Sendable {
        /// A current license id.
        case license
        /// A deprecated license id (still valid in an expression, but SPDX asks for its replacement).
        case deprecatedLicense
        /// A license exception id, for the right of `WITH`.
        case exception
    }

    /// One id on the SPDX lists: its spelling on the list and its kind.
    public struct Entry: Hashable, Sendable {
        public var id: String
        public var kind: Kind

        public init(id: String, kind: Kind) {
            self.id = id
            self.kind = kind
        }
    }

    /// The list entry for `id`, matched case-insensitively (as SPDX matches ids), or nil.
    public static func entry(for id: String) -> Entry? {
        index[lowercasedASCII(id)]
    }

    /// The replacement SPDX gives for a deprecated id, when it is exactly one id (`GPL-2.0` → `GPL-2.0-only`);
    /// with `orLater`, the or-later id (`GPL-2.0`+ → `GPL-2.0-or-later`). Nil when the advice is an expression.
    public static func exactReplacement(for deprecatedID: String, orLater: Bool = false) -> String? {
        guard let replacement = replacements[deprecatedID], !replacement.contains(" ") else { return nil }
        if orLater {
            guard replacement.hasSuffix("-only") else { return nil }
            return replacement.dropLast("-only".count) + "-or-later"
        }
        return replacement
    }

    /// Every id by its lowercased spelling.
    static let index: [String: Entry] = {
        var index: [String: Entry] = [:]
        for id in licenses { index[lowercasedASCII(id)] = Entry(id: id, kind: .license) }
        for id in deprecatedLicenses { index[lowercasedASCII(id)] = Entry(id: id, kind: .deprecatedLicense) }
        for id in exceptions { index[lowercasedASCII(id)] = Entry(id: id, kind: .exception) }
        return index
    }()

    /// `text` with ASCII letters lowercased (ids are ASCII; other characters are kept as they are).
    static func lowercasedASCII(_ text: String) -> String {
        var text = text
        return text.withUTF8 { lowercasedASCII($0) }
    }

    /// The bytes as a string with ASCII letters lowercased.
    static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (i, byte) in bytes.enumerated() {
                buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }
}
