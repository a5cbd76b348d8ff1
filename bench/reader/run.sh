#!/usr/bin/env bash
# Times scdash's .xlsx reader against its peers on police extracts of 10,000, 100,000 and
# 1,000,000 rows by 9 columns (made by make_extract.py, with shared strings), printing wall time,
# peak memory (RSS, from /usr/bin/time -v) and the ratios against scdash. Not a test.
#
#   bench/reader/run.sh [ROWS...]        default: 10000 100000 1000000
#   REPEAT=N bench/reader/run.sh         runs of each tool, the fastest kept (default 3)
#
# Each tool reads every cell: scdash cat --format csv, openpyxl read-only iterating values,
# xlsx2csv, SheetJS (npm "xlsx", dense mode, every cell visited), and the floor, unzip -p | wc -c,
# which only inflates. Peers are installed here if missing: Debian's python3-openpyxl, xlsx2csv
# and time with apt-get, SheetJS with npm into bench/node_modules (not committed).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="$here/data"
scdash="${SCDASH:-$repo/build/scdash}"  # SCDASH=path times another build
sizes=("${@:-10000 100000 1000000}")
repeat="${REPEAT:-3}"
read -r -a sizes <<<"${sizes[*]}"

install_peers() {
  local missing=()
  for package in python3-openpyxl xlsx2csv time unzip nodejs; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
  if [ ! -d "$here/../node_modules/xlsx" ]; then
    npm install --silent --no-audit --no-fund --prefix "$here/.." xlsx >/dev/null
  fi
  [ -x "$scdash" ] || (cd "$repo" && cmake --preset release >/dev/null && cmake --build --preset release --target scdash >/dev/null)
}

# Runs a command under /usr/bin/time; prints "seconds peak_MiB".
measure_once() {
  local report
  report="$(mktemp)"
  /usr/bin/time -v -o "$report" "$@" >/dev/null 2>&1 || { echo "failed failed"; rm -f "$report"; return; }
  local seconds peak
  seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$report")"
  peak="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$report")"
  rm -f "$report"
  echo "$seconds $peak"
}

# measure_once, $repeat times: the fastest time and the highest peak. A shared or virtual machine
# slows single runs unpredictably, by half again at times; the fastest run is the tool's own cost.
measure() {
  local best="" highest=0 seconds peak
  for _ in $(seq "$repeat"); do
    read -r seconds peak < <(measure_once "$@")
    [ "$seconds" = failed ] && { echo "failed failed"; return; }
    best="$(awk -v a="$seconds" -v b="$best" 'BEGIN { print (b == "" || a+0 < b+0) ? a : b }')"
    highest=$((peak > highest ? peak : highest))
  done
  echo "$best $highest"
}

openpyxl_read() { /usr/bin/python3 -c '
import sys, openpyxl
workbook = openpyxl.load_workbook(sys.argv[1], read_only=True)
cells = 0
for sheet in workbook.worksheets:
    for row in sheet.iter_rows(values_only=True):
        cells += sum(1 for value in row if value is not None)
print(cells)' "$1"; }

sheetjs_read() { NODE_PATH="$here/../node_modules" node --max-old-space-size=16384 -e '
const XLSX = require("xlsx");
const workbook = XLSX.readFile(process.argv[1], {dense: true, cellDates: true});
let cells = 0;
for (const name of workbook.SheetNames) {
  for (const row of workbook.Sheets[name]["!data"] || []) {
    if (row) for (const cell of row) if (cell && cell.v !== undefined) cells++;
  }
}
console.log(cells);' "$1"; }

floor_read() { unzip -p "$1" | wc -c; }
scdash_read() { "$scdash" cat --format csv "$1"; }
xlsx2csv_read() { xlsx2csv "$1"; }

install_peers
mkdir -p "$data"
export -f openpyxl_read sheetjs_read floor_read scdash_read xlsx2csv_read
export here scdash

echo "fastest of $repeat run(s) of each tool; peak memory the highest of them"
printf '%-10s %-10s %10s %10s %10s %12s\n' rows tool seconds peak_MiB x_scdash "scdash/this"
for rows in "${sizes[@]}"; do
  file="$data/extract-$rows.xlsx"
  [ -f "$file" ] || /usr/bin/python3 "$here/make_extract.py" "$rows" "$file"
  read -r base_seconds base_peak < <(measure bash -c 'scdash_read "$0"' "$file")
  printf '%-10s %-10s %10s %10s %10s %12s\n' "$rows" scdash "$base_seconds" "$base_peak" 1.0 1.0
  for tool in floor openpyxl xlsx2csv sheetjs; do
    read -r seconds peak < <(measure bash -c "${tool}_read \"\$0\"" "$file")
    ratio="$(awk -v a="$seconds" -v b="$base_seconds" 'BEGIN { if (a+0 > 0 && b+0 > 0) printf "%.1f", a/b; else print "-" }')"
    inverse="$(awk -v a="$seconds" -v b="$base_seconds" 'BEGIN { if (a+0 > 0 && b+0 > 0) printf "%.2f", b/a; else print "-" }')"
    printf '%-10s %-10s %10s %10s %10s %12s\n' "$rows" "$tool" "$seconds" "$peak" "$ratio" "$inverse"
  done
  echo "           ($(du -h "$file" | cut -f1) compressed, $(unzip -p "$file" | wc -c | awk '{printf "%.0f MB", $1/1e6}') of XML)"
done
