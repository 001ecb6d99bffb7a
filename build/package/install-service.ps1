# Installs Federation as a Windows service running from this folder (INSTALL.md). Run it in an
# elevated PowerShell. The service runs as its own virtual account, NT SERVICE\<Name>, which may
# change only the data folder; the host reports to the service manager and logs to the event log.
param(
    [string]$Name = "Federation",
    # Where appsettings.Production.json's Store:SqlitePath puts the database; change both together.
    [string]$DataFolder = "C:\ProgramData\Federation\data"
)
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path

New-Item -ItemType Directory -Force -Path $DataFolder | Out-Null
$keys = Join-Path (Split-Path -Parent $DataFolder) "keys"
New-Item -ItemType Directory -Force -Path $keys | Out-Null

New-Service -Name $Name -BinaryPathName "`"$here\Federation.Host.exe`"" -DisplayName "Federation" `
    -StartupType Automatic -Description "Federation: the federation's double attraction work platform"
sc.exe config $Name obj= "NT SERVICE\$Name" | Out-Null
sc.exe failure $Name reset= 86400 actions= restart/5000/restart/5000/restart/60000 | Out-Null
Set-ItemProperty -Path "HKLM:\SYSTEM\CurrentControlSet\Services\$Name" -Name Environment -Type MultiString -Value @(
    "ASPNETCORE_ENVIRONMENT=Production"
)
foreach ($folder in @($DataFolder, $keys)) { icacls $folder /grant "NT SERVICE\${Name}:(OI)(CI)M" | Out-Null }

Start-Service $Name
Get-Service $Name
