#!/usr/bin/env bash
# The GitHub Action's install step (action.yml): puts a `clearance` binary on the job's PATH.
#
#   CLEARANCE_VERSION=0.1.0|latest|source   which release archive to install, or `source` to build
#   CLEARANCE_DOWNLOAD=URL                  where releases are (default the project's GitHub releases;
#                                           a file:// URL works, which is how Scripts/test-action.sh runs it)
#   CLEARANCE_SOURCE=DIR                    the package to build for `source` (the action's own checkout)
#   CLEARANCE_INSTALL=DIR                   where the binary goes (default $RUNNER_TEMP/clearance)
#
# A release archive is verified against its .sha256 before it is unpacked; a mismatch fails the step.
# Writes `path=DIR` and `version=V` to $GITHUB_OUTPUT and DIR to $GITHUB_PATH when they are set.
set -euo pipefail

repository=https://github.com/clearance-tool/clearance
version=${CLEARANCE_VERSION:-latest}
download=${CLEARANCE_DOWNLOAD:-$repository/releases/download}
install_dir=${CLEARANCE_INSTALL:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/clearance}
mkdir -p "$install_dir"

if [ "$version" = source ]; then
    source_dir=${CLEARANCE_SOURCE:?CLEARANCE_SOURCE names the package to build}
    if ! pkg-config --exists yaml-0.1 2>/dev/null; then
        echo "Installing libyaml-dev (Clearance reads YAML with libyaml)"
        sudo=""
        [ "$(id -u)" = 0 ] || sudo=sudo
        $sudo apt-get update -qq && $sudo apt-get install -y -qq libyaml-dev pkg-config
    fi
    swift build -c release --product clearance --package-path "$source_dir"
    bin=$(swift build -c release --product clearance --package-path "$source_dir" --show-bin-path)
    cp "$bin/clearance" "$install_dir/clearance"
else
    case "$(uname -s)" in
        Linux) os=linux ;;
        *)
            echo "::error::Release archives are built for Linux; on $(uname -s) use 'version: source'" >&2
            exit 1
            ;;
    esac
    arch=$(uname -m)
    case "$arch" in
        x86_64 | amd64) arch=x86_64 ;;
        aarch64 | arm64) arch=aarch64 ;;
    esac
    if [ "$version" = latest ]; then
        # /releases/latest redirects to /releases/tag/vX.Y.Z; no token needed.
        tag_url=$(curl -fsSL -o /dev/null -w '%{url_effective}' "$repository/releases/latest")
        version=${tag_url##*/v}
    fi
    version=${version#v}
    archive="clearance-$version-$os-$arch.tar.gz"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    echo "Downloading $download/v$version/$archive"
    curl -fsSL --retry 3 -o "$work/$archive" "$download/v$version/$archive"
    curl -fsSL --retry 3 -o "$work/$archive.sha256" "$download/v$version/$archive.sha256"
    (cd "$work" && sha256sum --check --strict "$archive.sha256")
    tar -xzf "$work/$archive" -C "$work"
    cp "$work/clearance-$version-$os-$arch/clearance" "$install_dir/clearance"
fi
chmod +x "$install_dir/clearance"
installed=$("$install_dir/clearance" --version)
echo "Installed clearance $installed in $install_dir"
if [ -n "${GITHUB_PATH:-}" ]; then echo "$install_dir" >>"$GITHUB_PATH"; fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
    echo "path=$install_dir" >>"$GITHUB_OUTPUT"
    echo "version=$installed" >>"$GITHUB_OUTPUT"
fi
