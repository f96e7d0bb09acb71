/// The two ids of the Hugging Face license list that name no license: `other` and `unknown`.
///
/// They are not in the catalog, and a card that stops at either never passes; ``meaning`` says what Clearance
/// does with each, for `clearance explain`.
public enum HubPlaceholder: String, CaseIterable, Sendable {
    case other
    case unknown

    /// The placeholder `id` stands for, case-insensitively, or nil.
    public init?(id: String) {
        self.init(rawValue: LicenseText.trim(id).lowercased())
    }

    /// What the id means on a card, and how `check` reads it.
    public var meaning: String {
        switch self {
        case .other:
            """
            `license: other` on a Hugging Face card says the license is not on the Hub's list; the card names it \
            with `license_name` and `license_link`. Clearance resolves those names and links (and a LICENSE file \
            beside the card, and a license the card's text names); a card that names nothing stays \
            LicenseRef-other, an unknown license, which the policy's `unknown` decides (review or fail, never a \
            pass). A card with `license: other` over known base models is read as the license of its bases.
            """
        case .unknown:
            """
            `license: unknown` on a Hugging Face card says its author does not know the license. Clearance reads \
            it as no license: the terms are unknown, and the policy's `unknown` decides (review or fail, never a \
            pass), unless the card's base models or its text name the license.
            """
        }
    }
}
