#!/usr/bin/python3
"""Layout parity of the PDF and the DOCX of one report.

Converts clerk's .docx to PDF with LibreOffice and compares it with clerk's
own PDF, both read with `pdftotext -bbox-layout` (poppler, not clerk):

- the page counts must be equal;
- every paragraph number (the first word of a line that looks like "2.3",
  "84.", "(a)", "b)", "(iv)", "1.") must be found in both, and those in the
  same order must sit at the same left edge within 2 mm;
- numbers that fall on a different page are counted and reported (two
  layout engines break lines differently: reported, not failed, unless
  --max-moved is given).

Usage: parity.py CLERK_PDF DOCX [--max-moved N] [--keep DIR]
Exit 0 on parity, 1 on a difference, 2 when a tool is missing.
"""
import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

MM = 72 / 25.4
NUMBER = re.compile(r"^(\d+\.(\d+(\.\d+)*)?|\d+\.\d+(\.\d+)*|\([a-z]{1,4}\)|\(\d{1,3}\)|[a-z]\)|[A-Z]\.|\([ivxl]{1,6}\))$")


def words_by_line(pdf):
    """[(page, x, text)] of the first word of every line, in reading order."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    result = []
    page = 0
    for m in re.finditer(r"<page |<line[^>]*>(.*?)</line>", out, re.S):
        if m.group(0).startswith("<page"):
            page += 1
            continue
        w = re.search(r'<word xMin="([\d.]+)"[^>]*>(.*?)</word>', m.group(1))
        if w:
            result.append((page, float(w.group(1)), html.unescape(w.group(2))))
    return result, page


def numbers(lines):
    return [(p, x, t) for p, x, t in lines if NUMBER.match(t)]


def lcs_pairs(a, b):
    """Pairs (i, j) of a longest common subsequence of the texts."""
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i][2] == b[j][2] else max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    pairs = []
    while i < n and j < m:
        if a[i][2] == b[j][2]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("docx")
    ap.add_argument("--max-moved", type=int, default=-1)
    ap.add_argument("--keep")
    args = ap.parse_args()
    for tool in ("soffice", "pdftotext"):
        if not shutil.which(tool):
            print(f"parity: {tool} is not installed", file=sys.stderr)
            return 2
    tmp = tempfile.mkdtemp(prefix="clerk-parity-")
    try:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, args.docx],
                       capture_output=True, check=True, timeout=240)
        lo_pdf = os.path.join(tmp, os.path.splitext(os.path.basename(args.docx))[0] + ".pdf")
        if args.keep:
            shutil.copy(lo_pdf, args.keep)
        ours, our_pages = words_by_line(args.pdf)
        theirs, lo_pages = words_by_line(lo_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    a, b = numbers(ours), numbers(theirs)
    pairs = lcs_pairs(a, b)
    failed = False
    name = os.path.basename(args.pdf)
    if our_pages != lo_pages:
        print(f"{name}: pages: clerk {our_pages}, LibreOffice {lo_pages}")
        failed = True
    # A number LibreOffice does not print at all fails; one it prints out of
    # poppler's reading order (a line grouped with a neighbour) is reported.
    from collections import Counter
    absent = Counter(t for _, _, t in a) - Counter(t for _, _, t in b)
    if absent:
        print(f"{name}: numbers missing from LibreOffice's: {' '.join(sorted(absent.elements())[:12])}")
        failed = True
    unordered = len(a) - len(pairs) - sum(absent.values())
    if unordered > 0:
        print(f"{name}: {unordered} numbers found out of reading order in LibreOffice's (not compared)")
    off = [(a[i], b[j]) for i, j in pairs if abs(a[i][1] - b[j][1]) > 2 * MM]
    for (p, x, t), (q, y, _) in off[:10]:
        print(f"{name}: '{t}' (page {p}) at {x / MM:.1f} mm in clerk's PDF, {y / MM:.1f} mm in LibreOffice's")
    if off:
        failed = True
    moved = [(a[i], b[j]) for i, j in pairs if a[i][0] != b[j][0]]
    print(f"{name}: {our_pages} pages, {len(pairs)} numbers matched, {len(off)} at another left edge, "
          f"{len(moved)} on another page" +
          (": " + ", ".join(f"{t} p{p}->p{q}" for (p, _, t), (q, _, _) in moved[:8]) if moved else ""))
    if args.max_moved >= 0 and len(moved) > args.max_moved:
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
