#!/usr/bin/env bash
# scdash.exe under Debian's wine64, as an analyst uses the portable zip on Windows:
#   tests/windows/check_under_wine.sh build-windows/scdash-windows-x64.zip build/scdash \
#     build/tests/e2e_tests
# Unzips it into a copy of the example partnership folder, in a Wine prefix of its own, then:
# - Build dashboard.cmd (what the analyst double-clicks) makes the demo's dashboard.xlsx and
#   report.json, byte for byte the Linux build's from the same folder;
# - a return whose name is not ASCII ("Hinckley & Bosworth – ASB (Q2).xlsx") is read by name,
#   and one whose name holds an emoji (two UTF-16 units) is read in a run;
# - a dashboard held open as Excel holds it is not replaced, and scdash says so and why;
# - returns in a folder whose path is longer than 260 characters are read, and the outputs
#   written beside them;
# - the end-to-end suite (the Linux build's e2e_tests) runs its command-line cases on the zip's
#   scdash.exe, all but those of what only POSIX systems have (signals, flock, permissions,
#   TMPDIR, a terminal; LibreOffice and valgrind for Linux), tagged [posix].
# Prints the demo's time under Wine beside Linux's.
set -euo pipefail
zip="$(realpath "$1")"
linux_scdash="$(realpath "$2")"
e2e_tests="$(realpath "$3")"
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
hold_file_open="$(dirname "$zip")/hold_file_open.exe"

work="$(mktemp -d)"
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wine=/usr/lib/wine/wine64
export PATH="/usr/lib/wine:$PATH" # wineserver

fail() {
  echo "check_under_wine: $*" >&2
  exit 1
}

# The example partnership folder, as the analyst keeps it: scdash.yaml and its folders.
partnership() {
  mkdir -p "$1"
  cp -r "$source_dir/scdash.yaml" "$source_dir/examples" "$source_dir/mappings" \
    "$source_dir/workbook-templates" "$1/"
}

partnership "$work/linux"
partnership "$work/windows"
(cd "$work/windows" && unzip -q "$zip")
[ -f "$work/windows/Build dashboard.cmd" ] && [ -f "$work/windows/scdash/scdash.exe" ] ||
  fail "the zip holds no Build dashboard.cmd and scdash\\scdash.exe at its top"

# One server for every Wine program of the run, started before any: one that leaves as its
# last program ends resets the next program's connection ("recvmsg: Connection reset by peer").
mkdir -p "$WINEPREFIX"
wineserver --persistent
"$wine" wineboot --init >/dev/null 2>&1 || true # the prefix, made once, outside the timings

# Milliseconds since `started`, a `date +%s%N`.
elapsed() { echo $((($(date +%s%N) - $1) / 1000000)); }

started=$(date +%s%N)
(cd "$work/linux" && "$linux_scdash" run >/dev/null 2>"$work/linux.err") ||
  [ $? -le 1 ] || fail "the Linux build failed: $(cat "$work/linux.err")"
linux_ms=$(elapsed "$started")

started=$(date +%s%N)
status=0
(cd "$work/windows" && echo | "$wine" cmd /c "Build dashboard.cmd" >"$work/windows.out" 2>&1) ||
  status=$?
wine_ms=$(elapsed "$started")
[ -f "$work/windows/out/dashboard.xlsx" ] ||
  fail "Build dashboard.cmd made no dashboard (status $status):
$(cat "$work/windows.out")"
for output in dashboard.xlsx report.json board-report.docx board-report.md; do
  cmp -s "$work/linux/out/$output" "$work/windows/out/$output" ||
    fail "out/$output under Wine differs from the Linux build's"
done
grep -q "wrote .*dashboard.xlsx" "$work/windows.out" ||
  fail "the window did not show what scdash wrote:
$(cat "$work/windows.out")"

# A return named as partners name them, read by that name.
name="Hinckley & Bosworth – ASB (Q2).xlsx"
cp "$source_dir/examples/returns/2025-26-Q2/asb-incidents-2025-26-Q2.xlsx" "$work/windows/$name"
inspected="$(cd "$work/windows" && "$wine" scdash/scdash.exe inspect "$name" 2>&1)" ||
  fail "scdash.exe inspect \"$name\" failed: $inspected"
