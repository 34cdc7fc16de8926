#define _XOPEN_SOURCE 700
#include <wchar.h>
#include "CWideChar.h"

int lineup_wcwidth(wchar_t c) { return wcwidth(c); }
