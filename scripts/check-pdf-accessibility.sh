#!/usr/bin/env bash
# The PDF/UA checks of issue 10 on real output: renders every sample (and
# every samples/*/meeting.xml's agenda packs and minutes), the
# WSoA sample in every house style in styles/, and one benchmark report
# (bench/report.xml with ../shared/bench/generate.py data), then runs
#   ../shared/tools/check-pdf-ua   (Matterhorn machine checks; 0 failures)
#   ../shared/tools/check-pdf --strict
# on each, and pdf.js getStructTree() on the WSoA sample's first page
# (tests/render_pdf/pdfjs; skipped with a message without node and npm).
#   scripts/check-pdf-accessibility.sh        CLERK=path/to/clerk to choose the binary
# KNOWN_UA lists checkpoints to tolerate (default: none).
# Exit: 0 all passed, 1 a check failed, 77 check-pdf-ua is not there (skip).
set -uo pipefail
cd "$(dirname "$0")/.."
clerk=${CLERK:-build/engine/cli/clerk}
tools=../shared/tools
out=${OUT_DIR:-build/pdf-accessibility}
known=${KNOWN_UA-}
if [ ! -x "$tools/check-pdf-ua" ]; then
  echo "check-pdf-accessibility: $tools/check-pdf-ua is missing; skipped"
  exit 77
fi
rm -rf "$out" && mkdir -p "$out"
status=0
render() {  # render JOB DIR [ARGS...]
  local job=$1 dir=$2
  shift 2
  if ! "$clerk" render "$job" --format pdf --out "$out/$dir" "$@" >/dev/null; then
    echo "FAIL: cannot render $job $*"
    status=1
  fi
}
for job in samples/*/report.xml; do
  render "$job" "sample-$(basename "$(dirname "$job")")"
done
for meeting in samples/*/meeting.xml; do  # agenda packs and minutes
  name=$(basename "$(dirname "$meeting")")
  "$clerk" pack "$meeting" --format pdf --out "$out/pack-$name" --quiet &&
    "$clerk" minutes "$meeting" --format pdf --out "$out/pack-$name" --quiet ||
    { echo "FAIL: cannot make the pack or minutes of $meeting"; status=1; }
done
for style in styles/*.xml; do
  render samples/wsoa-update-2019/report.xml "style-$(basename "$style" .xml)" --style "$style"
done
python3 ../shared/bench/generate.py --count 1 --out "$out/bench-data" >/dev/null &&
  "$clerk" batch bench/report.xml --records "$out/bench-data/xml" --record-data report \
    --format pdf --out "$out/bench" --quiet || { echo "FAIL: benchmark report"; status=1; }

count=0
for pdf in "$out"/*/*.pdf; do
  count=$((count + 1))
  fails=$("$tools/check-pdf-ua" "$pdf" | sed -n 's/^  \([0-9][0-9]-[0-9][0-9][0-9]\) .*/\1/p')
  for f in $fails; do
    case " $known " in
      *" $f "*) ;;
      *) echo "FAIL: $pdf: Matterhorn $f"; status=1 ;;
    esac
  done
  if ! "$tools/check-pdf" --strict "$pdf" >/dev/null 2>&1; then
    echo "FAIL: $pdf: check-pdf --strict"
    status=1
  fi
done
echo "check-pdf-accessibility: $count PDFs checked (tolerated: ${known:-none})"

wsoa="$out/sample-wsoa-update-2019/wsoa-update-2019.pdf"
if command -v node >/dev/null && command -v npm >/dev/null; then
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/clerk-pdfjs
  src=tests/render_pdf/pdfjs
  if ! cmp -s "$src/package.json" "$cache/package.json" || [ ! -d "$cache/node_modules/pdfjs-dist" ]; then
    rm -f "$cache/package.json"
    mkdir -p "$cache" && cp "$src/package.json" "$cache/" &&
      (cd "$cache" && npm install --no-audit --no-fund --loglevel=error >/dev/null) ||
      { echo "pdf.js check skipped: npm could not install pdfjs-dist into $cache"; rm -f "$cache/package.json"; exit $status; }
  fi
  cp "$src/struct-tree.mjs" "$cache/"
  if node "$cache/struct-tree.mjs" "$wsoa" 1 Document Table TR TH TD Sect H1 L LI Lbl LBody P \
      >"$out/pdfjs-tree.txt"; then
    echo "pdf.js getStructTree: $(wc -l <"$out/pdfjs-tree.txt") nodes on page 1 of $wsoa"
  else
    status=1
  fi
else
  echo "pdf.js check skipped: node and npm are needed (apt-get install -y nodejs npm)"
fi
exit $status
