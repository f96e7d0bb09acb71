import ArgumentParser
import ClearanceKit

/// `--format text|json|sarif|junit|markdown|html|csv|github`, by the formats' raw names.
extension ReportFormat: ExpressibleByArgument {}
