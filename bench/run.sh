#!/usr/bin/env bash
# Builds Dossier in Release with the benchmarks and runs them; every figure is printed beside its reference.
#
#   bench/run.sh [--docs N] [--json]      a library of N generated documents (default 10000), one table
#   bench/run.sh --growth [--sizes "10000 100000 1000000"]   each size in turn, then one growth table
#   bench/run.sh --megabytes N [--json]   the recognition benchmark alone, over N MB (as before the harness)
#   options: --build-dir DIR  --no-release (use DIR as configured, e.g. CI's build)  --no-build (run the
#            binaries DIR has)  --work-dir DIR  --keep  --no-gui  --quick (forced below 10000 documents: one run
#            per figure, small samples)
#
# Installs what is missing first (tools/debian-packages.txt, then tools/bench-packages.txt). BUILD_DIR (default
# build-release) and JOBS (default nproc) can also be set in the environment.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-"$root/build-release"}
jobs=${JOBS:-$(nproc)}

docs=10000
megabytes=
json=0
growth=0
sizes="10000 100000 1000000"
release=1
build=1
quick=0
work_dir=
driver_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --docs) docs=${2:?--docs needs a number}; shift 2 ;;
        --megabytes) megabytes=${2:?--megabytes needs a number}; shift 2 ;;
        --json) json=1; shift ;;
        --growth) growth=1; shift ;;
        --sizes) sizes=${2:?--sizes needs a list}; shift 2 ;;
        --build-dir) build_dir=$(realpath -m "${2:?--build-dir needs a folder}"); shift 2 ;;
        --no-release) release=0; shift ;;
        --no-build) release=0; build=0; shift ;;
        --work-dir) work_dir=$(realpath -m "${2:?--work-dir needs a folder}"); shift 2 ;;
        --keep) driver_args+=(--keep); shift ;;
        --no-gui) driver_args+=(--no-gui); shift ;;
        --quick) quick=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

bash "$root/tools/install-deps.sh" >&2
bash "$root/tools/install-deps.sh" "$root/tools/bench-packages.txt" >&2

# One list of benchmark targets (the driver depends on the recognition and GUI benchmarks, which it runs).
benchmarks=(dossier-bench-recognition dossier-bench-library)

if [[ $build == 0 ]]; then
    : # the binaries as they are (a long run must not wait on a tree that others are editing)
elif [[ $release == 1 ]]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BUILD_BENCHMARKS=ON >&2
elif ! grep -q '^DOSSIER_BUILD_BENCHMARKS:BOOL=ON' "$build_dir/CMakeCache.txt" 2>/dev/null; then
    echo "$build_dir is not configured with -DDOSSIER_BUILD_BENCHMARKS=ON" >&2
    exit 2
fi
# Build output goes to stderr, so that stdout holds only the figures (a JSON document with --json).
if [[ $build == 1 ]]; then
    cmake --build "$build_dir" --parallel "$jobs" --target "${benchmarks[@]}" >&2
fi

if [[ -n $megabytes ]]; then
    recognition_args=(--megabytes "$megabytes")
    [[ $json == 1 ]] && recognition_args+=(--json)
    exec "$build_dir/bin/dossier-bench-recognition" "${recognition_args[@]}"
fi

# The window's figures run under xvfb-run; CI runs as root, where Chromium's sandbox cannot start.
export QTWEBENGINE_DISABLE_SANDBOX=1
export LC_ALL=C.UTF-8

run_size() { # N [extra driver arguments…]
    local n=$1
    shift
    local args=(--docs "$n" "${driver_args[@]}" "$@")
    if [[ $quick == 1 || $n -lt 10000 ]]; then
        args+=(--quick)
    fi
    if [[ -n $work_dir ]]; then
        args+=(--work-dir "$work_dir/docs-$n")
    fi
    local start=$SECONDS
    "$build_dir/bin/dossier-bench-library" "${args[@]}"
    echo "bench/run.sh: $n documents took $((SECONDS - start)) s (build excluded)" >&2
}

if [[ $growth == 0 ]]; then
    if [[ $json == 1 ]]; then
        run_size "$docs" --json
    else
        run_size "$docs"
    fi
    exit 0
fi

# Growth: every size as JSON into the results folder, then one table of them side by side.
results=${work_dir:-"$build_dir/bench-results"}
mkdir -p "$results"
reports=()
for n in $sizes; do
    run_size "$n" --json >"$results/bench-$n.json"
    reports+=("$results/bench-$n.json")
    "$build_dir/bin/dossier-bench-library" --growth-table "${reports[@]}" >&2
done
if [[ $json == 1 ]]; then
    # One JSON document: the array of the reports, smallest first.
    echo "["
    for i in "${!reports[@]}"; do
        [[ $i -gt 0 ]] && echo ","
        cat "${reports[$i]}"
    done
    echo "]"
else
    "$build_dir/bin/dossier-bench-library" --growth-table "${reports[@]}"
fi
