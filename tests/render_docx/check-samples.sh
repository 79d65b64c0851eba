#!/bin/sh
# Renders every sample to .docx, Flat OPC and text with the CLI, runs
# check-docx on both Word files, and checks that the numbers LibreOffice
# computes for the .docx equal the labels of the text output, in order.
# Usage: tests/render_docx/check-samples.sh [BUILD_DIR] [OUT_DIR]
# Exit 0 when everything passes. Needs LibreOffice and poppler-utils.
set -u
build=${1:-build-docx}
out=${2:-$(mktemp -d /tmp/clerk-docx-samples-XXXXXX)}
tools=${CLERK_TOOLS:-../shared/tools}
clerk="$build/engine/cli/clerk"
[ -x "$clerk" ] || { echo "no $clerk; build the clerk target first" >&2; exit 2; }
fail=0
for sample in samples/*/; do
  name=$(basename "$sample")
  [ -f "$sample/report.xml" ] || continue  # a meeting (clerk pack) has no report.xml
  dir="$out/$name"
  if ! "$clerk" render "$sample/report.xml" --format docx,flat,text --out "$dir" -q; then
    echo "FAIL $name: render"; fail=1; continue
  fi
  docx=$(ls "$dir"/*.docx) flat=$(ls "$dir"/*.flat.xml) txt=$(ls "$dir"/*.txt)
  if "$tools/check-docx" --pdf-out "$dir/lo.pdf" "$docx" > "$dir/docx.log" 2>&1; then
    echo "ok   $name: check-docx $(basename "$docx")"
  else
    echo "FAIL $name: check-docx $(basename "$docx") (see $dir/docx.log)"; fail=1
  fi
  if "$tools/check-docx" --flat-via-docx --no-render "$flat" > "$dir/flat.log" 2>&1; then
    echo "ok   $name: check-docx --flat-via-docx $(basename "$flat")"
  else
    echo "FAIL $name: check-docx --flat-via-docx $(basename "$flat") (see $dir/flat.log)"; fail=1
  fi
  /usr/bin/python3 - "$txt" "$dir/lo.pdf" <<'PY' || fail=1
import re, subprocess, sys
# A numbered line of the text output: label, then its first three words.
pat = re.compile(r'^\s*(\d+(?:\.\d+)*\.?|\([a-z0-9]+\)|[a-z]\.|[ivx]+\.|Appendix \d+|Table \d+)\s+(\S+(?: \S+){0,2})')
want = []
for line in open(sys.argv[1], encoding='utf-8').read().splitlines():
    m = pat.match(line)
    if m:
        want.append((m.group(1) + ' ' + m.group(2)).lower())
lo = ' '.join(subprocess.run(['pdftotext', '-layout', sys.argv[2], '-'], capture_output=True,
                             text=True).stdout.lower().split())
at, missing = 0, []
for w in want:
    f = lo.find(w, at)
    if f < 0:
        missing.append(w)
    else:
        at = f + len(w)
print('%s %s: %d numbered lines, LibreOffice shows %d of them in order' % (
    'ok  ' if not missing else 'FAIL', sys.argv[1].split('/')[-2], len(want), len(want) - len(missing)))
for m in missing[:10]:
    print('       missing:', m)
sys.exit(1 if missing else 0)
PY
done
exit $fail
