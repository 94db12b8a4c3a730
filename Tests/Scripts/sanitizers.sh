#!/usr/bin/env bash
# Runs the test suite under sanitizers, each in its own build folder (.build-asan, .build-tsan).
#
#   Tests/Scripts/sanitizers.sh [address|thread|leaks|all]     default: all (address, thread, leaks)
#
#   address  swift test --sanitize=address (LeakSanitizer included): what CI runs
#   thread   swift test --sanitize=thread: the concurrent chain runs (ConcurrentChainTests, ChainTests)
#   leaks    the toolkit built with AddressSanitizer, run with LeakSanitizer over the Arabic news
#            sample (../shared/data/corpus-ar/news-sample.jsonl; skipped when absent) with 2 workers,
#            chains segment and arabic-news: every ICU handle a worker opens must be closed
#
# Exit status: 0 when every run is clean, 1 when one fails, 2 on a usage error.
set -euo pipefail
cd "$(dirname "$0")/../.."

mode=${1:-all}
case "$mode" in
  address | thread | leaks) runs=("$mode") ;;
  all) runs=(address thread leaks) ;;
  *) echo "usage: $0 [address|thread|leaks|all]" >&2; exit 2 ;;
esac

# Report every leak and race, and stop at the first error with a non-zero status. Leaks inside
# the toolchain's own libraries are suppressed (see lsan-suppressions.txt); the toolkit's are not.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/Tests/Scripts/lsan-suppressions.txt:print_suppressions=0}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1}

status=0
for run in "${runs[@]}"; do
  started=$(date +%s)
  case $run in
    address) swift test --sanitize=address --scratch-path .build-asan || status=1 ;;
    thread) swift test --sanitize=thread --scratch-path .build-tsan || status=1 ;;
    leaks)
      sample=../shared/data/corpus-ar/news-sample.jsonl
      if [ ! -f "$sample" ]; then
        echo "== leaks: skipped, $sample is absent"
        continue
      fi
      swift build --sanitize=address --scratch-path .build-asan --product toolkit
      for chain in segment arabic-news; do
        if .build-asan/debug/toolkit run --chain "$chain" --format jsonl --jobs 2 --quiet "$sample" >/dev/null; then
          echo "== leaks: the $chain chain over $(wc -l <"$sample") documents closed everything it opened"
        else
          status=1
        fi
      done ;;
  esac
  echo "== $run: $(( $(date +%s) - started )) seconds, $([ $status -eq 0 ] && echo clean || echo FAILED)"
done
exit $status
