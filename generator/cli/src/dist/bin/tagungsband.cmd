@echo off
rem tagungsband: startet das Programm (lib\tagungsband.jar) mit Java 17 oder neuer (Windows).
rem JAVA_HOME waehlt eine bestimmte Java-Installation; TAGUNGSBAND_JAVA_OPTS gibt Java weitere Optionen.
setlocal
set "TB_HOME=%~dp0.."
set "TB_JAR=%TB_HOME%\lib\tagungsband.jar"
set "TB_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "TB_JAVA=%JAVA_HOME%\bin\java.exe"
"%TB_JAVA%" -version >nul 2>&1
if errorlevel 1 goto nojava
set "TB_VERSION="
for /f "tokens=3" %%v in ('"%TB_JAVA%" -version 2^>^&1 ^| findstr /i "version"') do if not defined TB_VERSION set "TB_VERSION=%%~v"
for /f "tokens=1,2 delims=.-+_" %%a in ("%TB_VERSION%") do (set "TB_MAJOR=%%a" & set "TB_MINOR=%%b")
if "%TB_MAJOR%"=="1" set "TB_MAJOR=%TB_MINOR%"
if not defined TB_MAJOR goto nojava
if %TB_MAJOR% LSS 17 goto oldjava
rem Umlaute und Anfuehrungszeichen: die Konsole auf UTF-8 (Codepage 65001) stellen, Java schreibt UTF-8;
rem danach gilt wieder die Codepage von vorher.
set "TB_CODEPAGE="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "TB_CODEPAGE=%%c"
if defined TB_CODEPAGE set "TB_CODEPAGE=%TB_CODEPAGE: =%"
if defined TB_CODEPAGE set "TB_CODEPAGE=%TB_CODEPAGE:.=%"
chcp 65001 >nul 2>&1
set "TB_ENCODING=-Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
rem build und check: nur Javas schneller Compiler und sein Durchsatz-Collector (Gruende: docs/developers.md);
rem die Vorschau (serve) behaelt Javas Voreinstellungen. Ein Collector in TAGUNGSBAND_JAVA_OPTS ersetzt diesen.
set "TB_TUNING="
if /i "%~1"=="build" set "TB_TUNING=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
if /i "%~1"=="check" set "TB_TUNING=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
if defined TB_TUNING if defined TAGUNGSBAND_JAVA_OPTS if not "%TAGUNGSBAND_JAVA_OPTS:GC=%"=="%TAGUNGSBAND_JAVA_OPTS%" set "TB_TUNING=-XX:TieredStopAtLevel=1"
"%TB_JAVA%" %TB_TUNING% %TAGUNGSBAND_JAVA_OPTS% %TB_ENCODING% -jar "%TB_JAR%" %*
set "TB_EXIT=%ERRORLEVEL%"
if defined TB_CODEPAGE chcp %TB_CODEPAGE% >nul 2>&1
exit /b %TB_EXIT%

:nojava
echo tagungsband: Java wurde nicht gefunden. tagungsband braucht Java 17 oder neuer. 1>&2
goto download

:oldjava
echo tagungsband: Ihr Java (Version %TB_VERSION%) ist zu alt. tagungsband braucht Java 17 oder neuer. 1>&2

:download
echo Java 17 (oder neuer) gibt es kostenlos bei Adoptium: https://adoptium.net/de/temurin/releases/ 1>&2
echo   ("JRE", Version 17 oder 21, als .msi-Installationsprogramm fuer Windows). 1>&2
echo Nach der Installation ein neues Eingabeaufforderungsfenster oeffnen und den Befehl wiederholen. 1>&2
exit /b 3
