import Testing

@testable import ClearanceKit

@Suite("Model families named in prose")
struct ModelFamilyTests {
    /// Names as cards write them, and the license and facts each family has; nil for what is no Llama family.
    @Test(arguments: [
        ("LLaMA", "llama1", nil),
        ("LLaMA-7b", "llama1", nil),
        ("LlaMa 13B", "llama1", nil),
        ("LLaMA 1", "llama1", nil),
        ("Llama 2", "llama2", nil),
        ("LLaMa2 7B", "llama2", nil),
        ("Llama-2-13b-chat-hf", "llama2", nil),
        ("CodeLlama-34B-Python", "llama2", nil),
        ("Code Llama", "llama2", nil),
        ("Meta Llama 3 8B Instruct", "llama3", false),
        ("Llama3.1-8B", "llama3.1", false),
        ("Llama 3.2 1B", "llama3.2", false),
        ("Llama-3.2-11B-Vision", "llama3.2", true),
        ("Llama 3.2", "llama3.2", nil),
        ("Llama 3.3 70B", "llama3.3", false),
        ("Llama 4", "llama4", true),
    ] as [(String, String, Bool?)])
    func family(name: String, license: String, multimodal: Bool?) {
        let entry = ModelFamily.entry(for: name)
        #expect(entry?.license == license)
        #expect(entry?.multimodal == multimodal)
    }

    @Test(arguments: ["llama.cpp", "TinyLlama", "Llama 5", "Code Llama 3", "Alpaca", "llama-2-ko", "OpenLLaMA"])
    func notAFamily(name: String) {
        #expect(ModelFamily.entry(for: name) == nil)
    }
}
