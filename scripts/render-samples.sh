#!/usr/bin/env bash
# Renders every samples/NAME/report.xml to text, PDF, DOCX, Flat OPC and HTML in
# out/samples/NAME/ (or $OUT_DIR/NAME), and every samples/NAME/meeting.xml's
# agenda pack (PDF, HTML) and draft minutes (DOCX, PDF, HTML) there too.
set -euo pipefail
cd "$(dirname "$0")/.."
clerk=${CLERK:-build/engine/cli/clerk}
out=${OUT_DIR:-out/samples}
status=0
for job in samples/*/report.xml; do
  name=$(basename "$(dirname "$job")")
  if ! "$clerk" render "$job" --format text,pdf,docx,flat,html --out "$out/$name"; then
    echo "render-samples: $job failed" >&2
    status=1
  fi
done
for meeting in samples/*/meeting.xml; do
  name=$(basename "$(dirname "$meeting")")
  if ! "$clerk" pack "$meeting" --format pdf,html --out "$out/$name"; then
    echo "render-samples: clerk pack $meeting failed" >&2
    status=1
  fi
  if ! "$clerk" minutes "$meeting" --format docx,pdf,html,text --out "$out/$name"; then
    echo "render-samples: clerk minutes $meeting failed" >&2
    status=1
  fi
done
exit $status
