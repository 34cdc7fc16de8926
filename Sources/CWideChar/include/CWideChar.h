#ifndef LINEUP_CWIDECHAR_H
#define LINEUP_CWIDECHAR_H
#include <wchar.h>

/// The C library's wcwidth (columns a character takes under the current locale; -1 when it
/// is not printable). SwiftPM drops the -D_XOPEN_SOURCE that declares it, so it is wrapped.
int lineup_wcwidth(wchar_t c);

#endif
