#!/bin/sh
# Runs one libFuzzer target for a given time, or a given number of inputs.
#
#   tests/fuzz/run.sh TARGET SECONDS [BUILD_DIR]      e.g. run.sh fuzz-framework 600
#   RUNS=1000000 tests/fuzz/run.sh TARGET 0           stop after a million inputs
#
# TARGET is fuzz-framework, fuzz-csv, fuzz-ratings-import, fuzz-people-import or fuzz-org-xml. The build
# directory (default _build-fuzz) is set up with
#   CC=clang meson setup _build-fuzz -Dfuzzing=true -Dapp=false
# New inputs go to _build-fuzz/corpus/TARGET; the seeds in
# tests/fuzz/corpus/TARGET are only read. A crash leaves crash-* beside it.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET SECONDS [BUILD_DIR]" >&2
    exit 2
fi
target=$1
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
build=${3:-$here/../../_build-fuzz}
seeds=$here/corpus/$target
work=$build/corpus/$target

if [ ! -x "$build/tests/fuzz/$target" ]; then
    echo "$0: no $build/tests/fuzz/$target; build it first (see the top of this file)" >&2
    exit 2
fi
mkdir -p "$work"
cd "$build"
# -timeout is generous: on a busy machine a starved process is not a hang.
# Leaks are reported at exit by AddressSanitizer; UBSan stops at the first
# report so that it counts as a crash.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# Short allocation stacks and no filling of new blocks: about a fifth less
# time per input, and a crash still says where. Run a crash-* file again
# with ASAN_OPTIONS= for the whole stacks.
export ASAN_OPTIONS=${ASAN_OPTIONS-malloc_context_size=2:max_malloc_fill_size=0}
# The importers keep their database in TMPDIR: in memory it runs
# several times faster, and a fuzzing run does not need it to last.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ]; then
    export TMPDIR=/dev/shm
fi
exec "tests/fuzz/$target" -max_total_time="$seconds" -runs="${RUNS:--1}" \
    -max_len=65536 -timeout=60 -rss_limit_mb=2048 -print_final_stats=1 \
    "$work" "$seeds"
