import Testing
@testable import ClearanceKit

@Suite("Hugging Face cards")
struct HuggingFaceCardTests {
    let file = "models/my-model/README.md"

    func read(_ fixture: ManifestFixture, file: String? = nil) -> (HuggingFaceCard?, [Diagnostic]) {
        HuggingFaceCard.parse(bytes: fixture.bytes, file: file ?? self.file)
    }

    @Test func simpleModelCard() {
        let card = ManifestFixture("""
            ---
            language:
            - en
            license: 1️⃣mit
            library_name: timm
            datasets:
            - 2️⃣beans
            ---

            # my-cool-model
            """)
        let (read, diagnostics) = read(card)
        #expect(diagnostics.isEmpty)
        let component = read!.component
        #expect(component.name == "my-model")
        #expect(component.kind == .model)
        #expect(component.license == "mit")
        #expect(component.declaredLicense == "mit")
        #expect(component.location == card.location("1️⃣", file: file))
        #expect(read!.datasets.map(\.name) == ["beans"])
        #expect(read!.datasets.map(\.location) == [card.location("2️⃣", file: file)])
    }

    @Test func modelNameNamesTheComponent() {
        let (read, _) = read(ManifestFixture("---\nmodel_name: finetuned_adapter\nlicense: mit\n---\n"))
        #expect(read?.component.name == "finetuned_adapter")
        let (explicit, _) = HuggingFaceCard.parse(bytes: Array("---\nmodel_name: x\n---\n".utf8), file: file, name: "org/given")
        #expect(explicit?.component.name == "org/given")
    }

    @Test func nameFromThePath() {
        #expect(HuggingFaceCard.defaultName(for: "a/b/Llama-3.2-1B-ET/README.md") == "Llama-3.2-1B-ET")
        #expect(HuggingFaceCard.defaultName(for: "cards/peft-adapter.md") == "peft-adapter")
        #expect(HuggingFaceCard.defaultName(for: "README.md").isEmpty == false)
    }

    @Test func crlfLineEnds() {
        let card = ManifestFixture("---\r\nlanguage: eo\r\nlicense: 1️⃣mit\r\nwidget:\r\n- text: \"Jen fini\u{11D}as bela <mask>.\"\r\n---\r\n\r\n# Hello\r\n")
        #expect(card.text.utf8.contains(13))
        let (read, diagnostics) = read(card)
        #expect(diagnostics.isEmpty)
        #expect(read?.component.license == "mit")
        #expect(read?.component.location == card.location("1️⃣", file: file))
    }

    @Test func bareCarriageReturns() {
        let card = ManifestFixture("---\rlicense: apache-2.0\rbase_model: 1️⃣x\r---\r# Card\r")
        let (read, diagnostics) = read(card)
        #expect(diagnostics.isEmpty)
        #expect(read?.component.license == "apache-2.0")
        #expect(read?.component.baseModels == ["x"])
    }

    @Test func leadingBlankLinesKeepFileLines() {
        let card = ManifestFixture("\n\n   \n---\ntags:\n- lora\n\nbase_model: stabilityai/stable-diffusion-xl-base-1.0\nlicense: 1️⃣openrail++\n---\n    \n# AutoTrain\n")
        let (read, diagnostics) = read(card)
        #expect(diagnostics.isEmpty)
        // `openrail++` is not a valid expression leaf: it becomes the catalog's SPDX-style id.
        #expect(read?.component.license == "LicenseRef-openrail-plusplus")
        #expect(read?.component.location == card.location("1️⃣", file: file))
    }

    @Test func yamlErrorsCiteFileLines() {
        let card = ManifestFixture("\n\n---\nlicense: mit\n1️⃣license: apache-2.0\n---\n")
        let (read, diagnostics) = read(card)
        #expect(read == nil)
        #expect(diagnostics.map(\.id) == ["yaml.duplicate-key"])
        #expect(diagnostics.first?.location == card.location("1️⃣", file: file))
    }

