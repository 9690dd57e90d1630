#!/usr/bin/env bash
# Renders every example's HTML report and screenshots it headless, at 1280 (a desktop) and 390 (a phone) pixels
# wide, into .build/screenshots/. Installs Chromium from Debian's packages when it is missing; with
# SCREENSHOT_OPTIONAL=1 (as .ci/run sets it) a machine without Chromium and without a way to install it skips
# with a message instead of failing.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
  if [[ "${SCREENSHOT_OPTIONAL:-0}" == 1 ]]; then
    echo "screenshot: Chromium is not installed; skipping the screenshots (scripts/screenshot.sh installs it)" >&2
    exit 0
  fi
  echo "screenshot: installing Chromium from Debian's packages…" >&2
  sudo=$([[ $(id -u) == 0 ]] && echo "" || echo sudo)
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
  browser=$(command -v chromium)
fi

swift build -c release --product advisor >&2
bin="$(swift build -c release --show-bin-path)/advisor"
out=.build/screenshots
mkdir -p "$out"
for spec in examples/*.json; do
  name=$(basename "$spec" .json)
  "$bin" recommend "$spec" --format html -o "$out/$name.html"
  for size in 1280,2400 390,2400; do
    width=${size%,*}
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$PWD/$out/$name-$width.png" \
      --window-size="$size" "file://$PWD/$out/$name.html" 2>/dev/null
  done
  echo "screenshot: $out/$name-1280.png, $out/$name-390.png" >&2
done
# The portfolio of every example, as a platform team sees it.
"$bin" recommend examples/*-*.json --format html -o "$out/portfolio.html"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$PWD/$out/portfolio-1280.png" \
  --window-size=1280,2000 "file://$PWD/$out/portfolio.html" 2>/dev/null
echo "screenshot: $out/portfolio-1280.png" >&2
