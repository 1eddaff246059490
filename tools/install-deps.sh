#!/usr/bin/env bash
# Installs the Debian packages listed in tools/debian-packages.txt (or in the list file given as the one argument,
# e.g. tools/bench-packages.txt) that are not installed yet.
# Uses sudo when not root; does nothing (and needs no network) when everything is already there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list=${1:-"$here/debian-packages.txt"}
mapfile -t wanted < <(grep -Ev '^\s*(#|$)' "$list")

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
