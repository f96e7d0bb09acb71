/// One simple expression: a license, `+` for "or later", and an optional `WITH` exception.
///
/// Ranges are 0-based UTF-8 byte offsets into the expression's text (see ``ExpressionDiagnostic``).
public struct LicenseTerm: Hashable, Sendable {
    /// The license side of a term.
    public enum License: Hashable, Sendable {
        /// An id on the SPDX License List (current or deprecated), spelled as the list spells it.
        case listed(String)
        /// An id that is not on the SPDX License List, as written: a catalog or Hugging Face id, or unknown.
        case unlisted(String)
        /// `LicenseRef-id`, or `DocumentRef-document:LicenseRef-id`; the parts after the prefixes.
        case reference(document: String?, id: String)
        /// A whole input read as a license name or URL (lenient reading only), as written, trimmed.
        case name(String)

        /// How the license is written in an expression: the list's spelling, or as written, with the
        /// `DocumentRef-`/`LicenseRef-` prefixes spelled as SPDX spells them.
        public var text: String {
            switch self {
            case .listed(let id), .unlisted(let id), .name(let id): id
            case .reference(let document?, let id): "DocumentRef-\(document):LicenseRef-\(id)"
            case .reference(nil, let id): "LicenseRef-\(id)"
            }
        }
    }

    /// The exception side of a term, after `WITH`.
    public enum Exception: Hashable, Sendable {
        /// An id on the SPDX exception list, spelled as the list spells it.
        case listed(String)
        /// An id that is on neither SPDX list, as written (lenient reading only).
        case unlisted(String)
        /// `AdditionRef-id`, or `DocumentRef-document:AdditionRef-id` (SPDX 3.0); the parts after the prefixes.
        case reference(document: String?, id: String)

        /// How the exception is written in an expression.
        public var text: String {
            switch self {
            case .listed(let id), .unlisted(let id): id
            case .reference(let document?, let id): "DocumentRef-\(document):AdditionRef-\(id)"
            case .reference(nil, let id): "AdditionRef-\(id)"
            }
        }
    }

    public var license: License
    /// Whether the license is followed by `+` ("this version or any later one").
    public var orLater: Bool
    public var exception: Exception?
    /// Where the license (with its `+`) is in the text.
    public var licenseRange: Range<Int>
    /// Where the exception is in the text, when there is one.
    public var exceptionRange: Range<Int>?

    public init(
        license: License, orLater: Bool = false, exception: Exception? = nil, licenseRange: Range<Int>,
        exceptionRange: Range<Int>? = nil
    ) {
        self.license = license
        self.orLater = orLater
        self.exception = exception
        self.licenseRange = licenseRange
        self.exceptionRange = exceptionRange
    }

    /// The term as SPDX writes it: `Apache-2.0`, `GPL-2.0+`, `GPL-2.0-or-later WITH Classpath-exception-2.0`.
    public var text: String {
        text(license: license.text)
    }

    /// The term with the license written as `license`.
    func text(license: String) -> String {
        var text = license
        if orLater { text += "+" }
        if let exception { text += " WITH " + exception.text }
        return text
    }
}
