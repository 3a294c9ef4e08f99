#!/bin/sh
# Record CPython 3.11's behaviour for tests/runtime/programs/NAME.py: NAME.out,
# NAME.err (whole stderr) and NAME.rc (only when non-zero). Usage: record.sh NAME...
cd "$(dirname "$0")/programs" || exit 1
for n in "$@"; do
  n=${n%.py}
  if [ -f "$n.stdin" ]; then python3 "$n.py" < "$n.stdin" > "$n.out" 2> "$n.err"; else python3 "$n.py" < /dev/null > "$n.out" 2> "$n.err"; fi
  rc=$?
  if [ "$rc" -ne 0 ]; then echo "$rc" > "$n.rc"; else rm -f "$n.rc"; fi
done
