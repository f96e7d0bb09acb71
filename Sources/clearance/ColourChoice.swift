import ArgumentParser

/// `--color auto|always|never`: whether the text report uses ANSI colours.
enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset or empty (https://no-color.org).
    case auto
    /// Colour wherever the report goes, `NO_COLOR` or not: the command line wins.
    case always
    case never

    /// Whether to colour a report; `toStandardOutput` is false when it goes to a file.
    func colours(toStandardOutput: Bool) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: toStandardOutput && Terminal.wantsColour(fileDescriptor: 1)
        }
    }
}
