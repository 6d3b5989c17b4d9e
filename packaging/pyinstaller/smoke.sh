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
  # Parts imported only on use: editing, the data held (a CSV in CP932), the enclosure,
  # the AES ZIP, and the matcher of the erasure check (a real purge at the end).
  "$exe" --data-dir "$work/data" edit "$ref" --phone 03-1234-5678 >/dev/null
  printf "注文番号,商品\nZP-1,緑茶\n" | iconv -f UTF-8 -t CP932 > "$work/orders.csv"
  "$exe" --data-dir "$work/data" records "$ref" add "$work/orders.csv" --source orders >/dev/null
  "$exe" --data-dir "$work/data" print "$ref" --document disclosure --pdf "$work/held.pdf"
  head -c 4 "$work/held.pdf" | grep -q "%PDF"
  "$exe" --data-dir "$work/data" export "$ref" --portable "$work/held.zip" --password-letter "$work/pw.pdf"
  test -s "$work/held.zip" && test -s "$work/pw.pdf"
  "$exe" --data-dir "$work/data" purge --dry-run
  "$exe" --data-dir "$work/data" purge >/dev/null
' smoke "$exe" "$work"
echo "frozen build: smoke test passed"
