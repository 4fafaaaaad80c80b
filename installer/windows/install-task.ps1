# Run once by the installer (pain-therapy-kiosk.iss, PrepareToInstall), as administrator, before
# any file is copied: makes the local group whose members get the kiosk at logon, and registers the
# logon task for that group. Every step is checked; any failure exits 1 with the reason in the log,
# and the installer then stops with a message (exit code 7) instead of reporting success.
param(
    [Parameter(Mandatory = $true)][string]$InstallDir,
    [Parameter(Mandatory = $true)][string]$TaskXml,
    [Parameter(Mandatory = $true)][string]$TaskName,
    [Parameter(Mandatory = $true)][string]$GroupName,
    [Parameter(Mandatory = $true)][string]$Log
)
$ErrorActionPreference = 'Stop'

function Note([string]$Message) {
    Add-Content -LiteralPath $Log -Value ('{0:yyyy-MM-dd HH:mm:ss} {1}' -f (Get-Date), $Message)
}

try {
    $configDir = Split-Path -Parent $Log
    New-Item -ItemType Directory -Force -Path $configDir | Out-Null
    $group = Get-LocalGroup -Name $GroupName -ErrorAction SilentlyContinue
    if (-not $group) {
        $group = New-LocalGroup -Name $GroupName -Description 'Members get the Pain Therapy Kiosk full screen when they log on.'
        Note "created the local group '$GroupName'"
    }
    $sid = $group.SID.Value
    # ProgramData lets every user create files in a new folder of its own: here, any user could
    # plant an admin-pin (or a kiosk.toml) before IT does. Only Administrators and SYSTEM may write
    # here, users may read; the kiosk's group may write its metrics file in metrics\ only.
    & icacls.exe $configDir /inheritance:r /grant:r '*S-1-5-32-544:(OI)(CI)F' '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-545:(OI)(CI)RX' | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "icacls could not restrict who writes in $configDir (exit code $LASTEXITCODE)" }
    $metricsDir = Join-Path $configDir 'metrics'
    New-Item -ItemType Directory -Force -Path $metricsDir | Out-Null
    & icacls.exe $metricsDir /grant "*$($sid):(OI)(CI)M" | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "icacls could not let the group '$GroupName' write in $metricsDir (exit code $LASTEXITCODE)" }
    Note "only Administrators and SYSTEM may write in $configDir; the group '$GroupName' may write in $metricsDir"
    $xml = (Get-Content -Raw -LiteralPath $TaskXml).Replace('__INSTALL_DIR__', $InstallDir).Replace('__GROUP_SID__', $sid)
    Register-ScheduledTask -TaskName $TaskName -Xml $xml -Force | Out-Null
    $task = Get-ScheduledTask -TaskName $TaskName
    if ($task.Principal.GroupId -notin @($sid, $GroupName, "$env:COMPUTERNAME\$GroupName")) {
        throw "the task runs for '$($task.Principal.GroupId)', not for the group '$GroupName' ($sid)"
    }
    Note "registered the task '$TaskName' for the group '$GroupName' ($sid), running $InstallDir"
    exit 0
}
catch {
    Note "FAILED: $_"
    exit 1
}
