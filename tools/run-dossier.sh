#!/usr/bin/env bash
# Starts the desktop app from the build tree (make run).
set -euo pipefail
binary=$1
shift
# QtWebEngine's sandbox refuses to run as root; a developer machine run as root needs this, the app never sets it.
if [[ $(id -u) -eq 0 ]]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display to show Dossier on: run it from a desktop session, or under 'xvfb-run -a make run'." >&2
    exit 1
fi
exec "$binary" "$@"
