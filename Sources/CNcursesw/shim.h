#ifndef LINEUP_CNCURSESW_SHIM_H
#define LINEUP_CNCURSESW_SHIM_H
// pkg-config's -D_XOPEN_SOURCE=600 is dropped by SwiftPM, so the wide-character API is enabled here.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C globals such as stdscr as shared mutable state and does not import
// function-like macros: each is wrapped in a static inline function.
static inline WINDOW *lineup_stdscr(void) { return stdscr; }
static inline attr_t lineup_a_bold(void) { return A_BOLD; }
static inline attr_t lineup_a_reverse(void) { return A_REVERSE; }
static inline attr_t lineup_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lineup_a_dim(void) { return A_DIM; }
static inline attr_t lineup_a_normal(void) { return A_NORMAL; }
static inline int lineup_colors(void) { return COLORS; }
static inline int lineup_color_pairs(void) { return COLOR_PAIRS; }
static inline int lineup_key_f(int n) { return KEY_F(n); }
static inline int lineup_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int lineup_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int lineup_cchar_max(void) { return CCHARW_MAX; }
static inline mmask_t lineup_button1_pressed(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t lineup_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lineup_button5_pressed(void) { return BUTTON5_PRESSED; }

// Terminal restoration on every exit path.
//
// SIGTERM, SIGINT and SIGHUP only record the signal (async-signal-safe); the event loop, whose
// reads time out, sees it, restores the terminal and re-raises. Crash signals (a trap from a
// Swift runtime error, a fault) restore the terminal from the handler as a last resort (endwin
// is not async-signal-safe, but the process is dying anyway), then re-raise with the default
// action that SA_RESETHAND left. `exit` runs endwin via atexit.
//
// The flag is one weak global, not a `static`: Swift emits this header's functions into every
// module (and, in release builds, every inlining site) that uses them, and a `static` would
// give each its own copy, so the loop would read a flag the handler never wrote.
__attribute__((weak)) volatile sig_atomic_t lineup_signal_seen = 0;

static void lineup_record_signal(int sig) { lineup_signal_seen = sig; }

static void lineup_restore_on_crash(int sig) {
    if (!isendwin()) endwin();
    raise(sig);  // SA_RESETHAND made the action the default one: this ends the process
}

static void lineup_restore_at_exit(void) {
    if (!isendwin()) endwin();
}

static inline void lineup_install_terminal_guards(void) {
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = lineup_record_signal;
    sigemptyset(&quit.sa_mask);
    quit.sa_flags = 0;  // no SA_RESTART: a blocked read returns at once
    sigaction(SIGTERM, &quit, NULL);
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGHUP, &quit, NULL);

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = lineup_restore_on_crash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND;
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
    sigaction(SIGFPE, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);

    atexit(lineup_restore_at_exit);
}

/// Stops the process group as Ctrl-Z does in a shell with job control and returns 1 once it
/// is continued (`fg`); returns 0 at once when SIGTSTP is ignored (no job control, so nothing
/// could resume it). Whatever handler SIGTSTP had (curses' own) is put back.
static inline int lineup_stop_as_a_job(void) {
    struct sigaction previous, stop;
    if (sigaction(SIGTSTP, NULL, &previous) != 0 || previous.sa_handler == SIG_IGN) return 0;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, NULL);
    kill(0, SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
    return 1;
}

/// Whether the terminal type can move the cursor (TERM=dumb cannot): without it nothing but
/// one line could ever be drawn.
static inline int lineup_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline WINDOW *lineup_curscr(void) { return curscr; }

/// The signal number that asked the program to stop, or 0.
static inline int lineup_pending_signal(void) { return lineup_signal_seen; }

/// Leaves by the signal's default action, so the parent sees "killed by SIGTERM".
static inline void lineup_reraise(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}
#endif
