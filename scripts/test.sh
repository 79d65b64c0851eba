#!/usr/bin/env bash
# Builds clerk and runs every test (GoogleTest through CTest), then the same
# suite under AddressSanitizer + UndefinedBehaviorSanitizer.
#   scripts/test.sh            both builds
#   scripts/test.sh --fast     the normal build only
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
echo "== build (RelWithDebInfo) in build/"
BUILD_DIR=build scripts/build.sh
ctest --test-dir build --output-on-failure -j"$jobs"
if [ "${1:-}" != "--fast" ]; then
  echo "== build (AddressSanitizer + UBSan) in build-asan/"
  BUILD_DIR=build-asan BUILD_TYPE=Debug scripts/build.sh -DCLERK_SANITIZE=ON
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
fi
