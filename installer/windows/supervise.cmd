@echo off
rem Keeps the Pain Therapy Kiosk on screen. The scheduled task "Pain Therapy Kiosk" runs this file,
rem hidden, when a user logs on (see kiosk-task.xml); it starts the kiosk and then:
rem   exit code 0  the admin chose "Exit kiosk": stop.
rem   exit code 3  another kiosk already runs for this user: stop, that one is supervised.
rem   any other    a crash: note it in the log below, start the kiosk again after 2 seconds
rem                (30 seconds after five crashes in a row within 10 s of starting: a broken
rem                install must not flood the log, but the kiosk is never given up on).
rem Before it ends the kiosk (upgrade, uninstall) the installer writes stopping.flag next to this
rem file: then stop too, whatever the exit code.
rem This file must keep Windows (CRLF) line endings: cmd misreads labels in LF-only files.
setlocal
set "APP=%~dp0pain-therapy-kiosk.exe"
set "FLAG=%~dp0stopping.flag"
set "LOGDIR=%LOCALAPPDATA%\pain-therapy-kiosk\logs"
set "LOG=%LOGDIR%\supervise.log"

set /a QUICK=0

:start
if not exist "%APP%" exit /b 1
call :now STARTED
rem A batch file waits for the program it runs, even a windowed one, and gets its exit code.
"%APP%" %*
set "CODE=%ERRORLEVEL%"
if "%CODE%"=="0" exit /b 0
if "%CODE%"=="3" exit /b 0
if exist "%FLAG%" exit /b 0
if not exist "%LOGDIR%" mkdir "%LOGDIR%" 2>nul
rem Keep the log small: past 1 MB it becomes supervise.log.1 and a new one starts.
if exist "%LOG%" for %%F in ("%LOG%") do if %%~zF GTR 1000000 move /y "%LOG%" "%LOG%.1" >nul
call :now ENDED
set /a RAN=ENDED-STARTED
if %RAN% LSS 10 (set /a QUICK+=1) else (set /a QUICK=0)
set "PAUSE=2"
if %QUICK% GEQ 5 set "PAUSE=30"
>>"%LOG%" echo %DATE% %TIME% kiosk exited with code %CODE% after %RAN% s; starting it again in %PAUSE% s
rem PowerShell's Start-Sleep: "timeout" needs keyboard input that a hidden console lacks.
powershell.exe -NoProfile -NonInteractive -Command "Start-Sleep -Seconds %PAUSE%"
goto start

rem Seconds since 1970 into the variable named by %1.
:now
for /f %%T in ('powershell.exe -NoProfile -NonInteractive -Command "[DateTimeOffset]::UtcNow.ToUnixTimeSeconds()"') do set "%1=%%T"
exit /b 0
