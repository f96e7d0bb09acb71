/// A JSON manifest format (CycloneDX, SPDX 2, SPDX 3): how to recognize a parsed document, and how to read
/// its components.
protocol JSONDocumentFormat: Sendable {
    /// Whether a parsed JSON document is in this format.
    static func matches(_ root: JSONValue) -> Bool
    /// The components of a parsed document; problems go to `source.diagnostics`.
    static func read(_ source: JSONSource, catalog: Catalog) -> [Component]
}

extension JSONDocumentFormat {
    /// Reads the document in `bytes`: invalid JSON is an error at its line and column. (``ManifestLoader``
    /// is the public way in: it tells the format from the content.)
    static func read(
        bytes: [UInt8], file: String, catalog: Catalog = .shipped
    ) -> (components: [Component], diagnostics: [Diagnostic]) {
        switch JSONSource.parse(bytes, file: file) {
        case .failure(let diagnostic):
            return ([], [diagnostic])
        case .success(let source):
            let components = read(source, catalog: catalog)
            return (components, source.diagnostics)
        }
    }
}

/// The JSON formats, in the order a document is tried against them.
let jsonDocumentFormats: [any JSONDocumentFormat.Type] = [
    CycloneDXDocument.self, SPDX2Document.self, SPDX3Document.self,
]
