#ifndef LINEUP_BUILD_INFO_H
#define LINEUP_BUILD_INFO_H

/// The commit Lineup was built from ("3f2a9c1d0b7e", "3f2a9c1d0b7e-dirty"), as the Makefile
/// wrote it into commit.generated.h; "" when the build had no git metadata or did not go
/// through the Makefile (a plain `swift build`).
const char *lineup_build_commit(void);

#endif
