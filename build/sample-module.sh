#!/usr/bin/env bash
# Builds the sample work line (侨益维权) the way an integrator outside this solution would: packs
# the SDK, then publishes the sample against the packages alone, into the folder layout the host's
# drop-in loader reads: artifacts/modules/<Assembly>/<Assembly>.dll. Copy that folder into the
# host's modules/ folder (Modules:Folder) and restart the host.
set -euo pipefail
cd "$(dirname "$0")/.."

build/pack-sdk.sh

name=Federation.RightsProtection
out="$(pwd)/artifacts/modules/$name"
rm -rf "$out"
dotnet publish "samples/RightsProtection/$name" -c Release -o "$out" -nologo -clp:ErrorsOnly -v:quiet

echo "published $out:"
(cd "$out" && find . -type f | sort)
