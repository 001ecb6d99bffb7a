#!/usr/bin/env bash
# The long crash-cycle run: a mixed write load across every work line while the host is SIGKILLed
# again and again, every module's rows and every scorecard figure checked after each restart
# (docs/reliability/crash-cycles.md). CI runs the same test with 4 cycles.
#   build/crash-cycles.sh [cycles] [minutes]     defaults: 50 cycles, at most 15 minutes
# FEDERATION_CRASH_SEED=<n> repeats a run's random choices; FEDERATION_CRASH_CLIENTS=<n> (default 4).
set -euo pipefail
cd "$(dirname "$0")/.."

export FEDERATION_CRASH_CYCLES="${1:-${FEDERATION_CRASH_CYCLES:-50}}"
export FEDERATION_CRASH_MINUTES="${2:-${FEDERATION_CRASH_MINUTES:-15}}"

# The test project references the host, so this one build covers both.
dotnet build tests/Federation.CrashTests -c Release -nologo -clp:ErrorsOnly
exec dotnet test tests/Federation.CrashTests -c Release --no-build \
  --filter "FullyQualifiedName~Federation.CrashTests.CrashCycleTests" \
  --logger "console;verbosity=detailed"
