import Foundation

/// How old a copy is, in the status bar's and `sources list`'s words: "just now", "12 min
/// ago", "3 h ago", "2 days ago". Rounded down; a time in the future (a clock set back) is
/// "just now".
public enum DataAge {
    public static func text(since date: Date, now: Date) -> String {
        let seconds = max(0, now.timeIntervalSince(date))
        switch seconds {
        case ..<60: return "just now"
        case ..<3600: return "\(Int(seconds / 60)) min ago"
        case ..<(48 * 3600): return "\(Int(seconds / 3600)) h ago"
        default: return "\(Int(seconds / 86400)) days ago"
        }
    }
}
