#!/usr/bin/env bash
# The agenda-pack benchmark (docs/performance.md): a meeting of N items,
# each the benchmark report of ../shared/bench/SPEC.md (4 pages) from the
# shared generator's variants, laid out by `clerk pack` as one PDF
# (N = 150 gives a pack of about 600 pages). Prints the pack's pages, the
# time and pages/s; then the same reports rendered one by one with
# `clerk render` and joined with qpdf (what a clerk does by hand, without
# page ranges, pack page numbers or one structure tree) for comparison.
#
#   bench/pack.sh [N]        (default 150)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-150}
clerk=${CLERK:-build/engine/cli/clerk}
gen=../shared/bench/generate.py
work=${BENCH_DIR:-build/bench}/pack-$n
root=$(pwd)
data=${BENCH_DIR:-build/bench}/data-200
if [ ! -d "$data/xml" ]; then
  mkdir -p "$data"
  python3 "$gen" --count 200 --out "$data" >/dev/null
fi
rm -rf "$work"
mkdir -p "$work/papers" "$work/out" "$work/single"
{
  echo '<meeting committee="Cabinet" council="Bench Council" date="2025-01-30" first-minute="1">'
  echo "  <agenda template=\"$root/templates/agenda-front-sheet.xml\" style=\"$root/styles/agenda.xml\"/>"
  echo '  <item title="Apologies"/>'
  for i in $(seq 1 "$n"); do
    v=$(printf '%03d' $(( (i - 1) % 200 + 1 )))
    cp "$data/xml/$v.xml" "$work/papers/$i.xml"
    cat > "$work/papers/$i.job.xml" <<JOB
<job xmlns="urn:clerk:template:1">
  <template href="$root/bench/report.xml"/>
  <data name="report" href="$i.xml"/>
</job>
JOB
    echo "  <item id=\"r$i\" paper=\"papers/$i.job.xml\"/>"
  done
  echo '</meeting>'
} > "$work/meeting.xml"

t0=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$work/rss" "$clerk" pack "$work/meeting.xml" --format pdf --out "$work/out" --quiet
t1=$(date +%s.%N)
pages=$(pdfinfo "$work/out/meeting-pack.pdf" | awk '/^Pages:/ {print $2}')
awk -v p="$pages" -v t0="$t0" -v t1="$t1" -v rss="$(tail -n 1 "$work/rss")" 'BEGIN {
  s = t1 - t0; printf "clerk pack:            %d pages in %.2f s, %.0f pages/s, peak RSS %.1f MB\n", p, s, p / s, rss / 1024 }'

t0=$(date +%s.%N)
for i in $(seq 1 "$n"); do
  "$clerk" render "$work/papers/$i.job.xml" --format pdf --out "$work/single" --name "r$i" --quiet
done
qpdf --empty --pages $(for i in $(seq 1 "$n"); do echo "$work/single/r$i.pdf"; done) -- "$work/joined.pdf"
t1=$(date +%s.%N)
pages=$(pdfinfo "$work/joined.pdf" | awk '/^Pages:/ {print $2}')
awk -v p="$pages" -v t0="$t0" -v t1="$t1" 'BEGIN {
  s = t1 - t0; printf "render each + qpdf:    %d pages in %.2f s, %.0f pages/s\n", p, s, p / s }'
