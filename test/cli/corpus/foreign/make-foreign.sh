#!/usr/bin/env bash
# Regenerates the corpus's workbooks written by other programs (checked in beside this script: installing
# LibreOffice in CI would cost about a minute and these files never change):
#   openpyxl.xlsx          openpyxl (python3-openpyxl): inline strings, a date, formulas without a cached value
#   libreoffice.xlsx       LibreOffice Calc, opening openpyxl.xlsx (it calculates the formulas) and saving as .xlsx
#   libreoffice-1904.xlsx  LibreOffice Calc, ea-1904.fods (a 1904 date-system document) saved as .xlsx: date1904="true"
# Needs: apt-get install -y python3-openpyxl libreoffice-calc-nogui
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 make-openpyxl.py
export HOME="$work" # LibreOffice's profile
soffice --headless --norestore --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" openpyxl.xlsx ea-1904.fods
mv "$work/openpyxl.xlsx" libreoffice.xlsx
mv "$work/ea-1904.xlsx" libreoffice-1904.xlsx
ls -l ./*.xlsx
