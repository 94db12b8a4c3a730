#!/usr/bin/env bash
# Renders the seed article with the arabic-news chain as HTML and takes a screenshot of the
# page in headless Chromium (Debian's `chromium` package), to check the view by eye.
#   Tests/Scripts/screenshot-html.sh [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-/tmp/toolkit-seed.png}"
html="$(mktemp --suffix .html)"
command -v chromium >/dev/null || { echo "needs chromium: apt-get install -y chromium fonts-noto-core" >&2; exit 1; }
swift run -q toolkit run --chain arabic-news --format html --quiet --output "$html" seeds/000_ef7fff25dfa5f362.txt
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,2200 \
  --screenshot="$out" "file://$html" 2>/dev/null
echo "screenshot: $out (page: $html)"
