#!/bin/sh
# Renders eventx-extract's --html page in headless Chromium and checks that
# the page loaded (its script ran) and shows the expected highlights; saves
# a screenshot beside the page.
#   tests/html/check_html.sh build/examples/eventx-extract seeds/<report>.txt OUTDIR
set -eu
cli=$1
report=$2
out=$3
mkdir -p "$out"
page="$out/report.html"
"$cli" --html "$page" "$report"
expected=$(sed -n 's/.*id="status" data-expected="\([0-9]*\)".*/\1/p' "$page")
[ -n "$expected" ] || { echo "check_html: no highlight count in $page"; exit 1; }
[ "$expected" -gt 0 ] || { echo "check_html: nothing highlighted"; exit 1; }
browser=$(command -v chromium || command -v chromium-browser)
flags="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage"
dom=$($browser $flags --virtual-time-budget=5000 --dump-dom "file://$(realpath "$page")" 2>/dev/null)
echo "$dom" | grep -q "highlights: $expected<" || {
  echo "check_html: the rendered page does not report $expected highlights"
  echo "$dom" | grep -o 'id="status"[^<]*' || true
  exit 1
}
$browser $flags --window-size=1400,1000 --screenshot="$out/report.png" \
  "file://$(realpath "$page")" >/dev/null 2>&1
[ -s "$out/report.png" ] || { echo "check_html: no screenshot"; exit 1; }
echo "check_html: $expected highlights rendered; screenshot $out/report.png"
