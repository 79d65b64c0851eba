#!/usr/bin/env bash
# Installs everything clerk needs to build, test and check its output, from Debian 12 packages.
# Usage: sudo scripts/install-deps.sh [--no-checkers]
#   --no-checkers  skip the output checkers' packages (LibreOffice, qpdf, poppler, python3-docx,
#                  and Chromium + Java for check-html, which also needs npm)
set -euo pipefail
with_checkers=1
[ "${1:-}" = "--no-checkers" ] && with_checkers=0

build_pkgs=(
  build-essential cmake pkg-config
  libhpdf-dev libpugixml-dev libboost-program-options-dev
  libgtest-dev googletest libzip-dev zlib1g-dev libpng-dev libjpeg-dev libharfbuzz-dev
  libicu-dev libhyphen-dev hyphen-en-gb
  fonts-liberation2 nlohmann-json3-dev
  libclang-rt-14-dev clang
)
checker_pkgs=(
  qpdf poppler-utils mupdf-tools python3 python3-lxml python3-docx libxml2-utils
  libreoffice-writer-nogui unzip
  chromium default-jre-headless  # check-html (issue 14)
  ghostscript  # text extraction of tagged PDF (issue 10)
)
# Node.js and npm for pdf.js and axe-core: the machine's own Node.js (which
# may bundle npm) is used when there is one; Debian's otherwise.
command -v node >/dev/null 2>&1 || checker_pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || checker_pkgs+=(npm)
pkgs=("${build_pkgs[@]}")
[ "$with_checkers" = 1 ] && pkgs+=("${checker_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages already installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${missing[*]}"
