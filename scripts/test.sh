#!/usr/bin/env bash
# Builds clerk and runs every test (GoogleTest through CTest), builds the
# Release binary and renders a sample with it, then runs the same suite under
# AddressSanitizer + UndefinedBehaviorSanitizer.
#   scripts/test.sh            both builds
#   scripts/test.sh --fast     the normal build only
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
echo "== build (RelWithDebInfo) in build/"
BUILD_DIR=build scripts/build.sh
ctest --test-dir build --output-on-failure -j"$jobs"
# Packagers build Release (-O3): GCC warns differently there (-Wrestrict),
# so CI builds it too, the clerk binary only (no tests: a few minutes on
# 2 cores), and renders a sample through it.
echo "== build (Release, clerk only) in build-release/"
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DCLERK_TESTS=OFF >/dev/null
cmake --build build-release --target clerk -j"$jobs"
smoke=$(mktemp -d)
build-release/engine/cli/clerk render samples/wsoa-update-2019/report.xml \
  --format text,pdf,docx --name smoke --out "$smoke" --quiet
test -s "$smoke/smoke.pdf" && test -s "$smoke/smoke.docx" && test -s "$smoke/smoke.txt"
rm -rf "$smoke"
echo "Release smoke render: ok"
if [ "${1:-}" != "--fast" ]; then
  echo "== build (AddressSanitizer + UBSan) in build-asan/"
  BUILD_DIR=build-asan BUILD_TYPE=Debug scripts/build.sh -DCLERK_SANITIZE=ON
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
fi
