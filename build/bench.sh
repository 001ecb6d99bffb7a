#!/usr/bin/env bash
# The benchmarks, by one command: builds the host and the benchmark program in Release once, then
# runs comparisons 1-5 of the product against a bare baseline (reads, writes, propagation,
# scorecard, startup) and prints a Markdown table for each with the machine and its load.
#
#   build/bench.sh                          all five comparisons, 15 s of load each
#   build/bench.sh reads --seconds 30       one comparison, longer runs (--rate 25 sets propagation's writes/s)
#   build/bench.sh soak --minutes 30        the long soak: mixed reads and writes, fails on any error or drift
#   build/bench.sh import --sizes 100000    the ledger import benchmark (comparison 6, also build/bench-import.sh)
#
# Load comes from Debian's wrk on 127.0.0.1 only; it is installed here when missing (apt, as root).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null \
    || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null; }
fi

# The benchmark project references the host without loading it, so this one build covers both.
dotnet build tests/Federation.Benchmarks/Federation.Benchmarks.csproj -c Release -nologo -clp:ErrorsOnly
echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
command="${1:-all}"
[ $# -gt 0 ] && shift
exec dotnet run -c Release --no-build --project tests/Federation.Benchmarks -- "$command" "$@"
