#!/bin/sh
# Behaviour of eventx-extract on what a crawl hands it: empty files, binary,
# oversized inputs, unreadable entries, symlink loops, files that are not
# reports, and usage errors. Each case checks the exit status, that no
# signal killed the program, and what reached stdout and stderr.
#
# usage: cli_test.sh path/to/eventx-extract SEEDS_DIR
set -u
BIN=$1
SEEDS=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# run NAME WANT_STATUS ARGS...: runs the binary, keeps out/err, checks status.
run() {
  name=$1
  want=$2
  shift 2
  "$BIN" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err"
  got=$?
  if [ "$got" -ge 128 ]; then
    fail "$name: killed by signal $((got - 128))"
  elif [ "$got" -ne "$want" ]; then
    fail "$name: exit $got, want $want ($(head -c 300 "$WORK/$name.err"))"
  fi
}

lines() { wc -l < "$1" | tr -d ' '; }

# An empty report: an empty record, exit 0.
: > "$WORK/empty.txt"
run empty 0 "$WORK/empty.txt"
grep -q '"date": null' "$WORK/empty.out" || fail "empty: no null date"
grep -q '"officials": \[\]' "$WORK/empty.out" || fail "empty: officials not []"

# Random binary: a record or a clear error, never a signal.
head -c 65536 /dev/urandom > "$WORK/random.txt"
"$BIN" "$WORK/random.txt" > /dev/null 2> "$WORK/random.err"
got=$?
if [ "$got" -ge 2 ]; then fail "random: exit $got"; fi
if [ "$got" -eq 1 ] && ! grep -q random.txt "$WORK/random.err"; then
  fail "random: error does not name the file"
fi

# A directory holding reports, a note that is not a report, a dangling link
# and a sub-folder with a link back to its parent (a loop under -r).
mkdir -p "$WORK/dir/sub"
cp "$SEEDS"/*.txt "$WORK/dir/"
cp "$SEEDS"/*.txt "$WORK/dir/sub/"
echo "not a report" > "$WORK/dir/notes.md"
ln -s "$WORK/nowhere.txt" "$WORK/dir/dangling.txt"
ln -s .. "$WORK/dir/sub/loop"
seeds=$(ls "$SEEDS"/*.txt | wc -l | tr -d ' ')

# Without -r: the reports of the top folder; the dangling link is an error
# that names it; the rest are still extracted.
run dir 1 --jsonl "$WORK/dir"
[ "$(lines "$WORK/dir.out")" -eq "$seeds" ] ||
  fail "dir: $(lines "$WORK/dir.out") records, want $seeds"
grep -q dangling.txt "$WORK/dir.err" || fail "dir: dangling link not named"
grep -q notes "$WORK/dir.out" && fail "dir: notes.md was read"

# With -r: both copies, the loop not followed forever.
run recursive 1 -r --jsonl "$WORK/dir"
[ "$(lines "$WORK/recursive.out")" -eq $((seeds * 2)) ] ||
  fail "recursive: $(lines "$WORK/recursive.out") records, want $((seeds * 2))"

# Threads: more files than the -j window, a bad one among them; the same
# records in the same order as one thread, and the bad file still named.
mkdir -p "$WORK/many"
n=0
for round in 1 2 3 4 5 6 7 8 9 10 11 12; do
  for f in "$SEEDS"/*.txt; do
    n=$((n + 1))
    cp "$f" "$WORK/many/$(printf '%04d' $n).txt"
  done
done
rm "$WORK/many/0007.txt"
ln -s "$WORK/nowhere.txt" "$WORK/many/0007.txt"
run many1 1 --jsonl -j 1 "$WORK/many"
run many3 1 --jsonl -j 3 "$WORK/many"
[ "$(lines "$WORK/many1.out")" -eq $((n - 1)) ] ||
  fail "many: $(lines "$WORK/many1.out") records, want $((n - 1))"
cmp -s "$WORK/many1.out" "$WORK/many3.out" || fail "many: -j 3 differs from -j 1"
grep -q 0007.txt "$WORK/many3.err" || fail "many: bad file not named with -j 3"
# Both streams into one file (2>&1): the error for 0007.txt stands after
# the six records before it, where its file does, not where stdout's
# buffer happened to be written.
"$BIN" --jsonl -j 2 "$WORK/many" > "$WORK/merged.out" 2>&1
at=$(grep -n 'eventx-extract: .*0007.txt' "$WORK/merged.out" | cut -d: -f1)
[ "$at" = 7 ] || fail "merged: the error for 0007.txt is at line '$at', want 7"

# A size limit: the large input is refused by name, the small one is read.
head -c 5000 /dev/zero | tr '\0' 'x' > "$WORK/big.txt"
echo "2024年5月6日，第三届南太平洋海洋保护论坛在苏瓦举行。" > "$WORK/small.txt"
run limit 1 --jsonl --max-bytes 1000 "$WORK/big.txt" "$WORK/small.txt"
grep -q "big.txt" "$WORK/limit.err" || fail "limit: big.txt not named"
grep -q "max-bytes" "$WORK/limit.err" || fail "limit: reason not given"
[ "$(lines "$WORK/limit.out")" -eq 1 ] || fail "limit: small.txt not extracted"
grep -q '"2024-05-06"' "$WORK/limit.out" || fail "limit: small.txt date"

# Standard input.
echo "2024年5月6日，第三届南太平洋海洋保护论坛在苏瓦举行。" | "$BIN" - > "$WORK/stdin.out" ||
  fail "stdin: non-zero exit"
grep -q '"2024-05-06"' "$WORK/stdin.out" || fail "stdin: no date"

# A file that does not exist: an error naming it, exit 1.
run missing 1 "$WORK/missing.txt"
grep -q missing.txt "$WORK/missing.err" || fail "missing: file not named"

# Usage errors: exit 2.
run badflag 2 --no-such-flag
run badj 2 -j zero "$WORK/small.txt"
run baddate 2 --reference-date 2024-13-40 "$WORK/small.txt"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all CLI checks passed"
