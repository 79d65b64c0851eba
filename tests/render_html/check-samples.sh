#!/bin/sh
# Renders every sample and the benchmark report to HTML and text with the
# CLI, then checks every page clerk's tests know of (those, and the golden
# HTML in tests/golden/): check_html.py (ids, links, numbers in the text
# renderer's order, on a DOM parse), ../shared/tools/check-html (the Nu
# Html Checker and axe-core's WCAG 2.x A/AA rules in headless Chromium) and
# reflow.js (no sideways scrolling at 320 px).
# Usage: tests/render_html/check-samples.sh [--dom-only] [BUILD_DIR] [OUT_DIR]
#   --dom-only  only the checks that need no browser (check_html.py)
# Exit 0 when everything passes; 77 (CTest's "skipped") when check-html,
# Java, npm or Chromium is missing, after the checks that need none of them.
set -u
dom_only=0
[ "${1:-}" = "--dom-only" ] && { dom_only=1; shift; }
build=${1:-build}
out=${2:-$(mktemp -d /tmp/clerk-html-samples-XXXXXX)}
tools=${CLERK_TOOLS:-../shared/tools}
clerk="$build/engine/cli/clerk"
here=$(dirname "$0")
[ -x "$clerk" ] || { echo "no $clerk; build the clerk target first" >&2; exit 2; }
command -v python3 >/dev/null || { echo "SKIP: needs python3" >&2; exit 77; }
fail=0
pages=""
for sample in samples/*/; do
  name=$(basename "$sample")
  dir="$out/$name"
  if [ -f "$sample/meeting.xml" ]; then
    # A meeting: its agenda page, each public report's page and the draft
    # minutes (check-html below; they have no text twin to compare).
    if ! "$clerk" pack "$sample/meeting.xml" --format html --out "$dir" -q ||
       ! "$clerk" minutes "$sample/meeting.xml" --format html,text --out "$dir" -q; then
      echo "FAIL $name: pack or minutes"; fail=1; continue
    fi
    pages="$pages $(ls "$dir"/*.html | tr '\n' ' ')"
    continue
  fi
  if ! "$clerk" render "$sample/report.xml" --format html,text --out "$dir" -q; then
    echo "FAIL $name: render"; fail=1; continue
  fi
  html=$(ls "$dir"/*.html) txt=$(ls "$dir"/*.txt)
  "$here/check_html.py" "$html" "$txt" || fail=1
  pages="$pages $html"
done
# The benchmark report, with one variant of the shared generator's data.
gen=${CLERK_BENCH_GENERATOR:-../shared/bench/generate.py}
if [ -f "$gen" ]; then
  python3 "$gen" --count 1 --out "$out/bench-data" >/dev/null &&
    "$clerk" render bench/report.xml --data report="$out/bench-data/xml/001.xml" \
      --format html,text --name bench --out "$out/bench" -q ||
    { echo "FAIL bench: render"; fail=1; }
  if [ -f "$out/bench/bench.html" ]; then
    "$here/check_html.py" "$out/bench/bench.html" "$out/bench/bench.txt" || fail=1
    pages="$pages $out/bench/bench.html"
  fi
else
  echo "note: no $gen; the benchmark report is not checked"
fi
for golden in tests/golden/cases/*/expected.html tests/golden/samples/*.html; do
  [ -f "$golden" ] || continue
  txt=${golden%.html}.txt
  if [ -f "$txt" ]; then "$here/check_html.py" "$golden" "$txt" || fail=1
  else "$here/check_html.py" "$golden" || fail=1; fi
  pages="$pages $golden"
done
if [ $dom_only = 1 ]; then
  echo "$(echo $pages | wc -w) pages checked (DOM checks only)"
  exit $fail
fi
if [ ! -x "$tools/check-html" ] || ! command -v java >/dev/null || ! command -v npm >/dev/null ||
   [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "SKIP: check-html needs $tools/check-html, java (default-jre-headless), npm and chromium"
  [ $fail = 0 ] && exit 77
  exit 1
fi
# shellcheck disable=SC2086
report=$("$tools/check-html" $pages 2>&1)
rc=$?
echo "$report"
if [ $rc = 1 ] && [ "$(echo "$report" | sed -n 1p)" = "Nu Html Checker: errors" ] &&
   [ "$(echo "$report" | sed -n 2p)" = "Document checking completed. No errors found." ] &&
   echo "$report" | sed -n 3p | grep -q ': axe-core ' &&
   ! echo "$report" | grep -Eq ': axe-core [^:]*: [1-9][0-9]* violation'; then
  # vnu.jar 24.10.17 prints its "no errors" line even with --errors-only,
  # which check-html counts as an error: that alone is a pass.
  echo "note: check-html counted vnu's \"No errors found.\" line as an error; ignored"
  rc=0
fi
[ $rc = 0 ] || { echo "FAIL check-html"; fail=1; }
# Reflow at 320 px, with the puppeteer-core check-html installed.
modules=${XDG_CACHE_HOME:-$HOME/.cache}/clerk-check-html/node_modules
if [ -d "$modules/puppeteer-core" ]; then
  # shellcheck disable=SC2086
  reflow=$(NODE_PATH="$modules" node "$here/reflow.js" $pages 2>&1)
  if [ $? = 0 ]; then
    echo "reflow: all $(echo "$reflow" | grep -c '^ok') page widths fit (320 px and 1280 px)"
  else
    echo "$reflow" | grep -v '^ok'; fail=1
  fi
else
  echo "note: no $modules/puppeteer-core; reflow not checked"
fi
echo "$(echo $pages | wc -w) pages checked"
exit $fail
