#ifndef LINEUP_CNCURSESW_SHIM_H
#define LINEUP_CNCURSESW_SHIM_H
// pkg-config's -D_XOPEN_SOURCE=600 is dropped by SwiftPM, so the wide-character API is enabled here.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C globals such as stdscr as shared mutable state and does not import
// function-like macros: each is wrapped in a static inline function.
static inline WINDOW *lineup_stdscr(void) { return stdscr; }
static inline int lineup_color_pair(int n) { return COLOR_PAIR(n); }
static inline attr_t lineup_a_bold(void) { return A_BOLD; }
static inline attr_t lineup_a_reverse(void) { return A_REVERSE; }
static inline attr_t lineup_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lineup_a_dim(void) { return A_DIM; }
static inline attr_t lineup_a_normal(void) { return A_NORMAL; }
static inline int lineup_colors(void) { return COLORS; }
static inline int lineup_key_f(int n) { return KEY_F(n); }
static inline int lineup_wcwidth(wchar_t c) { return wcwidth(c); }
static inline mmask_t lineup_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t lineup_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t lineup_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lineup_button5_pressed(void) { return BUTTON5_PRESSED; }
#endif
