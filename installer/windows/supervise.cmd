@echo off
rem Keeps the Pain Therapy Kiosk on screen. The scheduled task "Pain Therapy Kiosk" runs this file,
rem hidden, when a user logs on (see kiosk-task.xml); it starts the kiosk and then:
rem   exit code 0  the admin chose "Exit kiosk": stop.
rem   exit code 3  another kiosk already runs for this user: stop, that one is supervised.
rem   any other    a crash: note it in the log below, start the kiosk again after 2 seconds.
rem Before it ends the kiosk (upgrade, uninstall) the installer writes stopping.flag next to this
rem file: then stop too, whatever the exit code.
rem This file must keep Windows (CRLF) line endings: cmd misreads labels in LF-only files.
setlocal
set "APP=%~dp0pain-therapy-kiosk.exe"
set "FLAG=%~dp0stopping.flag"
set "LOGDIR=%LOCALAPPDATA%\pain-therapy-kiosk\logs"
set "LOG=%LOGDIR%\supervise.log"

:start
if not exist "%APP%" exit /b 1
rem A batch file waits for the program it runs, even a windowed one, and gets its exit code.
"%APP%" %*
set "CODE=%ERRORLEVEL%"
if "%CODE%"=="0" exit /b 0
if "%CODE%"=="3" exit /b 0
if exist "%FLAG%" exit /b 0
if not exist "%LOGDIR%" mkdir "%LOGDIR%" 2>nul
rem Keep the log small: past 1 MB it becomes supervise.log.1 and a new one starts.
if exist "%LOG%" for %%F in ("%LOG%") do if %%~zF GTR 1000000 move /y "%LOG%" "%LOG%.1" >nul
>>"%LOG%" echo %DATE% %TIME% kiosk exited with code %CODE%; starting it again in 2 s
rem Wait 2 s: ping pauses 1 s between its 3 echoes (timeout needs keyboard input a hidden console lacks).
ping -n 3 127.0.0.1 >nul
goto start
