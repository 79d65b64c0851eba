#!/usr/bin/env bash
# Builds clerk's libFuzzer targets with clang into build-fuzz/ (or
# $BUILD_DIR) and runs each for SECONDS (default 60), $FUZZ_JOBS at a time
# (default: the number of cores). See docs/reliability.md.
#   scripts/fuzz.sh            60 s per target
#   scripts/fuzz.sh 3600       a long campaign: one hour per target
#   FUZZ_TARGETS="fuzz_template fuzz_style" scripts/fuzz.sh 600
# The corpus grows in $BUILD_DIR/corpus/TARGET (seeded from samples/,
# templates/, styles/, tests/golden/cases/, Liberation fonts and
# fuzz/seeds/fuzz_image/ by scripts/fuzz-seeds.py, so it
# carries on between runs); a crash is written to $BUILD_DIR/crashes/ and
# fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build_dir=${BUILD_DIR:-build-fuzz}
jobs=${FUZZ_JOBS:-$(nproc)}
all_targets="fuzz_template fuzz_data_xml fuzz_data_csv fuzz_style fuzz_render_text fuzz_render_pdf fuzz_render_docx fuzz_render_flat fuzz_render_html fuzz_font fuzz_image fuzz_batch_records fuzz_meeting"
targets=${FUZZ_TARGETS:-$all_targets}

cxx=${CXX_FUZZ:-$(command -v clang++-14 || command -v clang++)}

echo "== fuzz build ($cxx) in $build_dir/"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$cxx" \
  -DCLERK_FUZZ=ON -DCLERK_TESTS=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$build_dir" -j"$(nproc)" --target $targets

mkdir -p "$build_dir/crashes" "$build_dir/logs"
scripts/fuzz-seeds.py "$build_dir/corpus" >/dev/null
echo "== fuzzing: $seconds s per target, $jobs at a time"
run_one() {
  local t=$1 seconds=$2 build_dir=$3
  mkdir -p "$build_dir/corpus/$t"
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$build_dir/fuzz/$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 \
       -max_len=65536 -print_final_stats=1 -dict=fuzz/clerk.dict \
       -artifact_prefix="$build_dir/crashes/$t-" \
       "$build_dir/corpus/$t" >"$build_dir/logs/$t.log" 2>&1; then
    echo "fuzz: $t ok ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build_dir/logs/$t.log" | grep -o '[0-9]*$') runs, corpus $(ls "$build_dir/corpus/$t" | wc -l))"
  else
    echo "fuzz: $t FAILED: see $build_dir/logs/$t.log and $build_dir/crashes/" >&2
    grep -m3 -E "ERROR|runtime error|SUMMARY" "$build_dir/logs/$t.log" >&2 || true
    return 1
  fi
}
export -f run_one
# shellcheck disable=SC2086
printf '%s\n' $targets | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} "$seconds" "$build_dir"
