import Foundation

/// Reads a file for import: a regular file (or a symbolic link to one), a pipe, a character
/// device such as /dev/stdin, or "-" for standard input. Refuses directories, sockets and
/// block devices, and anything larger than the limit (a stream is read until it passes the
/// limit, never further). `read` gives the whole file; `open` leaves a large regular file open
/// for a parser to read in pieces (`ByteSource`, which keeps the same limit).
public enum FileReader {
    /// 256 MiB: far above any schedule, low enough that a wrong path cannot exhaust memory.
    public static let defaultSizeLimit = 256 << 20

    public static func read(_ path: String, sizeLimit: Int = defaultSizeLimit) throws(ImportError) -> [UInt8] {
        var bytes: [UInt8] = []
        try read(path, into: &bytes, sizeLimit: sizeLimit)
        return bytes
    }

    /// Reads the file into `bytes` (replacing what it held), reusing its storage when it is
    /// large enough: a loader reading thousands of pages passes the same array back, so each
    /// page lands in memory already mapped rather than in fresh pages the system must fault
    /// in and clear (a fifth of the cost of reading, measured).
    public static func read(_ path: String, into bytes: inout [UInt8],
                            sizeLimit: Int = defaultSizeLimit) throws(ImportError) {
        _ = try open(path, readingSmallFilesInto: &bytes, streamingAbove: .max, sizeLimit: sizeLimit)
    }

    /// Files larger than this are read in pieces by the parsers that can (`ByteSource`).
    public static let streamingThreshold = 4 << 20

    /// Opens `path` for import, with the checks and limits of `read`. A regular file larger
    /// than `threshold` bytes comes back as a `ByteSource` with only its head read (the
    /// descriptor stays open in it); anything else is read whole into `bytes`, as `read` does,
    /// and nil comes back. A pipe or standard input is always read whole: it cannot be read twice.
    public static func open(_ path: String, readingSmallFilesInto bytes: inout [UInt8], streamingAbove threshold: Int,
                            sizeLimit: Int = defaultSizeLimit) throws(ImportError) -> ByteSource? {
        let status = try DataPathStatus.of(path)
        switch status.kind {
        case .regularFile, .stream: break
        case .directory: throw ImportError(file: path, .unreadable("it is a directory"))
        case .unsupported: throw ImportError(file: path, .notARegularFile)
        }
        let size = status.size
        guard size <= sizeLimit else { throw ImportError(file: path, .tooLarge(bytes: size, limit: sizeLimit)) }
        let isStandardInput = path == DataPathStatus.standardInput
        // A FIFO blocks here until a writer opens it, as `cat` does: the user named it.
        let descriptor = isStandardInput ? STDIN_FILENO : Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ImportError(file: path, .unreadable(String(cString: strerror(errno)))) }
        if status.kind == .regularFile, size > threshold, !isStandardInput {
            let source = ByteSource(descriptor: descriptor, size: size, path: path, sizeLimit: sizeLimit)
            if let failure = source.failure { throw failure }
            return source
        }
        defer { if !isStandardInput { close(descriptor) } }
        try readWhole(descriptor, size: size, path: path, into: &bytes, sizeLimit: sizeLimit)
        return nil
    }

    private static func readWhole(_ descriptor: Int32, size: Int, path: String, into bytes: inout [UInt8],
                                  sizeLimit: Int) throws(ImportError) {
        // Read straight into an array sized from the attributes: going through Data would
        // copy and fault in every page twice. A file that grew meanwhile, and a stream (size
        // 0), is read on in chunks.
        if bytes.capacity <= size {
            bytes = []
            bytes.reserveCapacity(size + 1 + min(size / 8, 1 << 16))  // room for slightly larger pages to come
        }
        // (A shared array gets storage of its own here: copy on write.)
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: repeatElement(0, count: size + 1))
        let got = try bytes.withUnsafeMutableBufferPointer { buffer throws(ImportError) in
            try readAll(descriptor, into: buffer, path: path)
        }
        bytes.removeLast(size + 1 - got)
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
    }

    /// Up to `limit` bytes (fewer only at the end).
    private static func readChunk(_ descriptor: Int32, upTo limit: Int, path: String) throws(ImportError) -> [UInt8] {
        var failure: ImportError?
        let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
            do throws(ImportError) {
                count = try readAll(descriptor, into: buffer, path: path)
            } catch {
                failure = error
                count = 0
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Fills `buffer` from the file, from its current position, or from byte `fileOffset` when
    /// given (`pread`: the position is left alone); returns how many bytes were read (fewer
    /// only at the end). Retries reads interrupted by a signal.
    static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, at fileOffset: Int? = nil,
                        path: String) throws(ImportError) -> Int {
        var count = 0
        while count < buffer.count, let base = buffer.baseAddress {
            let got = fileOffset.map { pread(descriptor, base + count, buffer.count - count, off_t($0 + count)) }
                ?? Foundation.read(descriptor, base + count, buffer.count - count)
            if got > 0 {
                count += got
            } else if got == 0 {
                break
            } else if errno != EINTR {
                throw ImportError(file: path, .unreadable(String(cString: strerror(errno))))
            }
        }
        return count
    }
}
