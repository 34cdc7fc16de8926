#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole reads and writes on an open file descriptor, retrying interrupted calls. Failures
/// are `FileError`s naming `path` (the name the user knows the file by).
package enum FileDescriptor {
    package static func writeAll(_ bytes: some Collection<UInt8>, to fd: Int32, path: String) throws {
        let contiguous = Array(bytes)
        try contiguous.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw FileError.cannotWrite(path: path, reason: systemErrorMessage())
                }
                offset += written
            }
        }
    }

    /// Everything up to the end of the file, failing with `tooLarge` once more than `limit`
    /// bytes have come (so an endless file is never read to its end).
    package static func readAll(_ fd: Int32, path: String, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(fd, $0, buffer.count) } ?? 0
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError.cannotRead(path: path, reason: systemErrorMessage())
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw FileError.tooLarge(path: path, limit: limit) }
        }
    }
}
