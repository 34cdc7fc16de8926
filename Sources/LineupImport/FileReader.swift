import Foundation

/// Reads a whole file for import, refusing what is not a regular file or is too large.
public enum FileReader {
    /// 256 MiB: far above any schedule, low enough that a wrong path cannot exhaust memory.
    public static let defaultSizeLimit = 256 << 20

    public static func read(_ path: String, sizeLimit: Int = defaultSizeLimit) throws(ImportError) -> [UInt8] {
        // lstat, as FileManager.attributesOfItem does (a symbolic link is not a regular file),
        // without building its dictionary of attributes for every page.
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw ImportError(file: path, .unreadable(FileManager.default.fileExists(atPath: path)
                ? "permission denied" : "no such file or directory"))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw ImportError(file: path, .notARegularFile)
        }
        let size = Int(info.st_size)
        guard size <= sizeLimit else { throw ImportError(file: path, .tooLarge(bytes: size, limit: sizeLimit)) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ImportError(file: path, .unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        // Read straight into an array sized from the attributes: going through Data would
        // copy and fault in every page twice. A file that grew meanwhile is read on in chunks.
        var bytes = try readChunk(descriptor, upTo: size + 1, path: path)
        if bytes.count == size + 1 {
            while true {
                let chunk = try readChunk(descriptor, upTo: 1 << 20, path: path)
                if chunk.isEmpty { break }
                bytes += chunk
                guard bytes.count <= sizeLimit else {
                    throw ImportError(file: path, .tooLarge(bytes: bytes.count, limit: sizeLimit))
                }
            }
        }
        return bytes
    }

    /// Up to `limit` bytes (fewer only at the end of the file).
    private static func readChunk(_ descriptor: Int32, upTo limit: Int, path: String) throws(ImportError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
            count = 0
            while count < buffer.count, let base = buffer.baseAddress {
                let got = Foundation.read(descriptor, base + count, buffer.count - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    return
                } else if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        guard failure == 0 else { throw ImportError(file: path, .unreadable(String(cString: strerror(failure)))) }
        return bytes
    }
}
