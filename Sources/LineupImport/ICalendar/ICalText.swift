#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// TEXT values (RFC 5545 3.3.11): `\\`, `\;`, `\,` and `\n` or `\N` are escapes; a
/// backslash before anything else is kept as written.
enum ICalText {
    /// The value with its escapes resolved.
    static func unescape(_ value: String) -> String {
        guard value.containsByte(UInt8(ascii: "\\")) else { return value }
        var value = value, scratch: [UInt8] = []
        return value.withUTF8 { text($0, trimmed: false, scratch: &scratch) }
    }

    /// A list value (CATEGORIES) split at commas that are not escaped, each part unescaped
    /// and trimmed; empty parts are dropped.
    static func list(_ value: String) -> [String] {
        var value = value, scratch: [UInt8] = []
        return value.withUTF8 { list($0, scratch: &scratch) }
    }
}

extension ICalText {
    /// `unescape(String(decoding: bytes, as: UTF8.self))`, trimmed of spaces and line breaks
    /// when `trimmed` (as `trimmingSpaces`), made with one string: escapes are resolved on the
    /// bytes (in `scratch`, reused) before decoding, which gives the same text since every
    /// escape is ASCII and the byte after it stays.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>, trimmed: Bool, scratch: inout [UInt8]) -> String {
        guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "\\")), bytes.count) != nil else {
            return string(bytes, trimmed: trimmed)
        }
        scratch.removeAll(keepingCapacity: true)
        unescape(bytes, into: &scratch)
        return scratch.withUnsafeBufferPointer { string($0, trimmed: trimmed) }
    }

    /// `list(String(decoding: bytes, as: UTF8.self))` on the bytes: parts split at unescaped
    /// commas, each unescaped and trimmed; empty parts dropped.
    static func list(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> [String] {
        var parts: [String] = []
        var partStart = 0, index = 0
        func flush(_ end: Int) {
            let part = text(UnsafeBufferPointer(rebasing: bytes[partStart..<end]), trimmed: true, scratch: &scratch)
            if !part.isEmpty { parts.append(part) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: ",") {
                flush(index)
                partStart = index + 1
            }
            index += 1
        }
        flush(bytes.count)
        return parts
    }

    /// Copies the runs between backslashes whole (found with memchr), resolving each escape.
    private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return }
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "\\")), bytes.count - index) else {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...]))
                return
            }
            let backslash = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<backslash]))
            guard backslash + 1 < bytes.count else {
                result.append(UInt8(ascii: "\\"))
                return
            }
            let byte = bytes[backslash + 1]
            switch byte {
            case UInt8(ascii: "n"), UInt8(ascii: "N"): result.append(0x0A)
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): result.append(byte)
            default: result.append(UInt8(ascii: "\\")); result.append(byte)
            }
            index = backslash + 2
        }
    }

    /// The bytes as UTF-8 (invalid bytes become U+FFFD), trimmed as `trimmingSpaces` when `trimmed`.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, trimmed: Bool) -> String {
        String(decoding: trimmed ? self.trimmed(bytes) : bytes, as: UTF8.self)
    }

    /// The bytes without the leading and trailing spaces, tabs and line breaks that
    /// `trimmingSpaces` removes.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}

extension String {
    /// True when the UTF-8 form holds `byte`; a memchr over contiguous storage.
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// The text without leading and trailing spaces, tabs and line breaks; the string itself
    /// (no copy) when there are none.
    var trimmingSpaces: String {
        let utf8 = self.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let firstByte = utf8.first, let lastByte = utf8.last else { return self }
        if !isSpace(firstByte) && !isSpace(lastByte) { return self }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(decoding: utf8[first...last], as: UTF8.self)
    }
}
