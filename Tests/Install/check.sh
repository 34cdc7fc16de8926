#!/usr/bin/env bash
# `make install PREFIX=<temporary directory>`, then checks what it installed: the binary (its
# --version names a commit, it finds the installed data), the man page (man renders it, with
# the key table and the query language), and the completion scripts (bash loads its script and
# completes an item id through the installed binary).
set -euo pipefail
cd "$(dirname "$0")/../.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "install check: $*" >&2; exit 1; }

make --no-print-directory install PREFIX="$prefix" >/dev/null

lineup=$prefix/bin/lineup
[ -x "$lineup" ] || fail "no bin/lineup"
"$lineup" --version | grep -Eq '^lineup [0-9.]+ \(commit [0-9a-f]{12}(-dirty)?\)$' \
  || fail "--version does not name a commit: $("$lineup" --version)"
for file in Data/*; do
  cmp -s "$file" "$prefix/share/lineup/$file" || fail "$file is not installed"
done
count=$(cd / && env -u LINEUP_DATA "$lineup" list --count 2>/dev/null)
[ "$count" -gt 0 ] || fail "the installed binary does not find the installed data"

page=$prefix/share/man/man1/lineup.1
text=$(MANWIDTH=200 man -l "$page" 2>/dev/null | col -b)
for expected in "Browse conference schedules and paper listings" "KEYS" "Move up (schedule panes, agenda, changes, help)" \
  "Bookmark the talk (saved at once) (Talks, Details, Agenda)" "SEARCH" "is:bookmarked" "Bookmark items by id."; do
  grep -qF -- "$expected" <<<"$text" || fail "the man page lacks \"$expected\""
done

completions=$prefix/share
[ -s "$completions/zsh/site-functions/_lineup" ] || fail "no zsh completion"
grep -q "^#compdef lineup" "$completions/zsh/site-functions/_lineup" || fail "the zsh completion is not one"
grep -q "complete -c 'lineup'" "$completions/fish/vendor_completions.d/lineup.fish" || fail "the fish completion is not one"
bash -c "source '$completions/bash-completion/completions/lineup' && complete -p lineup" >/dev/null \
  || fail "bash does not load its completion"
# Tab after `lineup show <first letters of an id>` offers that id (the script calls the binary).
id=$(cd / && env -u LINEUP_DATA "$lineup" list --json 2>/dev/null | grep -o '"id" *: *"[^"]*"' | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
[ -n "$id" ] || fail "no id to complete"
offered=$(cd / && PATH="$prefix/bin:$PATH" env -u LINEUP_DATA bash -c "
  source '$completions/bash-completion/completions/lineup'
  COMP_WORDS=(lineup show ${id:0:6}); COMP_CWORD=2; COMP_LINE='lineup show ${id:0:6}'; COMP_POINT=\${#COMP_LINE}
  _lineup; printf '%s\n' \"\${COMPREPLY[@]}\"")
grep -qx "$id" <<<"$offered" || fail "bash does not complete ${id:0:6} to $id (offered: $offered)"
echo "install check: bin, Data, man page, bash/zsh/fish completions ok"
