#!/bin/sh
# Frame times of the browser in a real terminal (tmux) while a person types into a large
# generated schedule with relevance order on (`s`): the figure issue 14 asks for.
#
#   Scripts/frame-log.sh [TALKS] [WORK_DIR]      (defaults: 100000, $TMPDIR/lineup-frame-log)
#
# Builds nothing: run `make bench` (or `swift build -c release`) first; LINEUP and
# LINEUP_BENCH override the binaries (.build/release/lineup, .build/release/lineup-bench).
# Generates the data set with `lineup-bench generate` (the benchmark's pages), starts
# `LINEUP_FRAME_LOG=FILE lineup --data PAGES` in a 160x45 tmux window of its own, waits for the
# index, presses `s`, then types "sparse attention" and, after Escape, "the our an", one key
# every KEY_GAP seconds (default 0.15, a quick typist), and quits. Prints p50, p90, p99 and max of
# frame_ms, search_ms and cpu_ms over the frames drawn while typing (README: LINEUP_FRAME_LOG),
# the frames of related talks drawn when typing paused, and the load average, since frame_ms
# and search_ms are wall-clock times (cpu_ms is the main thread's processor time).
set -eu

talks=${1:-100000}
work=${2:-${TMPDIR:-/tmp}/lineup-frame-log}
lineup=${LINEUP:-.build/release/lineup}
bench=${LINEUP_BENCH:-.build/release/lineup-bench}
gap=${KEY_GAP:-0.15}
index_wait=${INDEX_WAIT:-10}

for binary in "$lineup" "$bench"; do
  [ -x "$binary" ] || { echo "frame-log: $binary is missing; run make bench first" >&2; exit 2; }
done
command -v tmux >/dev/null || { echo "frame-log: tmux is missing" >&2; exit 2; }

data="$work/talks-$talks"
"$bench" generate "$data" "$talks"
log="$work/frames-$talks.log"
rm -f "$log"
socket="lineup-frame-log-$$"
conf="$work/tmux.conf"
printf 'set -g status off\nset -g default-terminal "tmux-256color"\nset -g escape-time 0\n' > "$conf"
mkdir -p "$work/config"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT INT TERM

tmux -L "$socket" -f "$conf" new-session -d -x 160 -y 45 \
  "env XDG_CONFIG_HOME='$work/config' LINEUP_FRAME_LOG='$log' '$lineup' --data '$data/pages' --bookmarks '$work/bookmarks.json'; sleep 600"

# The first frame, then time for the index build in the background (INDEX_WAIT seconds).
tries=0
until [ -s "$log" ]; do
  tries=$((tries + 1))
  [ "$tries" -lt 600 ] || { echo "frame-log: no first frame after 60 s" >&2; exit 1; }
  sleep 0.1
done
sleep "$index_wait"

keys() {  # types $1 one character at a time
  text=$1
  while [ -n "$text" ]; do
    rest=${text#?}
    tmux -L "$socket" send-keys -l -- "${text%"$rest"}"
    sleep "$gap"
    text=$rest
  done
}

# Opens the search box, types $1 a key at a time, and clears the search again.
query() {
  tmux -L "$socket" send-keys /
  sleep "$gap"
  keys "$1"
  sleep 1
  tmux -L "$socket" send-keys Escape
  sleep 1
}

start=$(wc -l < "$log")
tmux -L "$socket" send-keys s
sleep 1
query "sparse attention"
query "the our an"
tmux -L "$socket" send-keys q
sleep 1
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)

# Frames after `s` that searched (search_ms > 0): the keystrokes typed into the query.
tail -n +"$((start + 1))" "$log" | awk -v load="$load" -v talks="$talks" '
  { delete value
    for (i = 1; i <= NF; i++) { split($i, kv, "="); value[kv[1]] = kv[2] }
    if (value["search_ms"] > 0) { n++; frame[n] = value["frame_ms"]; search[n] = value["search_ms"]; cpu[n] = value["cpu_ms"] }
    if (value["related_ms"] != "") { r++; related[r] = value["frame_ms"] }
  }
  function sort(a, count,   i, j, t) {
    for (i = 2; i <= count; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
  }
  function rank(a, count, p,   r) { r = int(p / 100 * count + 0.999999); if (r < 1) r = 1; return a[r] }
  END {
    if (n == 0) { print "frame-log: no searching frame was logged"; exit 1 }
    sort(frame, n); sort(search, n); sort(cpu, n); sort(related, r)
    printf "%d talks, relevance order on, %d typing frames (\"sparse attention\", \"the our an\")\n", talks, n
    printf "  frame_ms  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", rank(frame, n, 50), rank(frame, n, 90), rank(frame, n, 99), frame[n]
    printf "  search_ms p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", rank(search, n, 50), rank(search, n, 90), rank(search, n, 99), search[n]
    if (cpu[n] != "") printf "  cpu_ms    p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (main thread processor time)\n", rank(cpu, n, 50), rank(cpu, n, 90), rank(cpu, n, 99), cpu[n]
    if (r > 0) printf "  %d frames of related talks after a pause: frame_ms p50 %.1f  max %.1f\n", r, rank(related, r, 50), related[r]
    printf "  load average at the end: %s\n", load
  }'
echo "  frame log: $log"
