#!/bin/sh
# Record CPython 3.11's output for every program (run from anywhere). The
# programs' absolute directory is written as <DIR> so goldens are portable.
cd "$(dirname "$0")/programs" || exit 1
d=$(pwd)
for p in ${1:-*.py}; do
  b=${p%.py}
  python3 "$p" > "$b.expected" 2> "$b.stderr"
  st=$?
  rm -f "$b.status"
  [ $st -eq 0 ] || echo $st > "$b.status"
  sed -i "s#$d/#<DIR>/#g" "$b.expected"
  sed -i "s#$d/#<DIR>/#g" "$b.stderr"
  [ -s "$b.stderr" ] || rm -f "$b.stderr"
done
