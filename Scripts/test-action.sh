#!/usr/bin/env bash
# Runs the GitHub Action's two steps (Scripts/action/install.sh, Scripts/action/check.sh) as the runner would,
# with fake $GITHUB_PATH, $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY files, against a release archive served
# from a file:// URL, in a directory with nothing but the archive's binary on PATH.
#
#   Scripts/test-action.sh [OUTDIR]      OUTDIR holds what Scripts/release.sh wrote (default out/)
#
# Prints each check and exits 1 on the first one that fails.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
outdir=$(cd "${1:-$root/out}" && pwd)
version=$(sed -n 's/.*static let string = "\([^"]*\)".*/\1/p' "$root/Sources/ClearanceKit/Version.swift")
archive=$(cd "$outdir" && ls "clearance-$version-linux-"*.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$archive" ]; then
    echo "no clearance-$version-linux-*.tar.gz in $outdir; run Scripts/release.sh $outdir first" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/clearance-action.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# The release layout: <download-url>/v<version>/<archive> and its .sha256.
mkdir -p "$tmp/releases/v$version"
cp "$outdir/$archive" "$outdir/$archive.sha256" "$tmp/releases/v$version/"

pass() { echo "ok: $*"; }
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
runner() {
    : >"$tmp/path" >"$tmp/output" >"$tmp/summary"
    env -i PATH=/usr/bin:/bin HOME="$tmp" RUNNER_TEMP="$tmp/runner" \
        GITHUB_PATH="$tmp/path" GITHUB_OUTPUT="$tmp/output" GITHUB_STEP_SUMMARY="$tmp/summary" "$@"
}

# install: downloads, verifies the checksum, unpacks, puts the directory on GITHUB_PATH.
runner CLEARANCE_VERSION="$version" CLEARANCE_DOWNLOAD="file://$tmp/releases" "$root/Scripts/action/install.sh" \
    >"$tmp/log" 2>&1 || fail "install: $(cat "$tmp/log")"
grep -qx "$tmp/runner/clearance" "$tmp/path" || fail "install: GITHUB_PATH has $(cat "$tmp/path")"
grep -qx "version=$version" "$tmp/output" || fail "install: GITHUB_OUTPUT has $(cat "$tmp/output")"
pass "install $archive from a file:// release, checksum verified, $(cat "$tmp/path") on PATH"
bindir=$(cat "$tmp/path")
bin="$bindir/clearance"

# install refuses an archive whose checksum does not match.
cp -r "$tmp/releases" "$tmp/tampered"
printf 'x' >>"$tmp/tampered/v$version/$archive"
if runner CLEARANCE_VERSION="$version" CLEARANCE_DOWNLOAD="file://$tmp/tampered" \
    CLEARANCE_INSTALL="$tmp/tampered-install" "$root/Scripts/action/install.sh" >"$tmp/log" 2>&1; then
    fail "install accepted a tampered archive"
fi
grep -q "FAILED" "$tmp/log" || fail "install: no checksum failure in $(cat "$tmp/log")"
[ ! -e "$tmp/tampered-install/clearance" ] || fail "install left a binary from a tampered archive"
pass "install refuses an archive whose .sha256 does not match"

# check: the example project fails (a non-commercial license in commercial use).
cd "$root"
set +e
runner PATH="$bindir:/usr/bin:/bin" CLEARANCE_PATHS="Examples/clearance.yaml" CLEARANCE_SARIF="$tmp/clearance.sarif" \
    "$root/Scripts/action/check.sh" >"$tmp/log" 2>&1
code=$?
set -e
[ "$code" = 1 ] || fail "check: exit $code, expected 1: $(cat "$tmp/log")"
grep -q '^::error file=Examples/clearance.yaml' "$tmp/log" || fail "check: no annotation in $(cat "$tmp/log")"
head -n 1 "$tmp/summary" | grep -qx '## Clearance: ❌ fail' || fail "check: summary starts $(head -n 1 "$tmp/summary")"
grep -qx "exit-code=1" "$tmp/output" || fail "check: GITHUB_OUTPUT has $(cat "$tmp/output")"
grep -qx "sarif-file=$tmp/clearance.sarif" "$tmp/output" || fail "check: no sarif-file output"
grep -q '"version" : "2.1.0"' "$tmp/clearance.sarif" || fail "check: $tmp/clearance.sarif is not SARIF 2.1.0"
pass "check Examples/clearance.yaml: exit 1, annotations, Markdown summary, SARIF file"

# check: a missing manifest is invalid input (exit 2), and nothing is appended to the summary.
set +e
runner PATH="$bindir:/usr/bin:/bin" CLEARANCE_PATHS="no-such.yaml" "$root/Scripts/action/check.sh" >"$tmp/log" 2>&1
code=$?
set -e
[ "$code" = 2 ] || fail "check of a missing file: exit $code, expected 2"
[ ! -s "$tmp/summary" ] || fail "check of a missing file wrote a summary"
grep -q "no-such.yaml: error:" "$tmp/log" || fail "check of a missing file: $(cat "$tmp/log")"
pass "check of a missing file: exit 2, $(head -n 1 "$tmp/log")"

"$bin" --version >/dev/null
echo "all action checks passed with $bin ($("$bin" --version))"
