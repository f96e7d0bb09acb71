import ArgumentParser

/// `--format text|json` for commands that print one document.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
