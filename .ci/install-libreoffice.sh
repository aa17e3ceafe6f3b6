#!/usr/bin/env bash
# Installs the tools the workbook tests use as an independent reader: LibreOffice Calc (headless
# recalculation and PDF rendering), poppler-utils (pdftoppm) and Carlito, the metric-compatible
# stand-in for Calibri (the workbook's font), so LibreOffice wraps and fits text as Excel does on a
# client's machine. Idempotent: does nothing when all are present. Called by .ci/run before
# `mvn verify`.
set -euo pipefail

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc libreoffice-core)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi carlito || need+=(fonts-crosextra-carlito)
if [ ${#need[@]} -eq 0 ]; then
    echo "install-libreoffice: soffice, pdftoppm and Carlito present"
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
