#!/bin/sh
# Record CPython 3.11's behaviour for tests/runtime/programs/NAME.py: NAME.out,
# NAME.err (whole stderr) and NAME.rc (only when non-zero).
# Usage: record.sh [--last] NAME...   (--last: keep only stderr's last line, as NAME.err_last)
last=0
if [ "$1" = "--last" ]; then last=1; shift; fi
cd "$(dirname "$0")/programs" || exit 1
for n in "$@"; do
  n=${n%.py}
  if [ -f "$n.stdin" ]; then python3 "$n.py" < "$n.stdin" > "$n.out" 2> "$n.err"; else python3 "$n.py" < /dev/null > "$n.out" 2> "$n.err"; fi
  rc=$?
  if [ "$rc" -ne 0 ]; then echo "$rc" > "$n.rc"; else rm -f "$n.rc"; fi
  if [ "$last" -eq 1 ]; then grep -v '^[[:space:]]*$' "$n.err" | tail -n 1 > "$n.err_last"; rm -f "$n.err"; fi
done