    @Test func frontMatterThatIsAListIsAnError() {
        let card = ManifestFixture("---\n1️⃣[]\n---\n\n# invalid-card-data\n")
        let (read, diagnostics) = read(card)
        #expect(read == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.id == "card.front-matter-not-mapping")
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location == card.location("1️⃣", file: file))
        #expect(diagnostics.first?.message == "the front matter of a model card must be a mapping of keys, found a list")
    }

    @Test func noFrontMatterDeclaresNoLicense() {
        let (read, diagnostics) = read(ManifestFixture("# MyCoolModel\n\nNo metadata here.\n"))
        #expect(diagnostics.isEmpty)
        #expect(read?.hasFrontMatter == false)
        #expect(read?.component.license == nil)
        #expect(read?.component.name == "my-model")
    }

    @Test func unclosedFrontMatterIsNone() {
        let (read, _) = read(ManifestFixture("---\nlicense: mit\n# no closing line\n"))
        #expect(read?.hasFrontMatter == false)
        #expect(read?.component.license == nil)
    }

    @Test func datasetCardLicenseList() {
        let card = ManifestFixture("""
            ---
            license:
            - 1️⃣bsd-3-clause
            - cc-by-4.0
            task_categories:
            - image-segmentation
            pretty_name: Sample Segmentation
            ---
            """)
        let (read, diagnostics) = read(card, file: "data/seg/README.md")
        #expect(diagnostics.isEmpty)
        #expect(read?.component.kind == .dataset)
        #expect(read?.component.name == "Sample Segmentation")
        #expect(read?.component.license == "bsd-3-clause AND cc-by-4.0")
        #expect(read?.component.location == card.location("1️⃣", file: "data/seg/README.md"))
    }

    @Test(arguments: [
        ("license: other\nlicense_name: deepseek-license\n", "deepseek"),
        ("license: other\nlicense_name: Llama 3.1 Community License\n", "llama3.1"),
        ("license: other\nlicense_name: yi-license\nlicense_link: LICENSE\n", "yi-license"),
        ("license: other\nlicense_name: acme-model-license\nlicense_link: LICENSE\n", "LicenseRef-acme-model-license"),
        ("license: other\nlicense_link: https://ai.google.dev/gemma/terms\n", "gemma"),
        ("license: other\n", "LicenseRef-other"),
        ("license: apache-2.0\n", "apache-2.0"),
        ("license: Apache-2.0\n", "Apache-2.0"),
        ("license: llama3.2\n", "llama3.2"),
        ("license: mit OR apache-2.0\n", "mit OR apache-2.0"),
    ])
    func licenseForms(yaml: String, expected: String) {
        let (read, diagnostics) = read(ManifestFixture("---\n\(yaml)---\n"))
        #expect(diagnostics.isEmpty)
        #expect(read?.component.license == expected)
    }

    @Test func otherCitesTheLicenseName() {
        let card = ManifestFixture("---\nlicense: other\nlicense_name: 1️⃣qwen\nlicense_link: LICENSE\n---\n")
        let (read, _) = read(card)
        #expect(read?.component.license == "qwen")
        #expect(read?.component.location == card.location("1️⃣", file: file))
        #expect(read?.licenseLink == "LICENSE")
    }

    @Test func unknownDeclaresNothing() {
        let (read, diagnostics) = read(ManifestFixture("---\nlicense: unknown\n---\n"))
        #expect(diagnostics.isEmpty)
        #expect(read?.component.license == nil)
    }

    /// A member of a license list that declares nothing stays in the AND, so the card is not read as the rest.
    @Test(arguments: [
        ("license: [mit, unknown]\n", "mit AND LicenseRef-NOASSERTION"),
        ("license: [unknown, mit]\n", "mit AND LicenseRef-NOASSERTION"),
        ("license: [mit, '']\n", "mit AND LicenseRef-NOASSERTION"),
        ("license: [mit, ' ']\n", "mit AND LicenseRef-NOASSERTION"),
        ("license:\n- apache-2.0\n- UNKNOWN\n- cc-by-4.0\n", "apache-2.0 AND cc-by-4.0 AND LicenseRef-NOASSERTION"),
        ("license: [mit, apache-2.0]\n", "mit AND apache-2.0"),
        ("license: [unknown]\n", nil),
        ("license: [unknown, '']\n", nil),
        // Without a `license` key, every `license:` tag counts, not the first only.
        ("tags: [license:mit, license:cc-by-nc-4.0]\n", "mit AND cc-by-nc-4.0"),
        ("tags: [license:mit, 'license:']\n", "mit AND LicenseRef-NOASSERTION"),
        ("tags: [license:unknown]\n", nil),
    ] as [(String, String?)])
    func unknownMembersStayInTheList(yaml: String, expected: String?) {
        let (read, diagnostics) = read(ManifestFixture("---\n\(yaml)---\n"))
        #expect(diagnostics.isEmpty)
        #expect(read?.component.license == expected)
        #expect(read?.component.findings == [])
    }

    @Test func aNullMemberOfTheLicenseListIsAnError() {
        let card = ManifestFixture("---\nlicense: [mit, 1️⃣null]\n---\n")
        let (_, diagnostics) = read(card)
        #expect(diagnostics.map(\.id) == ["yaml.type-mismatch"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location == card.location("1️⃣", file: file))
    }

    /// `license_name` (or `license`) and `license_link` that name different licenses: a review, both kept.
    @Test(arguments: [
        (
            "license: other\nlicense_name: mit\nlicense_link: 1️⃣https://creativecommons.org/licenses/by-nc/4.0/legalcode\n",
            "mit AND cc-by-nc-4.0",
            "'my-model' declares license_name 'mit' (mit), but its license_link 'https://creativecommons.org/licenses/by-nc/4.0/legalcode' is cc-by-nc-4.0; the effective license keeps both",
            "cc-by-nc-4.0"
        ),
        (
            "license: mit\nlicense_link: 1️⃣https://ai.google.dev/gemma/terms\n", "mit AND gemma",
            "'my-model' declares mit, but its license_link 'https://ai.google.dev/gemma/terms' is gemma; the effective license keeps both",
            "gemma"
        ),
        (
            "license: other\nlicense_name: Llama 3.1 Community License\nlicense_link: 1️⃣https://ai.google.dev/gemma/terms\n",
            "llama3.1 AND gemma",
            "'my-model' declares license_name 'Llama 3.1 Community License' (llama3.1), but its license_link 'https://ai.google.dev/gemma/terms' is gemma; the effective license keeps both",
            "gemma"
        ),
        (
            // license_name counts beside a license that is not `other` too: the card names two licenses.
            "license: mit\nlicense_name: 1️⃣cc-by-nc-4.0\n", "mit AND cc-by-nc-4.0",
            "'my-model' declares mit, but its license_name 'cc-by-nc-4.0' is cc-by-nc-4.0; the effective license keeps both",
            "cc-by-nc-4.0"
        ),
    ])
    func nameAndLinkThatDisagreeAreAConflict(yaml: String, license: String, message: String, linked: String) {
        let card = ManifestFixture("---\n\(yaml)---\n")
        let (read, diagnostics) = read(card)
        #expect(diagnostics.isEmpty)
        #expect(read?.component.license == license)
        #expect(read?.component.declaredLicense == license)
        let findings = read?.component.findings ?? []
        #expect(findings.map(\.rule) == [.licenseConflict])
        #expect(findings.map(\.verdict) == [.review])
        #expect(findings.first?.message == message)
        #expect(findings.first?.license == linked)
        #expect(findings.first?.policy == card.location("1️⃣", file: file))
    }

    @Test func aNameAndALinkThatBothDisagreeAreTwoConflicts() {
        let card = ManifestFixture(
            "---\nlicense: mit\nlicense_name: 1️⃣cc-by-nc-4.0\nlicense_link: 2️⃣https://ai.google.dev/gemma/terms\n---\n")
        let (read, _) = read(card)
        #expect(read?.component.license == "mit AND cc-by-nc-4.0 AND gemma")
        #expect(read?.component.findings.map(\.message) == [
            "'my-model' declares mit, but its license_name 'cc-by-nc-4.0' is cc-by-nc-4.0; the effective license keeps both",
            "'my-model' declares mit, but its license_link 'https://ai.google.dev/gemma/terms' is gemma; the effective license keeps both",
        ])
        #expect(read?.component.findings.map(\.policy) == [card.location("1️⃣", file: file), card.location("2️⃣", file: file)])
    }

    @Test(arguments: [
        "license: mit\nlicense_name: mit\n",
        "license: other\nlicense_name: gemma\nlicense_link: https://ai.google.dev/gemma/terms\n",
        "license: gemma\nlicense_link: https://ai.google.dev/gemma/terms\n",
        "license: mit\nlicense_link: LICENSE\n",
        "license: [mit, gemma]\nlicense_link: https://ai.google.dev/gemma/terms\n",
        // An unknown declared license already fails closed; the link adds nothing to compare.
        "license: acme-license\nlicense_link: https://ai.google.dev/gemma/terms\n",
    ])
    func aLinkThatAgreesIsNoConflict(yaml: String) {
        let (read, _) = read(ManifestFixture("---\n\(yaml)---\n"))
        #expect(read?.component.findings == [])
    }

    /// The Hub finds front matter after any white space Python's `\s` matches (`^\s*---`), U+FEFF too.
    @Test(arguments: [
        "\u{00A0}", "\u{2028}", "\u{3000}", "\u{001F}", "\u{001C}", "\u{0085}", "\u{1680}", "\u{2000}", "\u{200A}",
        "\u{2029}", "\u{202F}", "\u{205F}", "\u{FEFF}", "\u{000B}\u{000C}", "\n\u{00A0}\u{3000}\r\n", " \u{2028}\n\t",
    ])
    func frontMatterAfterUnicodeWhiteSpace(prefix: String) {
        let card = ManifestFixture(prefix + "---\nlicense: 1️⃣cc-by-nc-4.0\n---\n# Card\n")
        let (read, diagnostics) = read(card)
        #expect(diagnostics.isEmpty)
        #expect(read?.hasFrontMatter == true)
        #expect(read?.component.license == "cc-by-nc-4.0")
        #expect(read?.component.location == card.location("1️⃣", file: file))
    }

    /// Characters that are not white space for the Hub keep the `---` from opening front matter.
    @Test(arguments: ["\u{200B}", "\u{00AD}", "x", "\u{0001}", "\u{2060}"])
    func noFrontMatterAfterOtherCharacters(prefix: String) {
        let (read, _) = read(ManifestFixture(prefix + "---\nlicense: mit\n---\n"))
        #expect(read?.hasFrontMatter == false)
        #expect(read?.component.license == nil)
    }

    @Test func misspeltLicenceKeyWarns() {
        let card = ManifestFixture("---\nbase_model: Qwen/Qwen-1_8B\n1️⃣licence: license\n---\n")
        let (read, diagnostics) = read(card)
        #expect(read?.component.license == nil)
        #expect(diagnostics.map(\.id) == ["card.misspelt-key"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location == card.location("1️⃣", file: file))
    }

    @Test func licenseOfTheWrongTypeIsAnError() {
        let card = ManifestFixture("---\nlicense: 1️⃣{id: mit}\n---\n")
        let (read, diagnostics) = read(card)
        #expect(read?.component.license == nil)
        #expect(diagnostics.map(\.id) == ["yaml.type-mismatch"])
        #expect(diagnostics.first?.location == card.location("1️⃣", file: file))
    }

    @Test func baseModelScalarAndList() {
        let (scalar, _) = read(ManifestFixture("---\nbase_model: meta-llama/Llama-3.2-1B\nlicense: llama3.2\n---\n"))
        #expect(scalar?.component.baseModels == ["meta-llama/Llama-3.2-1B"])
        #expect(scalar?.component.baseModelRelation == nil)
        let (list, diagnostics) = read(ManifestFixture("""
            ---
            base_model:
            - meta-llama/Llama-3.2-1B
            - google/gemma-2b
            base_model_relation: merge
            ---
            """))
        #expect(diagnostics.isEmpty)
        #expect(list?.component.baseModels == ["meta-llama/Llama-3.2-1B", "google/gemma-2b"])
        #expect(list?.component.baseModelRelation == "merge")
    }

    @Test func baseModelFromHubTags() {
        let (read, _) = read(ManifestFixture("""
            ---
            tags:
            - base_model:adapter:NousResearch/Llama-2-7b-chat-hf
            - lora
            ---
            """))
        #expect(read?.component.baseModels == ["NousResearch/Llama-2-7b-chat-hf"])
        #expect(read?.component.baseModelRelation == "adapter")
    }

    @Test func unknownRelationWarns() {
        let card = ManifestFixture("---\nbase_model: x/y\nbase_model_relation: 1️⃣distillation\n---\n")
        let (read, diagnostics) = read(card)
        #expect(read?.component.baseModelRelation == "distillation")
        #expect(diagnostics.map(\.id) == ["card.unknown-relation"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func multimodalPipeline() {
        let (vision, _) = read(ManifestFixture("---\npipeline_tag: image-text-to-text\n---\n"))
        #expect(vision?.component.multimodal == true)
        let (text, _) = read(ManifestFixture("---\npipeline_tag: text-generation\n---\n"))
        #expect(text?.component.multimodal == nil)
    }

    @Test func nestedModelIndexParses() {
        let (read, diagnostics) = read(ManifestFixture("""
            ---
            license: mit
            model-index:
            - name: my-cool-model
              results:
              - task:
                  type: image-classification
                metrics:
                - type: acc
                  value: 0.9
                  args: {date: 20220101}
            ---
            """))
        #expect(diagnostics.isEmpty)
        #expect(read?.component.license == "mit")
    }

    @Test func publicReadReturnsOneComponent() {
        let read = HuggingFaceCard.read(bytes: Array("---\nlicense: mit\n---\n".utf8), file: file)
        #expect(read.components.map(\.license) == ["mit"])
        #expect(read.diagnostics.isEmpty)
    }
}
