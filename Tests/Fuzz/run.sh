#!/usr/bin/env bash
# Builds the libFuzzer targets of lineup-fuzz with address sanitizer and runs each for
# $FUZZ_SECONDS (default 60). Fails on any crash, leak or timeout; prints executions per target.
# Usage: Tests/Fuzz/run.sh [TARGET...]   (default: every target lineup-fuzz lists)
# Leaks inside Foundation itself are listed in Tests/Fuzz/lsan.supp (LeakSanitizer skips them).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
scratch=.build-fuzz
work=$scratch/fuzz-work
artifacts=fuzz-artifacts

swift build -c release --scratch-path "$scratch" --product lineup-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLINEUP_FUZZING \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >/dev/null
fuzzer=$scratch/release/lineup-fuzz

# The non-fuzzing build of the same tool lists the targets and replays inputs.
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(LINEUP_FUZZ_LIST=1 "$fuzzer" 2>/dev/null)
fi

mkdir -p "$work" "$artifacts"
failed=0
printf '%-18s %12s %10s  %s\n' target executions exec/s result
for target in "${targets[@]}"; do
  corpus=$work/corpus-$target
  mkdir -p "$corpus"
  # Seeds: the shipped pages and the test fixtures, plus the target's own dictionary of samples.
  cp Data/*.txt Data/*.json "$corpus"/ 2>/dev/null || true
  find Tests -type f \( -name '*.txt' -o -name '*.json' -o -name '*.query' -o -name '*.ics' -o -name '*.xml' \) -size -200k -print0 \
    | xargs -0 -r cp -t "$corpus"/ 2>/dev/null || true
  log=$work/$target.log
  set +e
  SWIFT_BACKTRACE=enable=no LINEUP_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=1 \
    LSAN_OPTIONS="suppressions=$PWD/Tests/Fuzz/lsan.supp:print_suppressions=0" "$fuzzer" "$corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$target-" >"$log" 2>&1
  status=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  if [ $status -eq 0 ]; then result="ok, 0 crashes"; else result="FAILED (exit $status, see $log)"; failed=1; fi
  printf '%-18s %12s %10s  %s\n' "$target" "$runs" "$rate" "$result"
done
if [ $failed -ne 0 ]; then
  echo "Crashing inputs are in $artifacts/: add each to Tests/LineupImportTests/Fixtures/fuzz-regressions and fix the cause." >&2
  exit 1
fi
