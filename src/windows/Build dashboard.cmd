@echo off
rem Builds the dashboard of the partnership folder this file is in. Unzipped into the
rem partnership folder, beside scdash.yaml, it has scdash.exe in the scdash folder beside it;
rem double-click it, and the window stays open on what scdash said.
setlocal
cd /d "%~dp0"
set "SCDASH=%~dp0scdash\scdash.exe"
if not exist "%SCDASH%" set "SCDASH=%~dp0scdash.exe"
if not exist "%SCDASH%" set "SCDASH=scdash.exe"
"%SCDASH%" run %*
echo.
pause
