#!/usr/bin/env bash
# Refreshes the front-end libraries in src/Federation.Host/wwwroot/lib from the npm registry.
# The copies are committed: government networks have no internet, and `dotnet run` must work
# with only the .NET SDK, so nothing is fetched at build or run time. See docs/adr/0007.
set -euo pipefail
cd "$(dirname "$0")/../src/Federation.Host"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp package.json "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts >/dev/null)
lib=wwwroot/lib
rm -rf "$lib"
mkdir -p "$lib/bootstrap" "$lib/tom-select" "$lib/echarts"
cp "$work/node_modules/bootstrap/dist/css/bootstrap.min.css" "$lib/bootstrap/"
cp "$work/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js" "$lib/bootstrap/"
cp "$work/node_modules/bootstrap/LICENSE" "$lib/bootstrap/LICENSE"
cp "$work/node_modules/tom-select/dist/css/tom-select.bootstrap5.min.css" "$lib/tom-select/"
cp "$work/node_modules/tom-select/dist/js/tom-select.complete.min.js" "$lib/tom-select/"
cp "$work/node_modules/tom-select/LICENSE" "$lib/tom-select/LICENSE"
cp "$work/node_modules/echarts/dist/echarts.min.js" "$lib/echarts/"
cp "$work/node_modules/echarts/LICENSE" "$lib/echarts/LICENSE"
(cd "$work" && npm ls --depth=0) > "$lib/VERSIONS.txt"
echo "vendored into $lib:"; find "$lib" -type f | sort
