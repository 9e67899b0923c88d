#!/bin/sh
# Add the bundle in this folder to the desktop's application menu (for this user only).
# Run it again after moving the folder. Training mock, not for clinical use.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
cp "$here/itb-console.svg" "$icons/itb-console.svg"
sed -e "s|^Exec=.*|Exec=\"$here/itb-console\"|" "$here/itb-console.desktop" \
  > "$apps/itb-console.desktop"
echo "added: $apps/itb-console.desktop (runs $here/itb-console)"
