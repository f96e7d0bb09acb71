import ClearanceYAML
import Foundation

extension CalendarDate {
    /// Today's date in UTC: the default `--as-of`.
    static func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let date = CalendarDate(year: year, month: month, day: day)
        else { preconditionFailure("the system calendar gave no date for today") }
        return date
    }
}
