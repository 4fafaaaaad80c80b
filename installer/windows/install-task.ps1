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
    New-Item -ItemType Directory -Force -Path (Split-Path -Parent $Log) | Out-Null
    $group = Get-LocalGroup -Name $GroupName -ErrorAction SilentlyContinue
    if (-not $group) {
        $group = New-LocalGroup -Name $GroupName -Description 'Members get the Pain Therapy Kiosk full screen when they log on.'
        Note "created the local group '$GroupName'"
    }
    $sid = $group.SID.Value
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
