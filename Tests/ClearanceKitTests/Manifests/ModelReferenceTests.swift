import Testing

@testable import ClearanceKit

@Suite("Model references as cards write them")
struct ModelReferenceTests {
    /// A reference, the pattern it matches, and the steps the match names (joined by " and ").
    @Test(arguments: [
        ("meta-llama/Llama-2-7b-hf", "meta-llama/Llama-2-*", ""),
        ("META-LLAMA/llama-2-7b-HF", "meta-llama/Llama-2-*", ""),
        ("meta-llama/Llama-2-7b-hf/", "meta-llama/Llama-2-*", ""),
        ("meta-llama/Llama-2-7b-hf@08751db", "meta-llama/Llama-2-*", "removing the revision `@08751db`"),
        (
            "https://huggingface.co/meta-llama/Llama-2-7b-hf/tree/main", "meta-llama/Llama-2-*",
            "reading the URL form"
        ),
        ("hf.co/mistralai/Mistral-7B-v0.1", "mistralai/Mistral-7B-v0.1", "reading the URL form"),
        (
            "TheBloke/Llama-2-7B-Chat-GGUF", "meta-llama/Llama-2-*",
            "removing the re-upload publisher `TheBloke` and the format suffix `-GGUF`"
        ),
        (
            "TheBloke/Llama-2-13B-chat-GPTQ", "meta-llama/Llama-2-*",
            "removing the re-upload publisher `TheBloke` and the format suffix `-GPTQ`"
        ),
        (
            "unsloth/llama-3-8b-Instruct-bnb-4bit", "meta-llama/Meta-Llama-3-*",
            "removing the re-upload publisher `unsloth` and the format suffix `-bnb`, `-4bit`"
        ),
        (
            "unsloth/Meta-Llama-3.1-8B-bnb-4bit", "meta-llama/Meta-Llama-3.1-*",
            "removing the re-upload publisher `unsloth` and the format suffix `-bnb`, `-4bit`"
        ),
        (
            "MaziyarPanahi/Mistral-7B-Instruct-v0.3-GGUF", "mistralai/Mistral-7B-Instruct-v0.3",
            "removing the re-upload publisher `MaziyarPanahi` and the format suffix `-GGUF`"
        ),
        (
            "hugging-quants/Llama-3.2-3B-Instruct-Q4_K_M-GGUF", "meta-llama/Llama-3.2-3B*",
            "removing the re-upload publisher `hugging-quants` and the format suffix `-Q4_K_M`, `-GGUF`"
        ),
        (
            "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "meta-llama/Meta-Llama-3.1-*",
            "removing the re-upload publisher `bartowski` and the format suffix `-GGUF`"
        ),
        (
            "TheBloke/phi-2-GGUF", "microsoft/phi-2",
            "removing the re-upload publisher `TheBloke` and the format suffix `-GGUF`"
        ),
        (
            "TheBloke/Yi-34B-GGUF", "01-ai/Yi-34B*",
            "removing the re-upload publisher `TheBloke` and the format suffix `-GGUF`"
        ),
        (
            "NousResearch/Meta-Llama-3-8B-Instruct", "meta-llama/Meta-Llama-3-*",
            "removing the re-upload publisher `NousResearch`"
        ),
        ("Qwen/Qwen2-7B-Instruct-AWQ", "Qwen/Qwen2-7B*", ""),
        (
            "mistralai/Mistral-7B-Instruct-v0.3-fp16", "mistralai/Mistral-7B-Instruct-v0.3",
            "the format suffix `-fp16`"
        ),
        (
            "/models/meta-llama/Llama-2-7b-hf", "meta-llama/Llama-2-*",
            "reading the local path `/models/meta-llama/Llama-2-7b-hf`"
        ),
        (
            "~/.cache/huggingface/hub/models--mistralai--Mistral-7B-v0.1/snapshots/26bca36",
            "mistralai/Mistral-7B-v0.1",
            "reading the local path `~/.cache/huggingface/hub/models--mistralai--Mistral-7B-v0.1/snapshots/26bca36`"
        ),
        (
            "./checkpoints/Llama-3.2-1B-Instruct", "meta-llama/Llama-3.2-1B*",
            "reading the local path `./checkpoints/Llama-3.2-1B-Instruct`"
        ),
        (
            "Llama-2-7b-hf", "meta-llama/Llama-2-*",
            "reading `Llama-2-7b-hf`, which names no organization, as a model name"
        ),
        ("decapoda-research/llama-7b-hf", "decapoda-research/llama-7b-hf", ""),
        (
            "TheBloke/LLaMa-7B-GGML", "huggyllama/llama-7b",
            "removing the re-upload publisher `TheBloke` and the format suffix `-GGML`"
        ),
        ("runwayml/stable-diffusion-v1-5", "runwayml/stable-diffusion-v1-5", ""),
        (
            "TheBloke/Nous-Capybara-34B-GGUF", "NousResearch/Nous-Capybara-34B",
            "removing the re-upload publisher `TheBloke` and the format suffix `-GGUF`"
        ),
        (
            "distilbert-base-uncased", "distilbert/distilbert-base-uncased",
            "reading `distilbert-base-uncased`, which names no organization, as a model name"
        ),
    ])
    func matches(reference: String, pattern: String, steps: String) {
        let match = WellKnownModels.shipped.match(reference)
        #expect(match?.entry.pattern == pattern)
        #expect(match?.steps.joined(separator: " and ") == steps)
    }

