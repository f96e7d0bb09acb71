#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): runs `clearance check` with the action's inputs.
#
#   CLEARANCE_PATHS      manifests, cards, SBOMs or directories, separated by spaces or new lines
#                        (empty: ./clearance.yaml)
#   CLEARANCE_POLICY     --policy FILE (empty: the embedded default policy)
#   CLEARANCE_FORMAT     the format of the gating run's output in the job log (default github: annotations)
#   CLEARANCE_FAIL_ON    --fail-on fail|review (default fail)
#   CLEARANCE_BASELINE   --baseline FILE (empty: none)
#   CLEARANCE_ARGS       more arguments for `clearance check`, separated by spaces (e.g. --set commercial=true)
#   CLEARANCE_SUMMARY    true: append the Markdown report to $GITHUB_STEP_SUMMARY (default true)
#   CLEARANCE_SARIF      a file to write the SARIF report to (empty: none); named in $GITHUB_OUTPUT as sarif-file
#
# The summary and the SARIF file are written first, so that they exist when the gate fails; the last run
# gates, and the step exits with its code: 0 pass, 1 fail (or review with fail-on: review), 2 invalid input.
set -uo pipefail

clearance=${CLEARANCE_BINARY:-clearance}
args=()
# Word splitting on purpose: inputs are lists separated by white space.
# shellcheck disable=SC2206
paths=(${CLEARANCE_PATHS:-})
[ -n "${CLEARANCE_POLICY:-}" ] && args+=(--policy "$CLEARANCE_POLICY")
[ -n "${CLEARANCE_BASELINE:-}" ] && args+=(--baseline "$CLEARANCE_BASELINE")
args+=(--fail-on "${CLEARANCE_FAIL_ON:-fail}")
# shellcheck disable=SC2206
extra=(${CLEARANCE_ARGS:-})
args+=(${extra[@]+"${extra[@]}"})

run() {
    "$clearance" check ${paths[@]+"${paths[@]}"} "${args[@]}" "$@"
}

if [ "${CLEARANCE_SUMMARY:-true}" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    run --format markdown >>"$GITHUB_STEP_SUMMARY"
    code=$?
    # 0 and 1 are verdicts; anything else is an input or usage error, already printed on stderr.
    if [ "$code" -gt 1 ]; then exit "$code"; fi
fi

if [ -n "${CLEARANCE_SARIF:-}" ]; then
    run --format sarif --output "$CLEARANCE_SARIF"
    code=$?
    if [ "$code" -gt 1 ]; then exit "$code"; fi
    if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "sarif-file=$CLEARANCE_SARIF" >>"$GITHUB_OUTPUT"; fi
fi

run --format "${CLEARANCE_FORMAT:-github}"
code=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "exit-code=$code" >>"$GITHUB_OUTPUT"; fi
exit "$code"
