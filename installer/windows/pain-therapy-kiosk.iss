; Inno Setup 6 (6.3 or later) script: Windows installer for the Pain Therapy Kiosk.
;
; Build on Windows, from the repository root, after `pyinstaller --noconfirm build_spec.spec`:
;   iscc /DAppVersion=1.2.3 installer\windows\pain-therapy-kiosk.iss
; -> dist\installer\pain-therapy-kiosk-setup-1.2.3.exe
; (.github/workflows/windows-installer.yml does this on a Windows runner and tests the result.)
;
; Silent install, as clinic IT deploys it (needs administrator rights):
;   pain-therapy-kiosk-setup-1.2.3.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent uninstall:
;   "C:\Program Files\Pain Therapy Kiosk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; What it does:
;   - the PyInstaller folder dist\pain-therapy-kiosk\ goes to {autopf}\Pain Therapy Kiosk;
;   - docs\kiosk.toml.example becomes %ProgramData%\pain-therapy-kiosk\kiosk.toml, where the app
;     reads its config (kiosk.config.machine_config_path), but only when there is no such file:
;     IT's config survives upgrades;
;   - the scheduled task "Pain Therapy Kiosk" (kiosk-task.xml) starts supervise.cmd, hidden, when
;     any user logs on; supervise.cmd starts the kiosk and starts it again after a crash;
;   - a Start-menu shortcut starts the kiosk by hand.
;
; Uninstall ends a running kiosk, deletes the scheduled task and the program folder. It keeps, on
; purpose, the config (%ProgramData%\pain-therapy-kiosk\kiosk.toml: IT's settings and the admin
; PIN hash, so a reinstall carries on as before) and each user's logs and state
; (%LOCALAPPDATA%\pain-therapy-kiosk\, the uninstaller never touches user profiles). Delete
; those folders by hand to remove every trace.

#define AppName "Pain Therapy Kiosk"
; kiosk.APP_ID: the PyInstaller folder and exe names (build_spec.spec) and the config folder.
#define AppId "pain-therapy-kiosk"
#define AppExeName "pain-therapy-kiosk.exe"
#define TaskName "Pain Therapy Kiosk"
; Written by the installer before it ends the kiosk; supervise.cmd then does not restart it.
#define StopFlag "stopping.flag"
; Replaced by the install folder when the task is registered (see kiosk-task.xml).
#define InstallDirPlaceholder "__INSTALL_DIR__"
; The workflow passes kiosk.__version__; a local build without /DAppVersion is marked as such.
#ifndef AppVersion
  #define AppVersion "0.0.0-dev"
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
; The PySide6 wheels the bundle is built from are 64-bit; {autopf} is then C:\Program Files.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809: the first with `conhost --headless`, which keeps the supervisor hidden.
MinVersion=10.0.17763
; Paths below are relative to the repository root; the installer lands in dist\installer.
SourceDir=..\..
OutputDir=dist\installer
OutputBaseFilename={#AppId}-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
; The kiosk is stopped by StopKiosk below; Restart Manager would not stop its supervisor.
CloseApplications=no
; A log in %TEMP% for every install (Setup Log yyyy-mm-dd #nnn.txt); /LOG=file names it.
SetupLogging=yes

[Files]
Source: "dist\{#AppId}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "installer\windows\supervise.cmd"; DestDir: "{app}"; Flags: ignoreversion
Source: "installer\windows\kiosk-task.xml"; DestDir: "{app}"; Flags: ignoreversion
; Every setting with its default and meaning, for reference next to the program.
Source: "docs\kiosk.toml.example"; DestDir: "{app}"; Flags: ignoreversion
; The config the app reads. Never overwritten (upgrades keep IT's settings), never uninstalled.
Source: "docs\kiosk.toml.example"; DestDir: "{commonappdata}\{#AppId}"; DestName: "kiosk.toml"; Flags: onlyifdoesntexist uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"

[Run]
; The task starts supervise.cmd at every logon from now on (the kiosk is not started now: it
; belongs to the kiosk user's session, not to the installing admin's). -Force replaces the task
; of an earlier version.
Filename: "{sys}\WindowsPowerShell\v1.0\powershell.exe"; Parameters: "-NoProfile -NonInteractive -ExecutionPolicy Bypass -Command ""$ErrorActionPreference = 'Stop'; $xml = (Get-Content -Raw -LiteralPath '{app}\kiosk-task.xml').Replace('{#InstallDirPlaceholder}', '{app}'); Register-ScheduledTask -TaskName '{#TaskName}' -Xml $xml -Force | Out-Null"""; StatusMsg: "Creating the scheduled task ""{#TaskName}""..."; Flags: runhidden

[UninstallRun]
; Runs after StopKiosk (CurUninstallStepChanged below) has ended the kiosk and its supervisor.
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /TN ""{#TaskName}"" /F"; Flags: runhidden; RunOnceId: "DeleteTask"

[UninstallDelete]
Type: files; Name: "{app}\{#StopFlag}"

[Code]
// Ends a running kiosk, in whatever user's session it runs. The stop flag comes first, so that
// supervise.cmd sees it when the kiosk dies and stops instead of starting the kiosk again.
procedure StopKiosk();
var
  ResultCode: Integer;
begin
  if not FileExists(ExpandConstant('{app}\{#AppExeName}')) then
    Exit;
  SaveStringToFile(ExpandConstant('{app}\{#StopFlag}'), 'The installer is stopping the kiosk.', False);
  Exec(ExpandConstant('{sys}\taskkill.exe'), '/IM {#AppExeName} /F', '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  // Give Windows a moment to release the files of the ended process.
  Sleep(1500);
end;

// Upgrade: the files of a running kiosk could not be replaced.
function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  StopKiosk();
  Result := '';
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    DeleteFile(ExpandConstant('{app}\{#StopFlag}'));
end;

// Uninstall: the same, before [UninstallRun] deletes the task and the files are removed.
// taskkill /IM {#AppExeName} /F is the command StopKiosk runs.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    StopKiosk();
end;
