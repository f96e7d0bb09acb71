#!/usr/bin/env bash
# Builds the release archive: a stripped `clearance` that needs neither a Swift toolchain nor libyaml, with
# LICENSE and README.md, as OUTDIR/clearance-<version>-<os>-<arch>.tar.gz and its .sha256.
#
#   Scripts/release.sh OUTDIR
#
# Linux: the Swift runtime and Foundation are linked statically (--static-swift-stdlib) and so is libyaml
# (libyaml-dev's libyaml.a); the binary needs only glibc, libstdc++ and libgcc_s, which every glibc
# distribution has. libyaml is made static for this build only: a yaml-0.1.pc of our own, put first on
# PKG_CONFIG_PATH, points the linker at a directory that holds libyaml.a and no libyaml.so, so the `-lyaml`
# the CLibYAML module asks for resolves to the archive. `swift build` and `swift test` are unchanged.
#
# macOS: the Swift runtime is part of the OS; libyaml is made static the same way from Homebrew's
# libyaml.a (`brew install libyaml pkg-config`). The archive is named clearance-<version>-macos-<arch>.
#
# The build uses its own scratch path ($CLEARANCE_SCRATCH, default .build-release) so that it never
# disturbs the debug build. The archive is reproducible: sorted entries, fixed owner and mtime (the last
# commit's time, or $SOURCE_DATE_EPOCH), gzip without a timestamp.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: Scripts/release.sh OUTDIR" >&2
    exit 64
fi
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
outdir=$(cd "$1" && pwd)
cd "$root"

version=$(sed -n 's/.*static let string = "\([^"]*\)".*/\1/p' Sources/ClearanceKit/Version.swift)
if [ -z "$version" ]; then
    echo "error: no version in Sources/ClearanceKit/Version.swift" >&2
    exit 2
fi
arch=$(uname -m)
case "$(uname -s)" in
    Linux)
        os=linux
        case "$arch" in amd64) arch=x86_64 ;; arm64) arch=aarch64 ;; esac
        ;;
    Darwin)
        os=macos
        case "$arch" in aarch64) arch=arm64 ;; esac
        ;;
    *)
        echo "error: release archives are built on Linux or macOS, not $(uname -s)" >&2
        exit 2
        ;;
esac
scratch=${CLEARANCE_SCRATCH:-.build-release}
name="clearance-$version-$os-$arch"

# A pkg-config file for libyaml whose only library directory holds libyaml.a.
libdir=$(pkg-config --variable=libdir yaml-0.1)
if [ ! -f "$libdir/libyaml.a" ]; then
    echo "error: $libdir/libyaml.a not found; install libyaml-dev (Debian, Ubuntu) or libyaml (Homebrew)" >&2
    exit 2
fi
# It lives in the scratch path, at the same place every time, so that a second run builds incrementally.
static=$(mkdir -p "$scratch/static-libyaml" && cd "$scratch/static-libyaml" && pwd)
mkdir -p "$static/lib" "$static/pkgconfig"
ln -sf "$libdir/libyaml.a" "$static/lib/libyaml.a"
cat >"$static/pkgconfig/yaml-0.1.pc" <<EOF
Name: LibYAML
Description: libyaml, linked statically for a release build
Version: $(pkg-config --modversion yaml-0.1)
Cflags: $(pkg-config --cflags yaml-0.1)
Libs: -L$static/lib -lyaml
EOF
work=$(mktemp -d "${TMPDIR:-/tmp}/clearance-release.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/$name"

flags=(-c release --product clearance --scratch-path "$scratch")
if [ "$os" = linux ]; then flags+=(--static-swift-stdlib); fi
echo "Building clearance $version for $os-$arch (swift build ${flags[*]})" >&2
PKG_CONFIG_PATH="$static/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" swift build "${flags[@]}"
bin=$(swift build "${flags[@]}" --show-bin-path)

cp "$bin/clearance" "$work/$name/clearance"
strip "$work/$name/clearance"
cp LICENSE README.md "$work/$name/"

# The binary must not need what a user without Swift lacks.
if [ "$os" = linux ]; then
    if ldd "$work/$name/clearance" | grep -E 'libswift|libyaml|libFoundation|libdispatch|libBlocksRuntime|not found'; then
        echo "error: the binary still needs the libraries above" >&2
        exit 1
    fi
else
    if otool -L "$work/$name/clearance" | grep -E 'libyaml|/opt/homebrew|/usr/local'; then
        echo "error: the binary still needs the libraries above" >&2
        exit 1
    fi
fi
"$work/$name/clearance" --version >/dev/null

epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
archive="$name.tar.gz"
if tar --version 2>/dev/null | grep -q GNU; then
    tar -C "$work" --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -cf - "$name" \
        | gzip -n -9 >"$outdir/$archive"
else
    # bsdtar (macOS): no --sort; the directory holds three files.
    tar -C "$work" --uid 0 --gid 0 -cf - "$name" | gzip -n -9 >"$outdir/$archive"
fi
(
    cd "$outdir"
    if command -v sha256sum >/dev/null; then sha256sum "$archive"; else shasum -a 256 "$archive"; fi
) >"$outdir/$archive.sha256"

size=$(wc -c <"$work/$name/clearance" | tr -d ' ')
echo "$outdir/$archive ($(wc -c <"$outdir/$archive" | tr -d ' ') bytes; binary $size bytes)"
echo "$outdir/$archive.sha256"
