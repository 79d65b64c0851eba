#!/usr/bin/env bash
# Writes the odd-but-valid images checked in under fuzz/seeds/fuzz_image/:
# seeds for the image fuzz target and inputs of the image tests
# (tests/bad_input/media_input_test.cpp). Needs ImageMagick (`convert`).
# The images are small (24 x 16 pixels, a gradient with a transparent
# corner where the format has alpha); rerun only to change them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/seeds/fuzz_image
mkdir -p "$out"
src=$(mktemp --suffix=.png)
trap 'rm -f "$src"' EXIT
# A gradient, with the top-left quarter transparent.
convert -size 24x16 gradient:red-blue \
  \( -size 24x16 xc:white -fill black -draw 'rectangle 0,0 11,7' \) \
  -alpha off -compose copy_opacity -composite "$src"
strip=(-strip -define png:exclude-chunks=date,time)
convert "$src" "${strip[@]}" -interlace PNG PNG32:"$out/interlaced-rgba.png"
convert "$src" "${strip[@]}" -alpha off -colorspace Gray -define png:color-type=0 -interlace PNG "$out/interlaced-grey.png"
convert "$src" "${strip[@]}" -alpha off -depth 16 PNG48:"$out/rgb16.png"
convert "$src" "${strip[@]}" -alpha off -colors 16 PNG8:"$out/palette.png"
convert "$src" "${strip[@]}" -colorspace Gray -define png:color-type=4 "$out/grey-alpha.png"
convert "$src" -strip -alpha off -colorspace CMYK -quality 90 "$out/cmyk.jpg"
convert "$src" -strip -alpha off -interlace JPEG -quality 90 "$out/progressive.jpg"
convert "$src" -strip -alpha off -colorspace Gray -quality 90 "$out/grey.jpg"
ls -l "$out"
