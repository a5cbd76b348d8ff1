#!/usr/bin/env bash
# Builds the libFuzzer targets (the "fuzz" preset: clang, ASan+UBSan) and runs each for a while.
#
#   tests/fuzz/run.sh SECONDS [TARGET...]     targets: xlsx_reader csv_reader xls_reader mapping
#                                             text_parsers xml_scanner
#
# Each target's corpus grows in build-fuzz/corpus/TARGET, starting from its seeds; a crash, a
# timeout or an out-of-memory input is saved in build-fuzz/findings/TARGET. Copy each finding,
# once fixed, to tests/fuzz/regressions/TARGET/, where every test build replays it.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(xlsx_reader csv_reader xls_reader mapping text_parsers xml_scanner)

declare -A seeds=(
  [xlsx_reader]="tests/io/fixtures examples/returns"
  [csv_reader]="tests/io/fixtures"
  [xls_reader]="tests/io/fixtures"
  [mapping]="mappings"
  [text_parsers]="tests/fuzz/seeds/text_parsers"
  [xml_scanner]="tests/fuzz/seeds/xml_scanner"
)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/%/_fuzzer}"

for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  findings=build-fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  inputs=("$corpus" ${seeds[$target]})
  [ -d tests/fuzz/regressions/$target ] && inputs+=(tests/fuzz/regressions/$target)
  echo "== $target: ${seconds}s"
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: 2 GB is unbounded memory.
  build-fuzz/tests/fuzz/${target}_fuzzer "${inputs[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" 2>&1 |
    grep -E "^(#[0-9]+.*(DONE|INITED)|stat::|==[0-9]+==ERROR|SUMMARY|.*Test unit written|No such|ERROR)" || true
done
echo "findings (empty when none): $(find build-fuzz/findings -type f | wc -l) file(s) in build-fuzz/findings"
