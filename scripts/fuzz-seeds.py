#!/usr/bin/env python3
"""Writes the seed corpora for clerk's fuzz targets (fuzz/) into DIR/<target>/.

Usage: scripts/fuzz-seeds.py DIR

Seeds come from samples/, templates/, styles/ and tests/golden/cases/, plus the
few hand-written seeds committed in fuzz/seeds/<target>/. Whole-report seeds
are bundles (fuzz/fuzz_common.h): every file a job or template reads, each
after a "==> path <==" line, the entry file first.
"""
import ctypes
import glob
import hashlib
import os
import re
import struct
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
RENDER_TARGETS = ["fuzz_render_text", "fuzz_render_pdf", "fuzz_render_docx", "fuzz_render_flat",
                  "fuzz_render_html"]
HREF = re.compile(r'<(?:[\w-]+:)?(template|style|data|include)\b[^>]*?\bhref="([^"]*)"')
REPORT_STYLE = re.compile(r'<(?:[\w-]+:)?report\b[^>]*?\bstyle="([^"]*)"')


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def referenced(rel, seen):
    """rel and every file it names (job hrefs, includes, style=), depth first."""
    rel = os.path.normpath(rel)
    if rel in seen or rel.startswith("..") or not os.path.isfile(os.path.join(ROOT, rel)):
        return
    seen.append(rel)
    if not rel.endswith(".xml"):
        return
    text = read(rel).decode("utf-8", "replace")
    base = os.path.dirname(rel)
    names = [m.group(2) for m in HREF.finditer(text)] + REPORT_STYLE.findall(text)
    for name in names:
        referenced(os.path.join(base, name), seen)


def bundle(entry):
    files = []
    referenced(entry, files)
    out = b""
    for i, rel in enumerate(files):
        out += b"==> " + rel.encode() + b" <==\n" + read(rel)
        if not out.endswith(b"\n"):
            out += b"\n"
    return out


