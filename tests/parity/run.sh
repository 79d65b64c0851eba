#!/bin/sh
# Renders one sample to PDF and DOCX with the clerk binary and checks their
# layout parity through LibreOffice (parity.py). Exit 77 (skipped) without
# LibreOffice or poppler.
# Usage: tests/parity/run.sh CLERK SAMPLE_DIR
set -u
clerk=$1 sample=$2
command -v soffice >/dev/null 2>&1 || { echo "skipped: no soffice"; exit 77; }
command -v pdftotext >/dev/null 2>&1 || { echo "skipped: no pdftotext"; exit 77; }
out=$(mktemp -d /tmp/clerk-parity-XXXXXX)
trap 'rm -rf "$out"' EXIT
"$clerk" render "$sample/report.xml" --format pdf,docx --out "$out" -q || exit 1
# Same page count and every paragraph number at the PDF's left edge; numbers
# that LibreOffice puts on another page are reported (two engines break lines
# a fraction of a point apart: see docs/word-output.md), not failed.
/usr/bin/python3 "$(dirname "$0")/parity.py" "$out"/*.pdf "$out"/*.docx
