#!/usr/bin/env bash
# Runs the libFuzzer targets, each for SECONDS, on a seed corpus built in a temporary folder
# from seeds/, Examples/ and the shared data in ../shared/data (when present).
#
#   Tests/Scripts/fuzz.sh [SECONDS] [TARGET ...]      default: 120 seconds; FuzzInput FuzzStages FuzzChainConfig
#
# The targets are built optimized with -sanitize=fuzzer,address into .build-fuzz (the normal .build is left
# alone). A crash stops the run: its input is saved as fuzz-crashes/<target>/crash-<hash>, and
# `swift run <target> FILE` replays it in a plain build. Exit status: 0 when every target ran
# clean, 1 on a crash, 2 on a usage or build error.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-120}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzInput FuzzStages FuzzChainConfig)
case "$seconds" in *[!0-9]* | "") echo "usage: $0 [SECONDS] [TARGET ...]" >&2; exit 2 ;; esac

shared=../shared/data
corpus=$(mktemp -d "${TMPDIR:-/tmp}/toolkit-fuzz.XXXXXX")
trap 'rm -rf "$corpus"' EXIT

# Texts of the first N records of a JSONL file, one file each (python3), else the raw lines.
texts_of() { # FILE N OUT
  [ -f "$1" ] || return 0
  mkdir -p "$3"
  if command -v python3 >/dev/null; then
    python3 - "$1" "$2" "$3" <<'PY'
import json, sys
path, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
name = "-".join(path.split("/")[-2:])
with open(path, encoding="utf-8") as f:
    for number, line in enumerate(f):
        if number == count: break
        text = json.loads(line)["text"][:3000]
        open(f"{out}/{name}-{number}", "w", encoding="utf-8").write(text)
PY
  else
    head -n "$2" "$1" | split -l 1 - "$3/$(basename "$(dirname "$1")")-"
  fi
}

seed_corpus() { # TARGET OUT
  local out=$2
  mkdir -p "$out"
  case $1 in
    FuzzStages)
      cp seeds/* "$out/"
      for file in corpus-ar/news-sample.jsonl corpus-en/news-sample.jsonl ud-ar-pud/dev.jsonl ud-en-ewt/dev.jsonl \
                  quotes-dev/dev.jsonl keyphrases/500n-kpcrowd-dev.jsonl; do
        texts_of "$shared/$file" 25 "$out"
      done ;;
    FuzzInput)
      cp seeds/* "$out/"
      for file in "$shared"/corpus-ar/news-sample.jsonl "$shared"/ud-ar-pud/dev.jsonl "$shared"/ud-en-ewt/dev.jsonl \
                  "$shared"/quotes-dev/dev.jsonl; do
        [ -f "$file" ] && head -n 40 "$file" | split -l 2 - "$out/$(basename "$(dirname "$file")")-"
      done
      printf '{"id": "a", "text": "One. Two."}\r\n{broken\n\n{"id": 7, "text": "x\\ud800y", "lang": "ar"}\n{"text": 1}' > "$out/mixed.jsonl"
      printf '\xef\xbb\xbfabc \xed\xa0\x80 \xc0\xaf \xe2\x82 \xf0\x9f\x91 \xff' > "$out/invalid.txt" ;;
    FuzzChainConfig)
      cat > "$out/segment.yaml" <<'YAML'
name: segment
description: Paragraphs, sentences and word tokens
stages:
  - stage: paragraphs
  - stage: sentences
    locale: ar
    explain: true
  - stage: tokens
YAML
      echo '{"name": "segment", "stages": [{"stage": "paragraphs"}, {"stage": "sentences", "locale": "en"}, {"stage": "tokens"}]}' > "$out/segment.json"
      cat > "$out/anchors.yaml" <<'YAML'
name: anchors
stages:
  - &s {stage: sentences, locale: "en@ss=standard"}
  - *s
  - stage: tokens
    locale: [ar, {deep: [1, 2.5, true, null, ~, 0x1F, "x"]}]
YAML
      if [ -d Examples ]; then
        find Examples -name '*.yaml' -o -name '*.yml' -o -name '*.json' | head -n 50 | while read -r f; do
          cp "$f" "$out/example-$(echo "$f" | tr / _)"
        done
      fi ;;
  esac
}

# No allocation stacks: they cost a third of the time; replay a crash for the details.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
status=0
for target in "${targets[@]}"; do
  echo "== $target: building with -sanitize=fuzzer,address"
  if ! swift build -c release --scratch-path .build-fuzz --product "$target" \
      -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
      -Xcc -fsanitize=fuzzer-no-link,address >"$corpus/$target.build.log" 2>&1; then
    grep -vE "Cannot export local symbol" "$corpus/$target.build.log" | tail -n 40 >&2
    echo "== $target: the build failed" >&2
    exit 2
  fi
  binary=.build-fuzz/release/$target
  seed_corpus "$target" "$corpus/$target"
  mkdir -p "fuzz-crashes/$target"
  echo "== $target: $(ls "$corpus/$target" | wc -l) seeds, $seconds seconds"
  # Short inputs run fast; chain files get room for deep nesting.
  max_len=4096
  [ "$target" = FuzzChainConfig ] && max_len=16384
  if "$binary" "$corpus/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len="$max_len" \
      -print_final_stats=1 -artifact_prefix="fuzz-crashes/$target/" 2>"$corpus/$target.log"; then
    grep -E "^stat::number_of_executed_units|^Done" "$corpus/$target.log" || true
    echo "== $target: ran $seconds seconds clean"
  else
    tail -n 60 "$corpus/$target.log"
    echo "== $target: CRASH; input saved in fuzz-crashes/$target/; replay: swift run $target fuzz-crashes/$target/<file>" >&2
    status=1
  fi
done
exit $status
