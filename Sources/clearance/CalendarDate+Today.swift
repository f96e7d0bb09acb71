import ClearanceYAML
import Foundation

extension CalendarDate {
    /// Today's date in UTC: the default `--as-of`.
    static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
