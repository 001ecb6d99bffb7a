#!/usr/bin/env bash
# Lints the API description with Redocly CLI's recommended rules (redocly.yaml), so the document
# integrators generate clients from stays complete: ids, summaries, 4xx answers, tag descriptions,
# unambiguous paths. The document is the one the real host served to
# ApiDescriptionTests (artifacts/openapi/v1.json, with the sample work line dropped in); without
# it, that one test is run first. The linter is pinned by build/openapi-lint/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

document=artifacts/openapi/v1.json
if [ ! -f "$document" ]; then
  [ -f artifacts/modules/Federation.RightsProtection/Federation.RightsProtection.dll ] || build/sample-module.sh >/dev/null
  dotnet test tests/Federation.IntegrationTests -c Release --nologo -v q \
    --filter "FullyQualifiedName~ApiDescriptionTests.Every_operation" >/dev/null
fi

tools=build/openapi-lint
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  (cd "$tools" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
# The linter would otherwise report usage and look for a newer version over the network.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
"$tools/node_modules/.bin/redocly" lint "$document" --config redocly.yaml --format stylish
