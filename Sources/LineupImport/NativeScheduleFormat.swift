import Foundation
import LineupModel

/// Writes and reads Lineup's own JSON schedule (`lineup import ... --output schedule.json`).
public enum NativeScheduleFormat {
    /// The value of the document's "format" key.
    public static let formatName = "lineup-schedule"
    public static let currentVersion = 2

    /// The schedule as pretty-printed JSON with sorted keys (stable for diffs).
    public static func encode(_ schedule: Schedule) throws -> Data {
        let document = NativeScheduleDocument(
            format: formatName, version: currentVersion,
            sources: schedule.sources.map(NativeScheduleDocument.SourceRecord.init),
            sessions: schedule.sessions.map(NativeScheduleDocument.SessionRecord.init),
            talks: schedule.talks.map(NativeScheduleDocument.TalkRecordV1.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    /// Reads a document back as one fragment per source, in the document's order, so that
    /// `Schedule.assemble` rebuilds the schedule that was written. Sessions and items that
    /// name a file the document lists no source for get a source of format `.native`.
    public static func decode(_ bytes: [UInt8], path: String) throws(ImportError) -> (fragments: [ScheduleFragment], diagnostics: [Diagnostic]) {
        let document: NativeScheduleDocument
        do {
            let header = try JSONDecoder().decode(Header.self, from: Data(bytes))
            guard header.format == formatName else {
                throw ImportError(file: path, .invalidSchedule("its \"format\" is \"\(header.format)\", not \"\(formatName)\""))
            }
            guard header.version <= currentVersion else {
                throw ImportError(file: path, .invalidSchedule(
                    "it is version \(header.version), written by a newer Lineup (this one reads up to \(currentVersion))"))
            }
            document = try JSONDecoder().decode(NativeScheduleDocument.self, from: Data(bytes))
        } catch let error as ImportError {
            throw error
        } catch let error as DecodingError {
            throw ImportError(file: path, .invalidSchedule(describe(error)))
        } catch {
            throw ImportError(file: path, .invalidSchedule(String(describing: error)))
        }

        var problem: String?
        var fragments: [ScheduleFragment] = document.sources.map { ScheduleFragment(source: $0.source) }
        var positionByFile: [String: Int] = [:]
        for (position, fragment) in fragments.enumerated() where positionByFile[fragment.source.fileName] == nil {
            positionByFile[fragment.source.fileName] = position
        }
        func position(of fileName: String, conference: String) -> Int {
            if let position = positionByFile[fileName] { return position }
            fragments.append(ScheduleFragment(source: Source(fileName: fileName, name: conference, format: .native)))
            positionByFile[fileName] = fragments.count - 1
            return fragments.count - 1
        }
        for record in document.sessions {
            guard let session = record.session(problem: &problem) else {
                throw ImportError(file: path, .invalidSchedule(problem ?? "bad session"))
            }
            fragments[position(of: session.source, conference: session.conference)].sessions.append(session)
        }
        for record in document.talks {
            guard let talk = record.talk(problem: &problem) else {
                throw ImportError(file: path, .invalidSchedule(problem ?? "bad item"))
            }
            fragments[position(of: talk.source, conference: talk.source)].talks.append(talk)
        }
        return (fragments, [])
    }

    /// True when writing a schedule to `path` loses nothing: there is no file there, or it
    /// is a Lineup schedule (about to be replaced by a newer one), or a pipe or device (which
    /// the writer fills in place).
    public static func isReplaceable(_ path: String) -> Bool {
        // Nothing there, or a pipe or device (written in place, not replaced; never read here,
        // where a pipe would block and a device may never end).
        guard let status = try? DataPathStatus.of(path), status.kind == .regularFile else { return true }
        guard let bytes = try? FileReader.read(path), FormatDetector.looksLikeJSON(bytes) else { return false }
        return (try? decode(bytes, path: path)) != nil
    }

    private struct Header: Decodable {
        var format: String
        var version: Int
    }

    /// "missing key \"title\" at talks[3]" rather than Foundation's debug text.
    static func describe(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            let text = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key \"\(key.stringValue)\" at \(place(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong value at \(place(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
            return "\(context.debugDescription)\(underlying) at \(place(context.codingPath))"
        @unknown default:
            return String(describing: error)
        }
    }
}
