import Foundation
@testable import LineupTUI
import XCTest

/// LINEUP_FRAME_LOG, a write path like any other (issue 11, rules 1 and 3): a device is
/// written in place, and a failed write never stops the browser.
final class FrameLogTests: XCTestCase {
    func testAFullDeviceStaysADeviceAndAFailedWriteIsDropped() throws {
        let directory = NSTemporaryDirectory() + "lineup-frame-log-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: directory) }
        let full = directory + "/full"
        guard getuid() == 0 else { throw XCTSkip("making a device node with mknod needs root") }
        guard mknod(full, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0 else {
            throw XCTSkip("mknod is not allowed here (\(String(cString: strerror(errno))))")
        }
        let log = try XCTUnwrap(FrameLog(path: full))
        log.write([("first_frame_ms", "1.000")])  // ENOSPC: dropped, no trap
        var info = stat()
        XCTAssertEqual(lstat(full, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR)
    }

    func testProcessorTimeLeavesOutTimeSpentWaiting() throws {
        let path = NSTemporaryDirectory() + "lineup-frame-log-\(UUID().uuidString).log"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        let log = try XCTUnwrap(FrameLog(path: path))
        _ = log.lap()
        _ = log.processorLap()
        usleep(60_000)  // waiting, as for a key: wall time passes, the processor does nothing for us
        XCTAssertGreaterThanOrEqual(log.lap(), 60)
        XCTAssertLessThan(log.processorLap(), 30)
        var sum = 0.0
        for step in 0..<3_000_000 { sum += Double(step).squareRoot() }
        XCTAssertGreaterThan(sum, 0)
        XCTAssertGreaterThan(log.processorLap(), 0, "work is counted")
    }

    func testARegularFileGetsOneLinePerWrite() throws {
        let path = NSTemporaryDirectory() + "lineup-frame-log-\(UUID().uuidString).log"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let log = try XCTUnwrap(FrameLog(path: path))
        log.write([("events", 2), ("draw_ms", "0.500")])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "events=2 draw_ms=0.500\n")
    }
}
