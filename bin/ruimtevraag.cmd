@echo off
rem ruimtevraag launcher for Windows (cmd.exe and PowerShell): runs the jar beside this file with
rem "java -jar", passes every argument on unchanged and returns the program's exit code
rem (0 success, 2 invalid input or usage, 1 anything else; docs/reliability.md).
rem
rem Environment:
rem   RUIMTEVRAAG_JAR   the jar (default: ruimtevraag.jar beside this file)
rem   JAVA_HOME         the Java 17 or later to use (default: java on the PATH)
rem   JAVA_OPTS         further JVM options, e.g. -Xmx4g
setlocal
set "RV_JAR=%~dp0ruimtevraag.jar"
if defined RUIMTEVRAAG_JAR set "RV_JAR=%RUIMTEVRAAG_JAR%"
if not exist "%RV_JAR%" goto nojar
set "RV_JAVA=java"
if defined JAVA_HOME set "RV_JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%RV_JAVA%" goto nojava
if not defined JAVA_HOME where java >nul 2>nul || goto nojava
"%RV_JAVA%" %JAVA_OPTS% -jar "%RV_JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo ruimtevraag launcher: no jar at %RV_JAR% 1>&2
echo   hint: unzip the whole release, or set RUIMTEVRAAG_JAR 1>&2
exit /b 1

:nojava
echo ruimtevraag launcher: no java found 1>&2
echo   hint: install Java 17 or later (for example Eclipse Temurin 17 JRE), or set JAVA_HOME 1>&2
exit /b 1
