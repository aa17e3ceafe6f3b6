#!/usr/bin/env bash
# Installs the tools the workbook tests use as an independent reader: LibreOffice Calc (headless
# recalculation and PDF rendering) and poppler-utils (pdftoppm). Idempotent: does nothing when
# soffice and pdftoppm are already on the PATH. Called by .ci/run before `mvn verify`.
set -euo pipefail

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc libreoffice-core)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then
    echo "install-libreoffice: soffice and pdftoppm present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# --no-install-recommends keeps it to Calc and its core (no Java bridge, no fonts beyond the base)
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
command -v soffice >/dev/null 2>&1 || { echo "install-libreoffice: soffice still missing" >&2; exit 1; }
echo "install-libreoffice: installed ${need[*]}"
