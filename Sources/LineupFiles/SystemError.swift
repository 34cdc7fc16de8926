#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's text for the current `errno` ("Permission denied").
package func systemErrorMessage(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}
