import Foundation

/// Reads a whole file for import, refusing what is not a regular file or is too large.
public enum FileReader {
    /// 256 MiB: far above any schedule, low enough that a wrong path cannot exhaust memory.
    public static let defaultSizeLimit = 256 << 20

    public static func read(_ path: String, sizeLimit: Int = defaultSizeLimit) throws(ImportError) -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw ImportError(file: path, .unreadable(FileManager.default.fileExists(atPath: path)
                ? "permission denied" : "no such file or directory"))
        }
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            throw ImportError(file: path, .notARegularFile)
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= sizeLimit else { throw ImportError(file: path, .tooLarge(bytes: size, limit: sizeLimit)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError(file: path, .unreadable("permission denied"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            guard data.count <= sizeLimit else {
                throw ImportError(file: path, .tooLarge(bytes: data.count, limit: sizeLimit))
            }
            return [UInt8](data)
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(file: path, .unreadable(error.localizedDescription))
        }
    }
}
