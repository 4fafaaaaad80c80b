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
;   - the local group "Pain Therapy Kiosk" is made, and the scheduled task "Pain Therapy Kiosk"
;     (kiosk-task.xml) starts the supervisor (pain-therapy-kiosk-supervisor.exe, no console
;     window) when a member of that group logs on; the supervisor starts the kiosk and starts it
;     again after a crash or a hang. Both are done by install-task.ps1 before any file is copied;
;     if either fails, the install stops with a message (exit code 7) and a log;
;   - after an upgrade the task is started again, so members logged on get the new kiosk;
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
; The local group whose members get the kiosk at logon (IT adds the kiosk account to it).
#define GroupName "Pain Therapy Kiosk"
#define SupervisorExeName "pain-therapy-kiosk-supervisor.exe"
; Written by the installer before it ends the kiosk; the supervisor then stops instead of
; restarting it (kiosk.operations.supervisor.WINDOWS_STOP_FLAG).
#define StopFlag "stopping.flag"
; What install-task.ps1 did, kept for IT.
#define TaskLog "{commonappdata}\pain-therapy-kiosk\install-task.log"
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
; Windows 10 1809 or later (Get-LocalGroup/New-LocalGroup need 1607; older builds are out of support).
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
; The kiosk and its supervisor are stopped by StopKiosk below; Restart Manager would not stop the supervisor first.
CloseApplications=no
; A log in %TEMP% for every install (Setup Log yyyy-mm-dd #nnn.txt); /LOG=file names it.
SetupLogging=yes

[Files]
Source: "dist\{#AppId}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Used once, from a temporary folder, by PrepareToInstall: not installed.
Source: "installer\windows\install-task.ps1"; Flags: dontcopy
Source: "installer\windows\kiosk-task.xml"; Flags: dontcopy
; Every setting with its default and meaning, for reference next to the program.
Source: "docs\kiosk.toml.example"; DestDir: "{app}"; Flags: ignoreversion
; The config the app reads. Never overwritten (upgrades keep IT's settings), never uninstalled.
Source: "docs\kiosk.toml.example"; DestDir: "{commonappdata}\{#AppId}"; DestName: "kiosk.toml"; Flags: onlyifdoesntexist uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"

[UninstallDelete]
Type: files; Name: "{app}\{#StopFlag}"

[Code]
var
  // The stop flag was written by this setup (StopKiosk), so this setup must remove it.
  StopFlagWritten: Boolean;

// Runs a program hidden and waits; '' when it ran and exited 0, else what went wrong (logged).
function RunChecked(const Filename, Params, What: String; const AlsoFine: Integer): String;
var
  ResultCode: Integer;
begin
  Result := '';
  if not Exec(Filename, Params, '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    Result := What + ' could not be started: ' + SysErrorMessage(ResultCode)
  else if (ResultCode <> 0) and (ResultCode <> AlsoFine) then
    Result := What + ' failed with exit code ' + IntToStr(ResultCode);
  if Result <> '' then
    Log(Result)
  else
    Log(What + ': done');
end;

// Ends a running kiosk and its supervisor, in whatever user's session they run. The stop flag
// comes first, so a supervisor that sees its kiosk end stops too instead of restarting it.
// taskkill's exit code 128 means "no such process": nothing to stop.
function StopKiosk(): String;
begin
  Result := '';
  if not FileExists(ExpandConstant('{app}\{#AppExeName}')) then
    Exit;
  if not SaveStringToFile(ExpandConstant('{app}\{#StopFlag}'), 'The installer is stopping the kiosk.', False) then
  begin
    Result := 'Could not write ' + ExpandConstant('{app}\{#StopFlag}');
    Log(Result);
    Exit;
  end;
  StopFlagWritten := True;
  Result := RunChecked(ExpandConstant('{sys}\taskkill.exe'), '/IM {#SupervisorExeName} /F', 'Stopping the supervisor', 128);
  if Result = '' then
    Result := RunChecked(ExpandConstant('{sys}\taskkill.exe'), '/IM {#AppExeName} /F', 'Stopping the kiosk', 128);
  // Give Windows a moment to release the files of the ended processes.
  Sleep(1500);
end;

// The stop flag must never outlive the setup that wrote it: left behind (a failed step, a
// cancelled copy), it would stop the supervisor at every logon and the kiosk would never start.
procedure RemoveStopFlag();
begin
  if not StopFlagWritten then
    Exit;
  if FileExists(ExpandConstant('{app}\{#StopFlag}')) and not DeleteFile(ExpandConstant('{app}\{#StopFlag}')) then
    Log('Could not remove ' + ExpandConstant('{app}\{#StopFlag}'))
  else
    StopFlagWritten := False;
end;

// Before any file is copied: stop a running kiosk (its files could not be replaced), then make
// the group and register the task. A non-empty result stops the install with that message
// (exit code 7 in a silent install) and nothing copied.
function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := StopKiosk();
  if Result = '' then
  begin
    ExtractTemporaryFile('install-task.ps1');
    ExtractTemporaryFile('kiosk-task.xml');
    Result := RunChecked(ExpandConstant('{sys}\WindowsPowerShell\v1.0\powershell.exe'),
      '-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "' + ExpandConstant('{tmp}\install-task.ps1') + '"' +
      ' -InstallDir "' + ExpandConstant('{app}') + '" -TaskXml "' + ExpandConstant('{tmp}\kiosk-task.xml') + '"' +
      ' -TaskName "{#TaskName}" -GroupName "{#GroupName}" -Log "' + ExpandConstant('{#TaskLog}') + '"',
      'Creating the group and the scheduled task "{#TaskName}"', 0);
  end;
  if Result <> '' then
  begin
    // The setup ends here: the kiosk it stopped comes back as it was.
    RemoveStopFlag();
    RunChecked(ExpandConstant('{sys}\schtasks.exe'), '/Run /TN "{#TaskName}"', 'Starting the task "{#TaskName}" again', 0);
    Result := Result + '. Nothing was installed. Details: ' + ExpandConstant('{#TaskLog}') + ' and the setup log.';
  end;
end;

// Always called last, after a success, a failure or a cancel: no stop flag is left behind.
procedure DeinitializeSetup();
begin
  RemoveStopFlag();
end;

// After the files: members of the group who are logged on get the (new) kiosk now, not at their
// next logon. A failure here is logged; the task still starts the kiosk at the next logon.
procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    RemoveStopFlag();
    RunChecked(ExpandConstant('{sys}\schtasks.exe'), '/Run /TN "{#TaskName}"', 'Starting the task "{#TaskName}"', 0);
  end;
end;

// Uninstall: end the kiosk, then delete the task; if either fails, stop with a message rather than
// leave a task that starts a program that is gone. The group stays (IT's members are in it).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Problem: String;
begin
  if CurUninstallStep = usUninstall then
  begin
    Problem := StopKiosk();
    if Problem = '' then
      Problem := RunChecked(ExpandConstant('{sys}\schtasks.exe'), '/Delete /TN "{#TaskName}" /F', 'Deleting the task "{#TaskName}"', 0);
    if Problem <> '' then
    begin
      SuppressibleMsgBox(Problem + '. The uninstall stopped; see the uninstall log.', mbError, MB_OK, IDOK);
      Abort;
    end;
  end;
end;
