#!/usr/bin/env bash
# Builds and tests the example packages, as a user would run them.
#
# Each example is its own package and builds the whole toolkit again in its own .build
# folder: from a clean state this takes several minutes. Exits non-zero on the first failure.
set -euo pipefail
examples="$(cd "$(dirname "$0")" && pwd)"
seed=000_ef7fff25dfa5f362.txt

step() {
  echo "== $*"
  SECONDS=0
}

done_in() {
  echo "   (${SECONDS} s)"
}

cd "$examples/CustomStage"
step "CustomStage: swift build"
swift build
done_in
step "CustomStage: swift test"
swift test
done_in
step "CustomStage: toolkit-numbers on the seed article"
output="$(swift run --skip-build toolkit-numbers run --chain numbers.yaml --format jsonl --layers numbers "../../seeds/$seed")"
# The seed's date "سبتمبر (أيلول) 2017" must come out as September 2017.
grep -q '"kind":"date","value":"2017-09"' <<<"$output" || { echo "toolkit-numbers: no 2017-09 date in: $output" >&2; exit 1; }
done_in
step "CustomStage: toolkit-numbers in worker processes, which must know the numbers stage too"
in_processes="$(swift run --skip-build toolkit-numbers run --chain numbers.yaml --format jsonl --layers numbers \
  --workers processes --jobs 2 --quiet "../../seeds/$seed")"
[ "$in_processes" = "$output" ] || { echo "toolkit-numbers: worker processes wrote something else: $in_processes" >&2; exit 1; }
done_in

cd "$examples/SwiftAPI"
step "SwiftAPI: swift build"
swift build
done_in
step "SwiftAPI: swift-api-example on ../../seeds"
swift run --skip-build swift-api-example --lang ar ../../seeds
done_in
