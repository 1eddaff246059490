#!/usr/bin/env bash
# Checks Dossier's desktop integration and its Debian package.
#
#   tools/test-package.sh --check BUILD_DIR   the desktop entry, the AppStream metainfo, the MIME type of library
#                                             files and the icons rendered in BUILD_DIR (ctest: label "package")
#   tools/test-package.sh BUILD_DIR           the same, then the .deb that `make package` left in BUILD_DIR: its
#                                             control fields and files, then an install test: a clean Debian 12
#                                             root made by mmdebstrap from the Debian mirror, `apt-get install` of
#                                             the .deb there (its dependencies come from the mirror), and in it
#                                             dossier-cli --version, dossier --help, a PDF import (the plugin found
#                                             without DOSSIER_PLUGIN_PATH) and `dossier FILE` opening a library.
#                                             Needs root (CI and the development machines are) and the mirror.
#
# Prints one line per check and "package: N passed, N failed" last; exits 1 if any check failed.
set -euo pipefail

mode=full
if [[ ${1:-} == --check ]]; then
    mode=check
    shift
fi
[[ $# -eq 1 ]] || { echo "usage: $0 [--check] BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
packaging=$root/packaging
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -n1)

passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pass() { passed=$((passed + 1)); echo "ok    $1"; }
fail() { failed=$((failed + 1)); echo "FAIL  $1"; [[ -z ${2:-} ]] || printf '%s\n' "$2" | sed 's/^/      /'; }
# check NAME COMMAND...: the command must succeed and print no warning (its output is shown when it does not).
check() {
    local name=$1 out
    shift
    if out=$("$@" 2>&1); then pass "$name"; else fail "$name" "$out"; fi
}
need() {
    command -v "$1" >/dev/null || { echo "$0: $1 is missing (Debian package $2: tools/install-deps.sh)" >&2; exit 1; }
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need xmllint libxml2-utils
need update-mime-database shared-mime-info
need gio libglib2.0-bin
need sqlite3 sqlite3
need file file
need readelf binutils

# --- The desktop entry: valid, and it opens library files (one per window: %f) -------------------------------
# desktop-file-validate exits 0 on hints; a clean entry prints nothing at all.
check "desktop-file-validate dossier.desktop" bash -c \
    'out=$(desktop-file-validate "$1" 2>&1); echo "$out"; [[ -z $out ]]' _ "$packaging/dossier.desktop"
check "dossier.desktop: Exec=dossier %f, MimeType=application/x-dossier-library;" bash -c \
    'grep -qx "Exec=dossier %f" "$1" && grep -qx "MimeType=application/x-dossier-library;" "$1"' _ \
    "$packaging/dossier.desktop"

# --- AppStream: no error, no warning, no info (the one pedantic note, the id's capitals, is the id itself) -----
metainfo=$packaging/io.github.dossier.Dossier.metainfo.xml
check "appstreamcli validate --no-net" bash -c \
    'out=$(appstreamcli validate --no-net --no-color "$1" 2>&1) || { echo "$out"; exit 1; }
     echo "$out"; ! grep -qE "^(E|W|I):" <<<"$out"' _ "$metainfo"
check "metainfo: newest release is $version, the project's version" bash -c \
    'grep -m1 "<release " "$1" | grep -q "version=\"$2\""' _ "$metainfo" "$version"

# --- The MIME type: well-formed, and what the shared MIME database makes of library files ----------------------
mimexml=$packaging/dossier.mime.xml
check "xmllint dossier.mime.xml" xmllint --noout "$mimexml"
mkdir -p "$work/xdg/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$work/xdg/mime/packages/"
cp "$mimexml" "$work/xdg/mime/packages/dossier.xml"
check "update-mime-database accepts it" update-mime-database "$work/xdg/mime"
mimetype() { XDG_DATA_HOME=$work/xdg XDG_DATA_DIRS=$work/xdg gio info -a standard::content-type "$1" |
    sed -n 's/^ *standard::content-type: //p'; }
sqlite3 "$work/library.db" 'PRAGMA application_id = 0x444F5353; CREATE TABLE t(x);'
sqlite3 "$work/other.db" 'CREATE TABLE t(x);'
cp "$work/library.db" "$work/library.dossier"
for case in "library.dossier application/x-dossier-library" "library.db application/x-dossier-library" \
    "other.db application/vnd.sqlite3"; do
    read -r name expected <<<"$case"
    got=$(mimetype "$work/$name")
    if [[ $got == "$expected" ]]; then pass "MIME type of $name: $got"; else fail "MIME type of $name" "$got"; fi
done

# --- The icons rendered from the SVG at build time -------------------------------------------------------------
for size in 16 22 24 32 48 64 128 256 512; do
    png=$build/packaging/icons/hicolor/${size}x${size}/apps/dossier.png
    if [[ -f $png ]] && file -b "$png" | grep -q "^PNG image data, $size x $size,"; then
        pass "icon ${size}x${size}"
    else
        fail "icon ${size}x${size}" "$( (file -b "$png" 2>&1) || true)"
    fi
done

finish() {
    echo "package: $passed passed, $failed failed"
    [[ $failed -eq 0 ]]
}
[[ $mode == check ]] && { finish; exit; }

# --- The package: fields and files -----------------------------------------------------------------------------
mapfile -t debs < <(find "$build" -maxdepth 1 -name 'dossier_*.deb')
if [[ ${#debs[@]} -ne 1 ]]; then
    fail "one dossier_*.deb in $build (make package)" "${debs[*]:-none}"
    finish
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
echo "      $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, installed $(dpkg-deb -f "$deb" Installed-Size) KiB"
depends=$(dpkg-deb -f "$deb" Depends)
echo "      Depends: $depends"
echo "      Recommends: $(dpkg-deb -f "$deb" Recommends)"
check "Package: dossier, Version: $version, Architecture: $arch" bash -c \
    '[[ $(dpkg-deb -f "$1" Package) == dossier && $(dpkg-deb -f "$1" Version) == "$2" &&
        $(dpkg-deb -f "$1" Architecture) == "$3" ]]' _ "$deb" "$version" "$arch"
check "Section: science, Description" bash -c \
    '[[ $(dpkg-deb -f "$1" Section) == science ]] && dpkg-deb -f "$1" Description | grep -q "PDF import plugin"' \
    _ "$deb"
# From dpkg-shlibdeps: the programs (webengine, sqlite, cld2...) and the plugin (QtPdf); then the run-time pieces.
for dep in libqt6webenginewidgets6 libqt6gui6 libqt6sql6 libsqlite3-0 libcld2-0 libgumbo1 libuchardet0 \
    libcmark0.30.2 libqt6pdf6 libqt6sql6-sqlite libqt6webenginecore6-bin libqt6svg6; do
    if grep -qE "(^|, )$dep( |,|$)" <<<"$depends"; then pass "Depends on $dep"; else fail "Depends on $dep"; fi
done
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
for path in /usr/bin/dossier /usr/bin/dossier-cli "/usr/lib/$multiarch/dossier/plugins/dossier_pdf.so" \
    /usr/share/applications/dossier.desktop /usr/share/metainfo/io.github.dossier.Dossier.metainfo.xml \
    /usr/share/mime/packages/dossier.xml /usr/share/icons/hicolor/scalable/apps/dossier.svg \
    /usr/share/icons/hicolor/16x16/apps/dossier.png /usr/share/icons/hicolor/512x512/apps/dossier.png \
    /usr/share/doc/dossier/copyright; do
    if grep -qx "$path" "$work/files"; then pass "ships $path"; else fail "ships $path"; fi
done
mkdir "$work/tree"
dpkg-deb -x "$deb" "$work/tree"
check "programs and plugin stripped" bash -c \
    '! file "$@" | grep -q "not stripped"' _ "$work/tree/usr/bin/dossier" "$work/tree/usr/bin/dossier-cli" \
    "$work/tree/usr/lib/$multiarch/dossier/plugins/dossier_pdf.so"
check "no RUNPATH (Dossier installs no shared library of its own)" bash -c \
    '! readelf -d "$@" | grep -qE "\((RPATH|RUNPATH)\)"' _ "$work/tree/usr/bin/dossier" \
    "$work/tree/usr/bin/dossier-cli" "$work/tree/usr/lib/$multiarch/dossier/plugins/dossier_pdf.so"
check "appstreamcli validate-tree --no-net (metainfo, desktop entry, icons together)" bash -c \
    'out=$(appstreamcli validate-tree --no-net --no-color "$1" 2>&1) || { echo "$out"; exit 1; }
     echo "$out"; ! grep -qE "^(E|W|I):" <<<"$out"' _ "$work/tree"

# --- The install test on a clean Debian 12 ---------------------------------------------------------------------
if [[ $(id -u) -ne 0 ]]; then
    fail "install test: needs root (mmdebstrap --mode=root, chroot)"
    finish
    exit 1
fi
bash "$root/tools/install-deps.sh" "$root/tools/package-packages.txt"
cp "$deb" "$work/dossier.deb"
cp "$root/tests/data/ingest/pdf/article.pdf" "$work/article.pdf"
# Run inside the new root, as root. Without --install-recommends: Depends alone must make the programs run.
cat >"$work/inside.sh" <<'INSIDE'
set -eu
export DEBIAN_FRONTEND=noninteractive
cd /tmp/dossier-test
start=$(date +%s)
apt-get install -y -q --no-install-recommends ./dossier.deb >apt.log 2>&1 || { tail -n 30 apt.log; exit 1; }
echo "result apt-install-seconds $(($(date +%s) - start))"
echo "result installed-packages $(dpkg-query -W | wc -l)"
export HOME=/tmp/dossier-test/home XDG_CONFIG_HOME=/tmp/dossier-test/home/.config
mkdir -p "$XDG_CONFIG_HOME"
echo "result cli-version $(dossier-cli --version)"
QT_QPA_PLATFORM=offscreen dossier --help >help.txt 2>&1 || { cat help.txt; exit 1; }
echo "result gui-help $(grep -c 'Usage: dossier' help.txt) $(grep -c -- '--library <PATH>' help.txt)"
# The PDF plugin, from /usr/bin, with no DOSSIER_PLUGIN_PATH.
env -u DOSSIER_PLUGIN_PATH dossier-cli --json extract article.pdf >extract.json 2>&1 || { cat extract.json; exit 1; }
echo "result pdf-title $(grep -c 'Reprise des pourparlers sur le corridor céréalier' extract.json)"
# `dossier FILE`, as a double-click runs it: the window opens that library (a new one here), which it records as
# the last one used. The reader's Chromium refuses to run as root in its sandbox: the test runs without it.
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
dossier /tmp/dossier-test/opened.dossier >gui.log 2>&1 &
gui=$!
conf=$XDG_CONFIG_HOME/Dossier/dossier.conf
for _ in $(seq 60); do
    grep -qs 'lastPath=/tmp/dossier-test/opened.dossier' "$conf" && break
    sleep 1
done
kill "$gui" 2>/dev/null || true
wait "$gui" 2>/dev/null || true
echo "result library-opened $(grep -cs 'lastPath=/tmp/dossier-test/opened.dossier' "$conf")"
# The file it made is a Dossier library: dossier-cli opens it (it refuses any other database).
[ -f opened.dossier ] && dossier-cli --library opened.dossier list >list.txt 2>&1 && echo "result library-made yes"
INSIDE
# The host's own Debian sources (its mirror, its point release), else mmdebstrap's default mirror.
sources=()
for file in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
    [[ -s $file ]] && { sources=("$file"); break; }
done
echo "      mmdebstrap bookworm ${sources[*]:-}: a clean root, then apt-get install ./$(basename "$deb")"
start=$(date +%s)
if mmdebstrap --quiet --mode=root --variant=apt --format=null \
    --customize-hook='mkdir -p "$1/tmp/dossier-test"' \
    --customize-hook="copy-in $work/dossier.deb $work/article.pdf $work/inside.sh /tmp/dossier-test" \
    --customize-hook='chroot "$1" sh /tmp/dossier-test/inside.sh' \
    bookworm - "${sources[@]}" >"$work/mmdebstrap.log" 2>&1; then
    pass "install test ran ($(($(date +%s) - start)) s in all)"
else
    fail "install test ran" "$(tail -n 40 "$work/mmdebstrap.log")"
fi
result() { sed -n "s/^result $1 //p" "$work/mmdebstrap.log"; }
echo "      apt-get install: $(result apt-install-seconds) s, $(result installed-packages) packages in the root"
expect() {
    local got
    got=$(result "$1")
    if [[ $got == "$2" ]]; then pass "clean Debian 12: $3"; else fail "clean Debian 12: $3" "got: ${got:-nothing}"; fi
}
expect cli-version "dossier-cli $version" "dossier-cli --version prints dossier-cli $version"
expect gui-help "1 1" "dossier --help prints its usage"
expect pdf-title 1 "dossier-cli extract reads a PDF (plugin found without DOSSIER_PLUGIN_PATH)"
expect library-opened 1 "dossier FILE.dossier opens that library"
expect library-made yes "the file it made is a Dossier library"
finish