def write(outdir, target, data):
    d = os.path.join(outdir, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def files_under(rel, suffixes):
    for dirpath, _, names in os.walk(os.path.join(ROOT, rel)):
        for n in sorted(names):
            if n.endswith(suffixes):
                yield os.path.relpath(os.path.join(dirpath, n), ROOT)


LIBERATION = "/usr/share/fonts/truetype/liberation2"


def small_font(path):
    """The font cut down to ASCII by HarfBuzz (libharfbuzz-subset), so a seed
    fits the fuzzers' max_len; None when the library is missing."""
    try:
        hb = ctypes.CDLL("libharfbuzz-subset.so.0")
    except OSError:
        return None
    vp = ctypes.c_void_p
    for name, res, args in [("hb_blob_create_from_file", vp, [ctypes.c_char_p]),
                            ("hb_face_create", vp, [vp, ctypes.c_uint]),
                            ("hb_subset_input_create_or_fail", vp, []),
                            ("hb_subset_input_unicode_set", vp, [vp]),
                            ("hb_set_add_range", None, [vp, ctypes.c_uint, ctypes.c_uint]),
                            ("hb_subset_or_fail", vp, [vp, vp]),
                            ("hb_face_reference_blob", vp, [vp]),
                            ("hb_blob_get_data", ctypes.POINTER(ctypes.c_char), [vp, ctypes.POINTER(ctypes.c_uint)])]:
        getattr(hb, name).restype = res
        getattr(hb, name).argtypes = args
    face = hb.hb_face_create(hb.hb_blob_create_from_file(path.encode()), 0)
    inp = hb.hb_subset_input_create_or_fail()
    hb.hb_set_add_range(hb.hb_subset_input_unicode_set(inp), 0x20, 0x7E)
    out = hb.hb_subset_or_fail(face, inp)
    if not out:
        return None
    n = ctypes.c_uint(0)
    data = hb.hb_blob_get_data(hb.hb_face_reference_blob(out), ctypes.byref(n))
    return ctypes.string_at(data, n.value)


def tables(font):
    n = struct.unpack(">H", font[4:6])[0]
    t = {}
    for i in range(n):
        rec = 12 + 16 * i
        tag, _, off, length = struct.unpack(">4sIII", font[rec:rec + 16])
        t[tag] = (rec, off, length)
    return t


def font_mutants(font):
    """The faults issue 9 found: one or two bytes off in the cmap subtable
    offsets or numGlyphs, the cmap moved to the end of the file."""
    t = tables(font)
    out = []
    if b"cmap" in t:
        rec, off, length = t[b"cmap"]
        sub = off + 4 + 4  # first encoding record's offset field
        for delta in (1, 0x100, 0x7F00):
            b = bytearray(font)
            v = (struct.unpack(">I", b[sub:sub + 4])[0] + delta) & 0xFFFFFFFF
            b[sub:sub + 4] = struct.pack(">I", v)
            out.append(bytes(b))
        b = bytearray(font)  # the cmap table moved past the end of the file
        b[rec + 8:rec + 12] = struct.pack(">I", len(font) - 2)
        out.append(bytes(b))
    if b"maxp" in t:
        _, off, _ = t[b"maxp"]
        for v in (0, 1, 0xFFFF):
            b = bytearray(font)
            b[off + 4:off + 6] = struct.pack(">H", v)
            out.append(bytes(b))
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    entries = [os.path.join("samples", s, "report.xml") for s in sorted(os.listdir(os.path.join(ROOT, "samples")))
               if os.path.isfile(os.path.join(ROOT, "samples", s, "report.xml"))]
    cases = os.path.join("tests", "golden", "cases")
    entries += [os.path.join(cases, c, "report.xml") for c in sorted(os.listdir(os.path.join(ROOT, cases)))
                if os.path.isfile(os.path.join(ROOT, cases, c, "report.xml"))]
    for e in entries:
        b = bundle(e)
        for t in RENDER_TARGETS:
            write(outdir, t, b)
    # Templates (with their fragments) for the template target.
    templates = list(files_under("templates", (".xml",)))
    for e in entries:
        files = []
        referenced(e, files)
        templates += [f for f in files if b"<report" in read(f) and b"<job" not in read(f)[:400]]
    for t in dict.fromkeys(templates):
        if b"<fragment" in read(t):
            continue
        write(outdir, "fuzz_template", bundle(t))
    # Data, styles.
    for rel in list(files_under("samples", (".xml",))) + list(files_under(cases, (".xml",))):
        text = read(rel)
        if b"urn:clerk:template:1" in text or b"<style" in text[:400]:
            continue
        write(outdir, "fuzz_data_xml", text)
    for rel in list(files_under("samples", (".csv",))) + list(files_under(cases, (".csv",))):
        write(outdir, "fuzz_data_csv", read(rel))
    for rel in list(files_under("styles", (".xml",))) + list(files_under(cases, (".xml",))):
        text = read(rel)
        if re.search(rb"<(\w+:)?style[\s>]", text) and b"<report" not in text:
            write(outdir, "fuzz_style", text)
    # Fonts: Liberation cut down to ASCII, whole and with the faults above.
    for path in sorted(glob.glob(os.path.join(LIBERATION, "LiberationSans-*.ttf"))):
        font = small_font(path)
        if font is None:
            break
        write(outdir, "fuzz_font", font)
        for m in font_mutants(font):
            write(outdir, "fuzz_font", m)
    # Hand-written seeds.
    seeds = os.path.join(ROOT, "fuzz", "seeds")
    if os.path.isdir(seeds):
        for target in sorted(os.listdir(seeds)):
            for n in sorted(os.listdir(os.path.join(seeds, target))):
                with open(os.path.join(seeds, target, n), "rb") as f:
                    data = f.read()
                targets = RENDER_TARGETS if target == "fuzz_render" else [target]
                for t in targets:
                    write(outdir, t, data)
    for t in sorted(os.listdir(outdir)):
        print("fuzz-seeds: %-18s %d seeds" % (t, len(os.listdir(os.path.join(outdir, t)))))


if __name__ == "__main__":
    main()