grep -q "Hinckley & Bosworth – ASB (Q2).xlsx" <<<"$inspected" ||
  fail "inspect does not name \"$name\": $inspected"

# A return whose name holds a character beyond UTF-16's one unit (an emoji), read in a run.
emoji="$work/emoji"
mkdir -p "$emoji/returns"
cp "$source_dir"/examples/returns/2025-26-Q2/* "$emoji/returns/"
mv "$emoji/returns/marac-2025-26-Q2.xlsx" "$emoji/returns/marac-2025-26-Q2 🙂.xlsx"
emoji_run="$(cd "$work/windows" && "$wine" scdash/scdash.exe run "$emoji/returns" \
  --out "$emoji/out/dashboard.xlsx" 2>&1)" || [ $? -le 1 ] ||
  fail "a run with a return named with an emoji failed: $emoji_run"
grep -q 'marac-2025-26-Q2 🙂.xlsx' "$emoji/out/report.json" ||
  fail "report.json does not name the return named with an emoji:
$emoji_run"

# The dashboard open in Excel: it stays as it was, and scdash says why it could not replace it.
before="$(sha256sum <"$work/windows/out/dashboard.xlsx")"
(cd "$work/windows" && "$wine" "$hold_file_open" 'out\dashboard.xlsx' 10 >"$work/held" 2>&1) &
for _ in $(seq 100); do
  grep -q open "$work/held" 2>/dev/null && break
  sleep 0.2
done
grep -q open "$work/held" || fail "hold_file_open did not open the dashboard: $(cat "$work/held")"
status=0
held="$(cd "$work/windows" && "$wine" scdash/scdash.exe run --stamp 2>&1)" || status=$?
wait
[ "$status" -gt 1 ] || fail "a run over a dashboard held open exited $status: $held"
grep -q "open in another program, such as Excel" <<<"$held" ||
  fail "a run over a dashboard held open did not say why: $held"
[ "$(sha256sum <"$work/windows/out/dashboard.xlsx")" = "$before" ] ||
  fail "the dashboard held open was changed"

# A shared drive's folders deep enough for its paths to pass Windows' old limit of 260
# characters.
deep="$work/windows/$(printf 'Community Safety Partnership, returns folder %02d/' $(seq 8))"
mkdir -p "$deep/returns"
cp "$source_dir"/examples/returns/2025-26-Q2/* "$deep/returns/"
[ ${#deep} -gt 300 ] || fail "the deep folder's path is only ${#deep} characters long"
deep_run="$(cd "$work/windows" && "$wine" scdash/scdash.exe run "$deep/returns" \
  --out "$deep/out/dashboard.xlsx" 2>&1)" || [ $? -le 1 ] ||
  fail "a run in a folder ${#deep} characters deep failed: $deep_run"
[ -f "$deep/out/dashboard.xlsx" ] && [ -f "$deep/out/report.json" ] ||
  fail "a run in a folder ${#deep} characters deep wrote no dashboard: $deep_run"

# The end-to-end suite's command-line cases, on the zip's scdash.exe.
started=$(date +%s%N)
SCDASH_TEST_RUNNER="$wine" SCDASH_TEST_PROGRAM="$work/windows/scdash/scdash.exe" \
  "$e2e_tests" "~[posix]" >"$work/e2e.out" 2>&1 || fail "the end-to-end suite under Wine failed:
$(cat "$work/e2e.out")"
e2e_s=$(($(elapsed "$started") / 1000))
e2e_summary="$(grep -o "[0-9]* assertions in [0-9]* test cases" "$work/e2e.out")"

echo "scdash.exe under Wine: the demo in $wine_ms ms (Linux: $linux_ms ms), byte for byte the" \
  "same; a non-ASCII name and an emoji read; a dashboard held open kept, and why said; a folder" \
  "${#deep} characters deep read; the end-to-end" \
  "suite's command-line cases passed ($e2e_summary, $e2e_s s)"
