// The Makefile writes commit.generated.h (ignored by git) with the commit it builds from and
// touches this file when that changes; without the header (a plain `swift build`, a clone
// without git metadata) the commit is empty and Lineup still builds.
#include "LineupBuildInfo.h"

#if __has_include("commit.generated.h")
#include "commit.generated.h"
#endif
#ifndef LINEUP_COMMIT
#define LINEUP_COMMIT ""
#endif

const char *lineup_build_commit(void) { return LINEUP_COMMIT; }
