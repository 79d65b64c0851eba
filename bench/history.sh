#!/usr/bin/env bash
# The batch-with-history benchmark (issue 15, docs/performance.md): one
# spreadsheet of N areas (default 120) x 40 actions and the previous
# quarter's snapshot (bench/history.py), rendered with
#   clerk batch job.xml --group-by area        (each area against its own
#                                               previous quarter: $compare)
# beside, in the same run, the same batch without the comparison
# (job-plain.xml) and the standard benchmark batch of bench/run.sh (200
# reports of ../shared/bench, the reference that PEERS.md's ratios use).
# Interleaved, ROUNDS rounds (default 3); prints every run's reports/s.
#
#   bench/history.sh [N] [FORMAT]       FORMAT pdf (default), docx, html
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-120}
format=${2:-pdf}
rounds=${ROUNDS:-3}
clerk=${CLERK:-build/engine/cli/clerk}
work=${BENCH_DIR:-build/bench}
hist="$work/history-$n"
ref="$work/data-200"
[ -f "$hist/job.xml" ] || python3 bench/history.py --out "$hist" --areas "$n" >/dev/null
[ -d "$ref/xml" ] || python3 ../shared/bench/generate.py --count 200 --out "$ref" >/dev/null
printf '%-22s %5s %8s %10s %11s %8s\n' run round reports reports/s ms/report "RSS MB"
run() {
  local name=$1 round=$2 count=$3
  shift 3
  local out="$work/out-history"
  rm -rf "$out"
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/rss" "$clerk" batch "$@" --format "$format" \
    --out "$out" --jobs 1 --quiet
  t1=$(date +%s.%N)
  local made
  made=$(find "$out" -name "*.$format" | wc -l)
  [ "$made" -eq "$count" ] || { echo "$name: $made of $count reports" >&2; exit 1; }
  awk -v r="$name" -v k="$round" -v n="$count" -v t0="$t0" -v t1="$t1" \
      -v rss="$(tail -n 1 "$work/rss")" 'BEGIN {
    s = t1 - t0;
    printf "%-22s %5d %8d %10.1f %11.2f %8.1f\n", r, k, n, n / s, 1000 * s / n, rss / 1024 }'
}
for round in $(seq 1 "$rounds"); do
  run bench-200 "$round" 200 bench/report.xml --records "$ref/xml" --record-data report
  run group-by-plain "$round" "$n" "$hist/job-plain.xml" --group-by area
  run group-by-history "$round" "$n" "$hist/job.xml" --group-by area
done
