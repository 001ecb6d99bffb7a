#!/usr/bin/env bash
# Release packages for an IT officer: linux-x64 and win-x64, each framework-dependent (needs the
# ASP.NET Core 10 runtime on the server) and self-contained (needs nothing), all ReadyToRun. Each
# holds the host, appsettings.Production.json to edit, INSTALL.md, the systemd unit or the Windows
# service script, and an empty modules/ folder for drop-in work lines (one sub-folder per module).
#   build/publish.sh                 every package, in artifacts/packages/
#   build/publish.sh linux-x64       one runtime's two packages
# Archives: federation-<version>-<rid>[-self-contained].tar.gz (linux) or .zip (windows).
set -euo pipefail
cd "$(dirname "$0")/.."

rids=("${@:-linux-x64}")
[ $# -eq 0 ] && rids=(linux-x64 win-x64)
version=$(git describe --tags --always 2>/dev/null || echo dev)
out="$(pwd)/artifacts/packages"
mkdir -p "$out"

for rid in "${rids[@]}"; do
  for kind in framework-dependent self-contained; do
    name="federation-$version-$rid$([ "$kind" = self-contained ] && echo -self-contained || true)"
    folder="$out/$name"
    rm -rf "$folder"
    self=$([ "$kind" = self-contained ] && echo true || echo false)
    echo "── $name"
    dotnet publish src/Federation.Host/Federation.Host.csproj -c Release -r "$rid" --self-contained "$self" \
      -p:PublishReadyToRun=true -o "$folder" -nologo -clp:ErrorsOnly -v:quiet
    cp build/package/INSTALL.md "$folder/"
    # The data folder where the service is set up to keep it, so the service and the operator's
    # restore and migrate commands find the same database.
    data=$([[ "$rid" == linux-* ]] && echo '/var/lib/federation/data/federation.db' || echo 'C:\\\\ProgramData\\\\Federation\\\\data\\\\federation.db')
    sed "s|\"SqlitePath\": \"data/federation.db\"|\"SqlitePath\": \"$data\"|" build/package/appsettings.Production.json > "$folder/appsettings.Production.json"
    mkdir -p "$folder/modules"
    if [[ "$rid" == linux-* ]]; then
      exec_start=$([ "$kind" = self-contained ] && echo /opt/federation/Federation.Host || echo "/usr/bin/dotnet /opt/federation/Federation.Host.dll")
      sed "s|@EXEC_START@|$exec_start|" build/package/federation.service > "$folder/federation.service"
      tar -C "$out" -czf "$out/$name.tar.gz" "$name"
    else
      cp build/package/install-service.ps1 "$folder/"
      (cd "$out" && rm -f "$name.zip" && python3 -c "import shutil,sys; shutil.make_archive(sys.argv[1], 'zip', '.', sys.argv[1])" "$name")
    fi
    echo "   $(du -sh "$folder" | cut -f1) in $folder"
  done
done
ls -la "$out"/*.tar.gz "$out"/*.zip 2>/dev/null || true
