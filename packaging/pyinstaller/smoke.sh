#!/usr/bin/env bash
# Smoke test of the frozen one-folder build: selftest, the window offscreen, a Japanese letter
# with embedded fonts, and a dry-run purge, on a demo database in a private keyring.
# Usage: packaging/pyinstaller/smoke.sh dist/inquiry-desk/inquiry-desk
set -euo pipefail
exe="$(realpath "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen INQUIRY_DESK_LANGUAGE=ja INQUIRY_DESK_USER=manager INQUIRY_DESK_PASSWORD=demo
# A keyring and settings of its own, never the user's.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
cd "$work"  # nothing of the source tree is on the way
dbus-run-session -- bash -euo pipefail -c '
  exe="$1"; work="$2"
  echo -n smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  "$exe" --data-dir "$work/data" demo
  "$exe" --data-dir "$work/data" selftest
  "$exe" --data-dir "$work/data" screenshots "$work/shots" --size 1024x700 >/dev/null
  test -s "$work/shots/register.png"
  ref=$("$exe" --data-dir "$work/data" cases --json | python3 -c "import json,sys; print(next(c[\"ref\"] for c in json.load(sys.stdin) if c[\"language\"] == \"ja\" and c[\"state\"] != \"purged\"))")
  "$exe" --data-dir "$work/data" print "$ref" --document acknowledgement --pdf "$work/letter.pdf"
  head -c 4 "$work/letter.pdf" | grep -q "%PDF"
  grep -aq "FontFile2" "$work/letter.pdf"
  "$exe" --data-dir "$work/data" purge --dry-run
' smoke "$exe" "$work"
echo "frozen build: smoke test passed"
