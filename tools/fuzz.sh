#!/usr/bin/env bash
# Builds Dossier's libFuzzer targets (fuzz/, DOSSIER_BUILD_FUZZERS) with clang in their own build folder and runs
# each for a while on a copy of its seed corpus. Fails if any target crashes, leaks, times out or runs out of
# memory; the input that did it is kept in BUILD_DIR/fuzz-runs/TARGET/ and named in the output.
#
#   tools/fuzz.sh [--seconds N] [--build-dir DIR] [--jobs N] [TARGET…]
#
# TARGET is a name from fuzz/CMakeLists.txt, with or without its fuzz_ prefix (html, fuzz_csv…); default: all.
# --seconds: how long each target runs (default 60). The repository's corpus is never written: new inputs the
# fuzzer finds stay in BUILD_DIR/fuzz-runs/TARGET/corpus (to keep one, copy it into fuzz/corpus/TARGET/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

seconds=60
build_dir="$root/build-fuzz"
jobs=$(nproc)
targets=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
        *) targets+=("${1#fuzz_}"); shift ;;
    esac
done
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { echo "fuzz.sh: --seconds needs a positive number" >&2; exit 2; }

all_targets=(decoding html csv jsonl feed date manifest anchoring)
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "fuzz.sh: no fuzz target '$t' (${all_targets[*]})" >&2; exit 2; }
done

# Per target: the dictionary (if one helps) and the largest input worth trying. Parsers of whole files get room
# for a real article; a date or an anchor's quote does not need kilobytes to reach every branch.
dictionary_of() {
    case "$1" in
        html) echo html.dict ;; feed) echo feed.dict ;; csv|manifest) echo csv.dict ;; jsonl) echo jsonl.dict ;;
        date) echo date.dict ;; *) echo "" ;;
    esac
}
max_len_of() {
    case "$1" in
        html|feed) echo 65536 ;; date) echo 512 ;; *) echo 16384 ;;
    esac
}

bash "$here/install-deps.sh"
bash "$here/install-deps.sh" "$here/fuzz-packages.txt"

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
# The fuzzers need only the core libraries: no GUI, no test suite.
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang "${launcher[@]}" \
    -DDOSSIER_BUILD_FUZZERS=ON -DDOSSIER_BUILD_GUI=OFF -DDOSSIER_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" --parallel "$jobs" --target "${targets[@]/#/fuzz_}"

# Leaks are errors here too; the stack of an undefined-behaviour report names the line.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# Test files (paths under tests/data/ingest) that are also seeds of a target.
test_seeds_of() {
    case "$1" in
        html) echo 'html/*' ;;
        decoding) echo 'html/*' ;;
        csv) echo 'tables/*.csv tables/*.tsv' ;;
        jsonl) echo 'tables/*.jsonl' ;;
        feed) echo 'feeds/*' ;;
    esac
}

failed=()
summary=()
for t in "${targets[@]}"; do
    run="$build_dir/fuzz-runs/$t"
    rm -rf "$run"
    mkdir -p "$run/corpus"
    cp "$root/fuzz/corpus/$t/"* "$run/corpus/"
    # The test suite's own files of the target's format seed it too, rather than copies of them in fuzz/corpus.
    read -ra patterns <<<"$(test_seeds_of "$t")"
    for pattern in "${patterns[@]}"; do
        find "$root/tests/data/ingest" -type f -path "$root/tests/data/ingest/$pattern" -exec cp {} "$run/corpus/" \;
    done
    seeds=$(find "$run/corpus" -type f | wc -l)
    options=(-max_total_time="$seconds" -max_len="$(max_len_of "$t")" -timeout=30 -rss_limit_mb=2048
        -print_final_stats=1 -artifact_prefix="$run/")
    dictionary=$(dictionary_of "$t")
    [[ -z "$dictionary" ]] || options+=(-dict="$root/fuzz/dict/$dictionary")

    echo "== fuzz_$t: ${seconds}s from $seeds seed inputs"
    status=0
    "$build_dir/fuzz/fuzz_$t" "${options[@]}" "$run/corpus" >"$run/log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/log" | tail -n 1)
    corpus=$(find "$run/corpus" -type f | wc -l)
    if [[ $status -ne 0 ]]; then
        failed+=("fuzz_$t")
        summary+=("fuzz_$t: FAILED (exit $status) after ${execs:-?} inputs; log $run/log")
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*check failed|.*runtime error)' "$run/log" | head -n 5 || true
        find "$run" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) \
            -printf '   input kept: %p\n'
    else
        summary+=("fuzz_$t: ok, ${execs:-?} inputs in ${seconds}s, corpus $seeds → $corpus")
    fi
done

echo
printf '%s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz.sh: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
    exit 1
fi
