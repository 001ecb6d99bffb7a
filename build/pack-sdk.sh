#!/usr/bin/env bash
# Packs the SDK a work line outside this solution builds against: the kernel and the modules'
# Contracts (their integration events; the scorecard's KPI facts and programme catalogue), version
# 1.0.0, into artifacts/sdk/. The packages name their own NuGet dependencies (EF Core,
# FluentValidation, Autofac, MiniExcel, and the kernel for a Contracts package) at the versions in
# Directory.Packages.props.
set -euo pipefail
cd "$(dirname "$0")/.."

out="$(pwd)/artifacts/sdk"
rm -rf "$out"
mkdir -p "$out"

projects=(
  src/Kernel/Federation.Kernel
  src/Modules/Investment/Federation.Investment.Contracts
  src/Modules/Talent/Federation.Talent.Contracts
  src/Modules/Enterprises/Federation.Enterprises.Contracts
  src/Modules/Trade/Federation.Trade.Contracts
  src/Modules/Scorecard/Federation.Scorecard.Contracts
)
for project in "${projects[@]}"; do
  dotnet pack "$project" -c Release -o "$out" -nologo -clp:ErrorsOnly -v:quiet
done

# NuGet caches a package by id and version for good: a repacked 1.0.0 would never reach a sample
# restored before. Drop only our own packages from the cache, so the next restore takes these.
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
for package in "$out"/*.nupkg; do
  id="$(basename "$package" .1.0.0.nupkg)"
  rm -rf "$cache/${id,,}/1.0.0"
done

ls -1 "$out"
