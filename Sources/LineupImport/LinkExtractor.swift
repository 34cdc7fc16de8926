import Foundation

/// Finds the http(s) URLs in an abstract.
///
/// A URL runs from "http://" or "https://" to the first space, quote, angle bracket, backslash,
/// brace opening or non-ASCII byte; then trailing punctuation and closing brackets that have no
/// opening partner inside the URL are cut, so "\url{https://github.com/rajarshd/CBR-SUBG}}."
/// gives https://github.com/rajarshd/CBR-SUBG and "(see https://a.org/x_(y))." keeps "x_(y)".
public enum LinkExtractor {
    /// Every URL in `text`, in order of first appearance, without repeats. O(n).
    public static func links(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { links(in: $0) }
    }

    /// Looks for each "://" with memchr (colons are rare in prose), then checks the scheme.
    static func links(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        guard let base = bytes.baseAddress else { return [] }
        var links: [String] = []
        var colonSearchStart = 0
        let count = bytes.count
        while colonSearchStart < count,
              let found = memchr(base + colonSearchStart, Int32(UInt8(ascii: ":")), count - colonSearchStart) {
            let colon = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            colonSearchStart = colon + 1
            let index = colon >= 5 && bytes[colon - 1] == UInt8(ascii: "s") ? colon - 5 : colon - 4
            guard index >= 0, colon + 3 <= count, let schemeLength = schemeLength(bytes, at: index) else { continue }
            var end = index + schemeLength
            while end < count, !endsURL(bytes[end]) { end += 1 }
            let trimmedEnd = trimTrailing(bytes, index + schemeLength, end)
            if trimmedEnd > index + schemeLength {
                let link = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<trimmedEnd]), as: UTF8.self)
                if !links.contains(link) { links.append(link) }
            }
            colonSearchStart = max(colonSearchStart, end)
        }
        return links
    }

    /// 7 for "http://", 8 for "https://", nil otherwise.
    private static func schemeLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "h"), bytes[index + 1] == UInt8(ascii: "t"),
              bytes[index + 2] == UInt8(ascii: "t"), bytes[index + 3] == UInt8(ascii: "p") else { return nil }
        var position = index + 4
        if bytes[position] == UInt8(ascii: "s") { position += 1 }
        guard position + 3 <= bytes.count, bytes[position] == UInt8(ascii: ":"),
              bytes[position + 1] == UInt8(ascii: "/"), bytes[position + 2] == UInt8(ascii: "/") else { return nil }
        return position + 3 - index
    }

    private static func endsURL(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x7F...0xFF: return true
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "{"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "^"):
            return true
        default: return false
        }
    }

    /// The end of the URL once trailing punctuation and unpartnered closers are cut.
    private static func trimTrailing(_ bytes: UnsafeBufferPointer<UInt8>, _ bodyStart: Int, _ end: Int) -> Int {
        var end = end
        while end > bodyStart {
            let last = bytes[end - 1]
            switch last {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "}"):
                end -= 1
            case UInt8(ascii: ")"):
                guard count(UInt8(ascii: "("), bytes, bodyStart, end) < count(last, bytes, bodyStart, end) else { return end }
                end -= 1
            case UInt8(ascii: "]"):
                guard count(UInt8(ascii: "["), bytes, bodyStart, end) < count(last, bytes, bodyStart, end) else { return end }
                end -= 1
            default:
                return end
            }
        }
        return end
    }

    private static func count(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var total = 0
        for index in start..<end where bytes[index] == byte { total += 1 }
        return total
    }
}
