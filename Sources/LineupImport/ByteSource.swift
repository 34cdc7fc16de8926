import Foundation

/// A file's bytes as a streaming parser reads them: in pieces, from the start, as many times
/// as it needs (a second pass rewinds). Either an open regular file, read with `pread` so
/// that only one piece is in memory at a time, or bytes already in memory (a stream, which
/// cannot be read twice; a download; a test, which may choose tiny pieces to put piece
/// boundaries everywhere).
///
/// Invariants: the pieces of one pass, joined, are the file's bytes from offset 0, whatever
/// `pieceSize` is; a file source never hands out more than `sizeLimit` bytes (a file that grew
/// past it since it was opened ends the pass with `failure` set, as does an I/O error). After
/// a failure every pass is empty: the caller reports `failure` instead of what it parsed.
/// Not thread-safe: one parser reads one source.
public final class ByteSource {
    /// The default piece: large enough that the system calls cost nothing measurable, small
    /// enough to stay in the processor's caches while a parser reads it.
    public static let defaultPieceSize = 1 << 20

    private enum Storage {
        case memory([UInt8])
        case file(descriptor: Int32, path: String)
    }

    private let storage: Storage
    /// At most this many bytes per piece (a parser may ask for more at once with `minimum`).
    let pieceSize: Int
    private let sizeLimit: Int
    /// The offset of the next piece in this pass.
    private var offset = 0
    /// Why the file could not be read to its end; nil while it can.
    private(set) var failure: ImportError?
    /// The size the file had when it was opened (the whole length for bytes in memory): a hint
    /// for reserving room, not a bound.
    let expectedSize: Int
    /// The first bytes of the file (up to `headSize`), for telling its format.
    private(set) var head: [UInt8] = []
    static let headSize = 1 << 16

    /// Bytes in memory, handed out `pieceSize` at a time.
    public init(bytes: [UInt8], pieceSize: Int = defaultPieceSize) {
        storage = .memory(bytes)
        self.pieceSize = max(pieceSize, 1)
        sizeLimit = .max
        expectedSize = bytes.count
        head = bytes.count <= Self.headSize ? bytes : Array(bytes.prefix(Self.headSize))
    }

    /// Takes `descriptor` (an open regular file of `size` bytes at opening); closes it when
    /// the source goes. Reads the head at once.
    init(descriptor: Int32, size: Int, path: String, sizeLimit: Int, pieceSize: Int = defaultPieceSize) {
        storage = .file(descriptor: descriptor, path: path)
        self.pieceSize = max(pieceSize, 1)
        self.sizeLimit = sizeLimit
        expectedSize = size
        var first: [UInt8] = []
        _ = appendPiece(to: &first, minimum: Self.headSize, maximum: Self.headSize)
        head = first
        offset = 0
    }

    deinit {
        if case .file(let descriptor, _) = storage { close(descriptor) }
    }

    /// True when the bytes are all in memory already (nothing is gained by streaming them).
    var isInMemory: Bool {
        if case .memory = storage { return true }
        return false
    }

    /// Starts a new pass at the first byte.
    func rewind() { offset = 0 }

    /// Appends the next piece of this pass to `bytes`: `pieceSize` bytes, or `minimum` when
    /// that is more, fewer only at the end. False, with nothing appended, at the end of the
    /// file or after a failure.
    @discardableResult
    func append(to bytes: inout [UInt8], minimum: Int = 0) -> Bool {
        appendPiece(to: &bytes, minimum: minimum, maximum: .max)
    }

    private func appendPiece(to bytes: inout [UInt8], minimum: Int, maximum: Int) -> Bool {
        guard failure == nil else { return false }
        let wanted = min(max(pieceSize, minimum), maximum)
        switch storage {
        case .memory(let all):
            guard offset < all.count else { return false }
            let end = offset + min(wanted, all.count - offset)
            bytes.append(contentsOf: all[offset..<end])
            offset = end
            return true
        case .file(let descriptor, let path):
            let room = min(wanted, sizeLimit + 1 - offset)
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: room))
            var got = 0
            var readFailure: ImportError?
            bytes.withUnsafeMutableBufferPointer { buffer in
                do throws(ImportError) {
                    got = try FileReader.readAll(descriptor, into: UnsafeMutableBufferPointer(rebasing: buffer[start...]),
                                                 at: offset, path: path)
                } catch {
                    readFailure = error
                }
            }
            bytes.removeLast(room - got)
            offset += got
            if let readFailure {
                failure = readFailure
                return false
            }
            if offset > sizeLimit {
                failure = ImportError(file: path, .tooLarge(bytes: offset, limit: sizeLimit))
                bytes.removeLast(got)
                return false
            }
            return got > 0
        }
    }

    /// Every byte, from the start: the file in one array (a parser that needs it all).
    /// Nil after a failure (see `failure`).
    func readAll() -> [UInt8]? {
        if case .memory(let all) = storage { return all }
        var bytes: [UInt8] = []
        readAll(into: &bytes)
        return failure == nil ? bytes : nil
    }

    /// Every byte into `bytes` (replacing what it held, reusing its storage).
    func readAll(into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        if case .memory(let all) = storage {
            bytes = all
            return
        }
        rewind()
        bytes.reserveCapacity(expectedSize + 1)
        // The size known at opening in one piece, then on in pieces (the file may have grown).
        if append(to: &bytes, minimum: expectedSize + 1) {
            while append(to: &bytes) {}
        }
    }
}
