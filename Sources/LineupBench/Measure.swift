import Foundation

/// Clocks, percentiles and memory readings for the benchmark.
enum Measure {
    /// Monotonic time in seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// CPU seconds used by the calling thread so far: unlike wall time, not inflated when other
    /// processes load the machine.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// CPU seconds used by every thread of the process so far (for work spread over threads).
    static func processCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its result with the wall seconds it took and the CPU seconds
    /// of every thread of the process meanwhile (run it while no other work is going on).
    static func timeWithProcessCPU<T>(_ body: () throws -> T) rethrows -> (T, wall: Double, cpu: Double) {
        let cpuStart = processCPUSeconds(), start = now()
        let result = try body()
        let wall = now() - start
        return (result, wall, processCPUSeconds() - cpuStart)
    }

    /// Runs `body` and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, now() - start)
    }

    /// The p-th percentile (0...100) of `samples` by the nearest-rank method.
    static func percentile(_ p: Double, of samples: [Double]) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// Runs `body` and returns its result with the wall seconds and the thread's CPU seconds.
    static func timeWithCPU<T>(_ body: () throws -> T) rethrows -> (T, wall: Double, cpu: Double) {
        let cpuStart = threadCPUSeconds(), start = now()
        let result = try body()
        let wall = now() - start
        return (result, wall, threadCPUSeconds() - cpuStart)
    }

    static func median(_ samples: [Double]) -> Double { percentile(50, of: samples) }

    /// Resets VmHWM to the current RSS (Linux: writing 5 to clear_refs), so the next reading
    /// shows the peak of what follows. Returns false where that is not possible.
    @discardableResult
    static func resetPeakRSS() -> Bool {
        FileManager.default.fileExists(atPath: "/proc/self/clear_refs")
            && (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
    }

    /// A field of /proc/self/status in kB ("VmHWM" = peak resident set, "VmRSS" = current).
    static func procStatus(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }
}
