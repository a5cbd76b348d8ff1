#!/usr/bin/env bash
# End to end: scdash run on the example archive, and on the same archive with a 1,000,000-row
# record-level extract in its latest quarter, beside reading the same files alone: scdash's
# own reader (scdash cat, every cell of every file) and Python (openpyxl read-only for the
# .xlsx files, the csv module for the .csv; neither reads .xls, so those are left out of the
# Python figure). Prints wall time and peak memory (RSS) side by side. Not a test.
#
#   bench/e2e/run.sh [ROWS]        default: 1000000
#
# Goals (issue 9): the example archive in under 0.5 s; the large archive within 3x of the
# reader's own time on it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
scdash="${SCDASH:-$repo/build/scdash}"  # SCDASH=path times another build
rows="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -x /usr/bin/time ] || { apt-get update -q && apt-get install -y -q time; }
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null ||
  { apt-get update -q && apt-get install -y -q python3-openpyxl; }
[ -x "$scdash" ] || (cd "$repo" && cmake --preset release >/dev/null &&
  cmake --build --preset release --target scdash >/dev/null)

# Runs a command under /usr/bin/time; prints "seconds peak_MiB" (or "failed failed").
measure() {
  local report
  report="$(mktemp)"
  if ! /usr/bin/time -v -o "$report" "$@" >/dev/null 2>&1 && [ "$1" != "$scdash" ]; then
    echo "failed failed"; rm -f "$report"; return
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; t=s}
              /Maximum resident set size/ {m=$2/1024}
              END {printf "%.2f %.0f\n", t, m}' "$report"
  rm -f "$report"
}

read_with_scdash() {  # every cell of every return, as scdash's reader gives them
  find "$1" -type f \( -name '*.xlsx' -o -name '*.xls' -o -name '*.csv' \) -print0 |
    xargs -0 -n1 "$scdash" cat --format csv >/dev/null
}
export -f read_with_scdash
export scdash

read_with_python() { /usr/bin/python3 -c '
import csv, pathlib, sys, openpyxl
cells = 0
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*")):
    if path.suffix == ".xlsx":
        workbook = openpyxl.load_workbook(path, read_only=True)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells += sum(1 for value in row if value is not None)
    elif path.suffix == ".csv":
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.reader(f):
                cells += sum(1 for value in row if value)
print(cells)' "$1"; }
export -f read_with_python

large="$work/large"
cp -r "$repo/examples/returns" "$large"
latest="$(ls -d "$large"/*/ | sort | tail -1)"
records="$(ls "$latest"police-crime-records-*.csv)"
/usr/bin/python3 "$here/make_records.py" "$rows" "$records"

printf '%-44s %10s %10s\n' "" "seconds" "peak MiB"
for archive in "$repo/examples/returns" "$large"; do
  name="example archive"
  [ "$archive" = "$large" ] && name="archive with a ${rows}-row extract"
  echo "$name ($(find "$archive" -type f | wc -l) files, $(du -sh "$archive" | cut -f1))"
  read -r t m < <(cd "$repo" && measure "$scdash" run "$archive" --out "$work/dashboard.xlsx")
  printf '  %-42s %10s %10s\n' "scdash run" "$t" "$m"
  read -r t m < <(measure bash -c 'read_with_scdash "$0"' "$archive")
  printf '  %-42s %10s %10s\n' "scdash cat, every file (the reader alone)" "$t" "$m"
  read -r t m < <(measure bash -c 'read_with_python "$0"' "$archive")
  printf '  %-42s %10s %10s\n' "openpyxl + csv module (.xls left out)" "$t" "$m"
done
