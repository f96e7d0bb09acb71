#!/usr/bin/env bash
# Runs every file of the shared acceptance corpus (real third-party model cards, CycloneDX BOMs, SPDX
# documents and model catalogs) through `clearance check FILE --format json`, one process per file with a
# time limit, and sorts each outcome:
#
#   report      exit 0 or 1 with a JSON report on stdout (the verdict is shown)
#   diagnostic  exit 2 with an error diagnostic on stderr (its first line is shown)
#   crash       killed by a signal, or any other exit code
#   hang        still running after the time limit
#   unclear     exit 0/1 without a JSON report, or exit 2 without an error line
#
# Usage: Scripts/corpus-check.sh [corpus-dir]
# Environment: CORPUS (default /work/shared/corpus), TIMEOUT seconds per file (default 20), CONFIG (debug or
# release, default debug), SCRATCH (the build directory, default .build-corpus), CHECK_ARGS (extra arguments
# for check, e.g. "--policy Policies/research.yaml"), CLEARANCE (a binary to use instead of building one).
# Exit status: 0 when every file gave a report or a clear diagnostic, 1 otherwise.
set -u

cd "$(dirname "$0")/.."
corpus="${1:-${CORPUS:-/work/shared/corpus}}"
timeout_seconds="${TIMEOUT:-20}"
config="${CONFIG:-debug}"
scratch="${SCRATCH:-.build-corpus}"

if [ -z "${CLEARANCE:-}" ]; then
    echo "building clearance ($config, $scratch)…" >&2
    swift build -c "$config" --scratch-path "$scratch" --product clearance >&2 || exit 1
    CLEARANCE="$(swift build -c "$config" --scratch-path "$scratch" --show-bin-path)/clearance"
fi
if [ ! -x "$CLEARANCE" ]; then
    echo "no clearance binary at $CLEARANCE" >&2
    exit 1
fi

reports=0 diagnostics=0 crashes=0 hangs=0 unclear=0 total=0
out="$(mktemp)" err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT

# The verdict of a JSON report on stdin, or nothing when it is not one.
verdict() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import json,sys
try:
    r = json.load(sys.stdin)
    s = r.get("summary", {})
    print("%s (%s fail, %s review, %s pass)" % (r["verdict"], s.get("fail", "?"), s.get("review", "?"), s.get("pass", "?")))
except Exception:
    pass' 2>/dev/null
    else
        grep -o '"verdict" *: *"[a-z]*"' | tail -1 | sed 's/.*"\([a-z]*\)"$/\1/'
    fi
}

printf '%-12s %-62s %s\n' outcome file detail
for directory in hf-cards cyclonedx spdx catalogs; do
    [ -d "$corpus/$directory" ] || continue
    for file in "$corpus/$directory"/*; do
        [ -f "$file" ] || continue
        total=$((total + 1))
        name="$directory/$(basename "$file")"
        # shellcheck disable=SC2086
        timeout --kill-after=5 "$timeout_seconds" "$CLEARANCE" check "$file" --format json ${CHECK_ARGS:-} >"$out" 2>"$err"
        status=$?
        if [ "$status" -eq 124 ] || [ "$status" -eq 137 ] && [ "$(wc -c <"$out")" -eq 0 ]; then
            hangs=$((hangs + 1))
            printf '%-12s %-62s %s\n' hang "$name" "no result after ${timeout_seconds}s"
        elif [ "$status" -eq 0 ] || [ "$status" -eq 1 ]; then
            result="$(verdict <"$out")"
            if [ -n "$result" ]; then
                reports=$((reports + 1))
                printf '%-12s %-62s %s\n' report "$name" "$result"
            else
                unclear=$((unclear + 1))
                printf '%-12s %-62s %s\n' unclear "$name" "exit $status without a JSON report"
            fi
        elif [ "$status" -eq 2 ]; then
            line="$(grep -m1 -E 'error:' "$err")"
            if [ -n "$line" ]; then
                diagnostics=$((diagnostics + 1))
                printf '%-12s %-62s %s\n' diagnostic "$name" "${line#"$file"}"
            else
                unclear=$((unclear + 1))
                printf '%-12s %-62s %s\n' unclear "$name" "exit 2 without an error: $(head -c 200 "$err")"
            fi
        else
            crashes=$((crashes + 1))
            printf '%-12s %-62s %s\n' crash "$name" "exit $status: $(tail -n 3 "$err" | tr '\n' ' ' | head -c 200)"
        fi
    done
done

echo
echo "$total files: $reports report, $diagnostics clear diagnostic, $crashes crash, $hangs hang, $unclear unclear"
[ $((crashes + hangs + unclear)) -eq 0 ]
