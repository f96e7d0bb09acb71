#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for SECONDS (default 60), niced, one after another;
# prints each target's executions and crashes. Linux only (libFuzzer comes with the Swift toolchain there).
#
#   Scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. Scripts/fuzz.sh 300 FuzzYAML FuzzJSON
#
# Seeds are copied from $CLEARANCE_CORPUS (default /work/shared/corpus) into a temporary directory at run
# time, so nothing the fuzzers add is ever committed. Crash inputs are kept in $FUZZ_OUT (default a temporary
# directory, printed at the end); each is reproduced with `Fuzz/.build/release/TARGET FILE`.
set -euo pipefail

seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CLEARANCE_CORPUS:-/work/shared/corpus}
out=${FUZZ_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/clearance-fuzz.XXXXXX")}
mkdir -p "$out"
all=(FuzzYAML FuzzExpression FuzzJSON FuzzCard FuzzCycloneDX FuzzSPDX2 FuzzSPDX3 FuzzManifest)
targets=("$@")
[ $# -eq 0 ] && targets=("${all[@]}")

# Swift's runtime keeps caches for the life of the process; LeakSanitizer would call them leaks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

# gold cannot link the sanitizer runtimes with Swift (it crashes formatting an error), so lld links.
# -enable-testing lets the fuzzers reach the readers' internal entry points with @testable import.
(cd "$root/Fuzz" && nice -n 19 swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
    -Xswiftc -enable-testing >&2)
bin="$root/Fuzz/.build/release"

# seeds TARGET DIR: the corpus files that TARGET reads, copied into DIR.
seeds() {
    local find_args
    case $1 in
        FuzzYAML) find_args=(-name '*.yaml' -o -name '*.yml' -o -name '*.md') ;;
        FuzzCard) find_args=(-name '*.md') ;;
        FuzzJSON | FuzzCycloneDX | FuzzSPDX2 | FuzzSPDX3) find_args=(-name '*.json') ;;
        FuzzManifest) find_args=(-name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.md') ;;
        FuzzExpression)
            # One seed per expression of the corpus's expression cases.
            python3 - "$corpus/expressions/cases.jsonl" "$2" <<'EOF'
import json, sys, os
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    with open(os.path.join(sys.argv[2], f"case-{i}"), "w", encoding="utf-8") as f:
        f.write(json.loads(line)["input"])
EOF
            return ;;
    esac
    local i=0
    while IFS= read -r -d '' file; do
        cp "$file" "$2/seed-$i"
        i=$((i + 1))
    done < <(find "$corpus" -type f \( "${find_args[@]}" \) -size -1024k -print0 | sort -z)
    [ "$1" = FuzzManifest ] && cp "$root/Examples/clearance.yaml" "$2/seed-example"
    return 0
}

printf '%-15s %12s %8s %8s\n' target executions exec/s crashes > "$out/summary.txt"
for target in "${targets[@]}"; do
    work="$out/$target"
    mkdir -p "$work/corpus" "$work/crashes"
    seeds "$target" "$work/corpus"
    set +e
    nice -n 19 "$bin/$target" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$work/crashes/" "$work/corpus" > "$work/log.txt" 2>&1
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log.txt" | grep -o '[0-9]*$' || echo 0)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work/log.txt" | grep -o '[0-9]*$' || echo 0)
    crashes=$(find "$work/crashes" -type f | wc -l)
    printf '%-15s %12s %8s %8s\n' "$target" "${runs:-0}" "${rate:-0}" "$crashes" | tee -a "$out/summary.txt"
done
echo
cat "$out/summary.txt"
echo "logs and crash inputs: $out"
