#!/usr/bin/env bash
# The README's two commands on a clean clone, as on a fresh machine with no browser installed:
#   npm install && npm start   (Storybook answers on port 6006; then it is stopped)
#   npm test                   (in the Chromium that @sparticuz/chromium provides)
# The system's browsers are hidden in a private mount namespace (unshare -m): /usr/bin is replaced by
# a copy without chromium, firefox and WebKitWebDriver, and WebKitGTK's folder by an empty one.
# Usage: bash .ci/fresh-machine.sh [repository]   (default: this one)
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/..}" && pwd)
work=$(mktemp -d /tmp/article-elements-fresh.XXXXXX)
trap 'rm -rf "$work"' EXIT

unshare -m bash -s "$repo" "$work" "${FRESH_MACHINE_ONLY_CHECK:-}" <<'INNER'
set -euo pipefail
repo=$1 work=$2 only_check=$3
mount --make-rprivate /
real=$work/real-bin
shadow=$work/bin
mkdir -p "$real" "$shadow"
mount --bind /usr/bin "$real"
for f in "$real"/* ; do
  name=${f##*/}
  case $name in chromium|chromium-browser|google-chrome*|firefox|firefox-esr|WebKitWebDriver) continue ;; esac
  if [ -L "$f" ]; then cp -a "$f" "$shadow/"; else ln -s "$f" "$shadow/$name"; fi
done
mount --bind "$shadow" /usr/bin
for d in /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1 /usr/lib/aarch64-linux-gnu/webkit2gtk-4.1; do
  [ -d "$d" ] && mount -t tmpfs none "$d"
done
if command -v chromium firefox-esr WebKitWebDriver >/dev/null 2>&1 || [ -e /usr/bin/chromium ]; then
  echo "fresh-machine: a system browser is still visible" >&2; exit 1
fi
unset CI CHROME_PATH FIREFOX_PATH WEBKIT_WEBDRIVER_PATH
if [ -n "$only_check" ]; then node -e "$only_check"; exit; fi
git clone -q "$repo" "$work/clone"
cd "$work/clone"
start=$(date +%s)
npm install --no-audit --no-fund
# npm start: Storybook must answer, then it is stopped.
(npm start -- --ci --no-open >"$work/start.log" 2>&1 &)
for i in $(seq 1 120); do
  if curl -fsS -o /dev/null http://localhost:6006/ 2>/dev/null || node -e "fetch('http://localhost:6006/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    echo "fresh-machine: npm start: Storybook answers on port 6006"; break
  fi
  if [ "$i" = 120 ]; then echo "fresh-machine: Storybook did not start"; cat "$work/start.log"; exit 1; fi
  sleep 1
done
pkill -f "storybook dev" || true
npm test
echo "fresh-machine: the README's two commands passed with no system browser in $(( $(date +%s) - start )) s"
INNER
