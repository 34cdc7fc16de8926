import Foundation

/// wcwidth answers by the C locale; every test that measures text sets a UTF-8 one first.
enum TestLocale {
    static func useUTF8() {
        setlocale(LC_ALL, "C.UTF-8")
    }
}
