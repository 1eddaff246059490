#!/usr/bin/env bash
# Builds Dossier in Release with the benchmarks and runs them; each prints its figures beside its references.
#
#   bench/run.sh [--megabytes N] [--json]
#
# Installs what is missing first (tools/debian-packages.txt, then tools/bench-packages.txt: ripgrep, Hyperscan).
# BUILD_DIR (default build-release) and JOBS (default nproc) can be set in the environment.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-"$root/build-release"}
jobs=${JOBS:-$(nproc)}

benchmark_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --megabytes) benchmark_args+=(--megabytes "${2:?--megabytes needs a number}"); shift 2 ;;
        --json) benchmark_args+=(--json); shift ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

bash "$root/tools/install-deps.sh"
bash "$root/tools/install-deps.sh" "$root/tools/bench-packages.txt"

# One list of benchmark targets: a new benchmark adds its target here and its run below.
benchmarks=(dossier-bench-recognition)

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BUILD_BENCHMARKS=ON >/dev/null
# Build output goes to stderr, so that stdout holds only the figures (a JSON document with --json).
cmake --build "$build_dir" --parallel "$jobs" --target "${benchmarks[@]}" >&2

"$build_dir/bin/dossier-bench-recognition" "${benchmark_args[@]}"
