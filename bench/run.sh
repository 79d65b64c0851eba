#!/usr/bin/env bash
# The batch benchmark (../shared/bench/SPEC.md): generates N variants of the
# quarterly update with the shared generator, then renders them with
# `clerk batch` to PDF, DOCX, HTML and PDF + DOCX, one worker and then --jobs 2, and
# prints reports/s, ms/report, peak RSS and bytes written for each run.
#
#   bench/run.sh [N]          N variants (default 200)
#   CLERK=path/to/clerk bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
clerk=${CLERK:-build/engine/cli/clerk}
gen=../shared/bench/generate.py
work=${BENCH_DIR:-build/bench}
data="$work/data-$n"
if [ ! -d "$data/xml" ]; then
  mkdir -p "$data"
  python3 "$gen" --count "$n" --out "$data" >/dev/null
fi
printf '%-10s %5s %8s %10s %11s %10s %12s\n' format jobs reports reports/s ms/report "RSS MB" "MB written"
run() {
  local formats=$1 jobs=$2
  local out="$work/out"
  rm -rf "$out"
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/rss" "$clerk" batch bench/report.xml \
    --records "$data/xml" --record-data report --format "$formats" \
    --out "$out" --jobs "$jobs" --quiet
  t1=$(date +%s.%N)
  local rss_kb bytes
  rss_kb=$(tail -n 1 "$work/rss")
  bytes=$(du -sb "$out" | cut -f1)
  awk -v f="$formats" -v j="$jobs" -v n="$n" -v t0="$t0" -v t1="$t1" \
      -v rss="$rss_kb" -v b="$bytes" 'BEGIN {
    s = t1 - t0;
    printf "%-10s %5d %8d %10.1f %11.2f %10.1f %12.1f\n", f, j, n, n / s,
           1000 * s / n, rss / 1024, b / 1048576 }'
}
for formats in pdf docx html pdf,docx; do
  run "$formats" 1
  run "$formats" 2
done