    /// Fail closed: a re-upload by a publisher not in the list, a fine-tune with another name, a name with only a
    /// family in it, stay unknown.
    @Test(arguments: [
        "someone/Llama-2-7b-chat-hf", "NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO", "TheBloke/MythoMax-L2-13B-GGUF",
        "Gryphe/MythoMax-L2-13b", "/kaggle/input/llama-3.1/transformers/8b-instruct/1", "", "   ",
        "unsloth/gemma", "LumiOpen/Llama-Poro-2-70B-Instruct", "Sao10K/L3-8B-Stheno-v3.2", "cagliostrolab/animagine-xl-3.1",
    ])
    func staysUnknown(reference: String) {
        #expect(WellKnownModels.shipped.match(reference) == nil)
    }

    @Test func unknownReferencesListWhatWasTried() {
        #expect(
            WellKnownModels.shipped.attempts(for: "TheBloke/Nous-Capybara-34B-GGUF") == [
                "thebloke/nous-capybara-34b-gguf", "thebloke/nous-capybara-34b", "nous-capybara-34b",
            ])
    }

    @Test(arguments: [
        ("Llama-2-7B-Chat-GGUF", "Llama-2-7B-Chat", ["-GGUF"]),
        ("c4ai-command-r-plus-iMat.GGUF", "c4ai-command-r-plus", ["-iMat", ".GGUF"]),
        ("Meta-Llama-3.1-8B-Instruct-unsloth-bnb-4bit", "Meta-Llama-3.1-8B-Instruct", ["-unsloth", "-bnb", "-4bit"]),
        ("Qwen-1_8B", "Qwen-1_8B", []),
        ("Llama-2-7b-hf", "Llama-2-7b-hf", []),
        ("Mistral-7B-v0.1", "Mistral-7B-v0.1", []),
        ("GGUF", "GGUF", []),
    ])
    func formatSuffixes(name: String, stripped: String, removed: [String]) {
        let result = ModelReference.strippingFormat(name)
        #expect(result.name == stripped)
        #expect(result.removed == removed)
    }

    /// Whether a model is multimodal is a fact of the index, from Meta's own model cards.
    @Test(arguments: [
        ("meta-llama/Llama-3.2-11B-Vision-Instruct", true),
        ("meta-llama/Llama-3.2-90B-Vision", true),
        ("meta-llama/Llama-3.2-1B-Instruct", false),
        ("meta-llama/Llama-3.2-3B", false),
        ("meta-llama/Llama-3.3-70B-Instruct", false),
        ("meta-llama/Llama-4-Scout-17B-16E-Instruct", true),
        ("meta-llama/Llama-4-Maverick-17B-128E-Instruct", true),
        ("meta-llama/Meta-Llama-3-8B-Instruct", false),
        ("meta-llama/Llama-3.1-405B", false),
        ("meta-llama/Meta-Llama-3.1-8B", false),
    ])
    func multimodality(id: String, multimodal: Bool) {
        #expect(WellKnownModels.shipped.entry(for: id)?.multimodal == multimodal)
    }

    @Test func multimodalityOfARequantizedVisionModel() {
        let match = WellKnownModels.shipped.match("unsloth/Llama-3.2-11B-Vision-Instruct-bnb-4bit")
        #expect(match?.entry.license == "llama3.2")
        #expect(match?.entry.multimodal == true)
    }

    /// The facts of a component come from its own name and its bases, as the index knows them.
    @Test func factsOfAComponentAndItsBases() {
        let component = Component(
            name: "Llama-3.2-11B-Vision-Instruct", kind: .model, license: "llama3.2",
            baseModels: ["meta-llama/Llama-3.2-11B-Vision-Instruct", "acme/unknown"])
        let matches = WellKnownModels.shipped.matches(for: component)
        #expect(matches.map(\.reference) == ["meta-llama/Llama-3.2-11B-Vision-Instruct"])
        #expect(matches.map(\.match.entry.multimodal) == [true])
        let quantized = Component(
            name: "hugging-quants/Llama-3.2-3B-Instruct-Q4_K_M-GGUF", kind: .model, license: nil,
            baseModels: ["meta-llama/Llama-3.2-3B-Instruct"])
        // Its own name is read as written (not as a re-upload): the base says what it is.
        #expect(WellKnownModels.shipped.matches(for: quantized).map(\.reference) == ["meta-llama/Llama-3.2-3B-Instruct"])
        #expect(WellKnownModels.shipped.matches(for: quantized).map(\.match.entry.multimodal) == [false])
    }

    @Test(arguments: ["google/gemma-2-9b", "Qwen/Qwen2.5-7B-Instruct", "meta-llama/Llama-3.2-Other"])
    func multimodalityNotKnown(id: String) {
        #expect(WellKnownModels.shipped.entry(for: id) != nil)
        #expect(WellKnownModels.shipped.entry(for: id)?.multimodal == nil)
    }

    /// The sizes whose licenses differ within one Qwen release.
    @Test(arguments: [
        ("Qwen/Qwen2-72B-Instruct", "tongyi-qianwen"),
        ("Qwen/Qwen2-7B-Instruct", "apache-2.0"),
        ("Qwen/Qwen2.5-0.5B", "apache-2.0"),
        ("Qwen/Qwen2.5-3B-Instruct", "qwen-research"),
        ("Qwen/Qwen2.5-32B-Instruct", "apache-2.0"),
        ("Qwen/Qwen2.5-72B-Instruct", "qwen"),
        ("Qwen/Qwen1.5-32B", "tongyi-qianwen-research"),
        ("Qwen/Qwen1.5-32B-Chat", "tongyi-qianwen"),
        ("Qwen/Qwen1.5-1.8B-Chat", "tongyi-qianwen-research"),
        ("Qwen/Qwen-72B", "tongyi-qianwen"),
        ("mistralai/Codestral-22B-v0.1", "mnpl"),
        ("mistralai/Mistral-Large-Instruct-2407", "mrl"),
        ("black-forest-labs/FLUX.1-dev", "flux-1-dev-non-commercial-license"),
        ("black-forest-labs/FLUX.1-schnell", "apache-2.0"),
        ("huggyllama/llama-7b", "llama1"),
        ("codellama/CodeLlama-7b-hf", "llama2"),
        ("tiiuae/falcon-7b-instruct", "apache-2.0"),
        ("tiiuae/falcon-180B-chat", "falcon-180b"),
        ("deepseek-ai/deepseek-coder-6.7b-instruct", "deepseek"),
        ("bigcode/starcoder2-15b", "bigcode-openrail-m"),
    ])
    func licensesBySize(id: String, license: String) {
        #expect(WellKnownModels.shipped.entry(for: id)?.license == license)
    }
}
