#if canImport(Glibc)
import Glibc
#endif

/// Hands the pages the allocator holds free back to the system.
///
/// Why the index build needs it: glibc's malloc gives each thread its own arena, and memory
/// freed in one arena is reused only by allocations from the same arena, so a build on two
/// threads (`SharedBuild`) leaves more freed pages resident than one on a single thread
/// (a few megabytes at 100,000 talks, where the peak is within 2% of its target).
/// `malloc_trim` hands them back. Elsewhere (no glibc) this does nothing.
enum FreedMemory {
    static func returnToSystem() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }

    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    /// glibc's `malloc_trim`, looked up at run time (Swift's Glibc module does not export
    /// `malloc.h`); nil with another C library.
    private static let trim: Trim? = {
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
    }()
    #endif
}
