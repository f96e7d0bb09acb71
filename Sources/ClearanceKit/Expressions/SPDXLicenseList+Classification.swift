extension SPDXLicenseList {
    /// What Clearance knows of an SPDX license without reading its terms: the policy category it falls in, and
    /// the SPDX list's OSI and FSF flags that category was drawn from.
    ///
    /// Generated into ``classifications`` by `Scripts/generate-spdx-categories.py`; see <doc:SPDXCategories>.
    public struct Classification: Hashable, Sendable {
        /// The policy category, or nil when neither the hand-kept map nor the OSI and FSF flags give one.
        public var category: LicenseDescriptor.Category?
        /// `isOsiApproved` on the SPDX list.
        public var osiApproved: Bool
        /// `isFsfLibre` on the SPDX list.
        public var fsfLibre: Bool
        /// Where the category came from.
        public var basis: Basis

        /// Where a category came from.
        public enum Basis: String, Hashable, Sendable {
            /// The script's hand-kept map of copyleft, weak-copyleft and non-commercial ids.
            case handKept = "hand-kept map"
            /// Permissive because the SPDX list marks the license OSI-approved or FSF-free.
            case osiOrFSF = "OSI-approved or FSF-free"
            /// No category.
            case none
        }

        init(_ category: LicenseDescriptor.Category?, osi: Bool, fsf: Bool, basis: Basis) {
            self.category = category
            self.osiApproved = osi
            self.fsfLibre = fsf
            self.basis = basis
        }
    }

    /// The classification of a license id of the SPDX list (current or deprecated), matched case-insensitively;
    /// nil for anything else.
    public static func classification(for id: String) -> Classification? {
        guard let entry = entry(for: id), entry.kind != .exception else { return nil }
        return classifications[entry.id]
    }
}
