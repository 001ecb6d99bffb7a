#!/usr/bin/env bash
# The ledger import benchmark: builds the host and the benchmark in Release once, then imports
# generated 10,000- and 100,000-row project ledgers into a freshly started host and prints a
# Markdown table with the machine it ran on. Extra arguments go to the benchmark
# (--sizes 10000,100000  --minutes 20  --host path/to/Federation.Host.dll).
set -euo pipefail
cd "$(dirname "$0")/.."

# The benchmark project references the host without loading it, so this one build covers both.
dotnet build tests/Federation.Benchmarks/Federation.Benchmarks.csproj -c Release -nologo -clp:ErrorsOnly
exec dotnet run -c Release --no-build --project tests/Federation.Benchmarks -- import "$@"
