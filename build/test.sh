#!/usr/bin/env bash
# The one test command: restores, builds once, runs every test project, and ends with
# "N passed, N failed". Used by developers and by .ci/run alike.
set -uo pipefail
cd "$(dirname "$0")/.."

results="$(pwd)/artifacts/test-results"
export FEDERATION_ARTIFACTS="$(pwd)/artifacts"
rm -rf "$results" "$FEDERATION_ARTIFACTS/screenshots" "$FEDERATION_ARTIFACTS/openapi"
mkdir -p "$results"

# The browser tests drive Debian's Chromium (a test tool's own browser download cannot work
# here) and need a CJK font, or Chinese renders as boxes in the screenshots.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
  else
    echo "chromium and fonts-wqy-zenhei are needed for the browser tests: run as root or install them" >&2
  fi
fi

# PostgreSQL and RabbitMQ for the tests that run on them (the second integration pass, the
# multi-host test, the copy and pg_dump tests); stopped again, by pid, however the run ends.
if [ "$(id -u)" -eq 0 ]; then
  build/services.sh start --fast
  trap 'build/services.sh stop' EXIT
  # A broker virtual host emptied for each run: test hosts leave their prefixed exchanges behind.
  rabbitmqctl -q delete_vhost federation-tests >/dev/null 2>&1 || true
  rabbitmqctl -q add_vhost federation-tests
  rabbitmqctl -q set_permissions -p federation-tests guest ".*" ".*" ".*"
else
  echo "build/services.sh needs root: the PostgreSQL and RabbitMQ tests will fail unless they are running" >&2
fi

dotnet tool restore >/dev/null
if ! dotnet build Federation.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
# The service unit shipped in the linux packages (build/publish.sh), as systemd reads it.
if command -v systemd-analyze >/dev/null 2>&1; then
  unit_dir=$(mktemp -d)
  sed "s|@EXEC_START@|$(command -v dotnet) /opt/federation/Federation.Host.dll|" build/package/federation.service > "$unit_dir/federation.service"
  if ! systemd-analyze verify "$unit_dir/federation.service"; then
    echo "systemd-analyze verify failed on build/package/federation.service" >&2
    status=1
  fi
  rm -rf "$unit_dir"
else
  echo "systemd-analyze is not installed: the service unit was not verified" >&2
fi
# The drop-in tests run the host with the sample work line published as an integrator would.
if ! build/sample-module.sh >/dev/null; then
  echo "build/sample-module.sh failed: the drop-in module tests will fail" >&2
  status=1
fi

for project in tests/*/*.csproj; do
  # Only projects on the test SDK hold tests; tests/Federation.Benchmarks is a console program.
  grep -q 'Microsoft.NET.Test.Sdk' "$project" || continue
  name=$(basename "$project" .csproj)
  echo "── $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

# The API description the first integration pass wrote (ApiDescriptionTests), linted with Redocly's
# recommended rules; the lint counts as one test in the closing line.
lint_passed=0
lint_failed=0
echo "── OpenAPI lint"
if [ -f artifacts/openapi/v1.json ] && build/openapi-lint.sh; then
  lint_passed=1
else
  echo "build/openapi-lint.sh failed (or ApiDescriptionTests wrote no artifacts/openapi/v1.json)" >&2
  lint_failed=1
  status=1
fi

# The second pass: the whole integration suite again, each test host on a PostgreSQL database and
# a RabbitMQ prefix of its own. Left out only what cannot run there: the tests already written
# against PostgreSQL (Category=Postgres, run in the first pass) and those that read or change the
# SQLite file itself (Category=Sqlite: its backup, its outbox rows, its fingerprint, the sample
# module's SQLite-only migrations). A pass that ran no test fails.
echo "── Federation.IntegrationTests on PostgreSQL + RabbitMQ"
FEDERATION_TEST_STORE=postgres dotnet test tests/Federation.IntegrationTests/Federation.IntegrationTests.csproj -c Release --no-build --nologo \
  --filter "Category!=Postgres&Category!=Sqlite" \
  --logger "trx;LogFileName=Federation.IntegrationTests.Postgres.trx" --results-directory "$results" || status=1
postgres_total=$(grep -o '<Counters [^>]*>' "$results/Federation.IntegrationTests.Postgres.trx" 2>/dev/null | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
if [ "${postgres_total:-0}" -eq 0 ]; then
  echo "the PostgreSQL + RabbitMQ pass ran no test" >&2
  status=1
fi

# VSTest's own summary is per project; CI reads one closing line over all of them.
passed=$lint_passed
failed=$lint_failed
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit $status
