#!/usr/bin/env bash
# Prints the Debian packages the project needs that are not installed yet
# (nothing when all are there). Used by the README's first command and by CI.
set -euo pipefail
needed=(
  cmake g++ make            # build
  libhpdf-dev               # libharu 2.3: writes the PDF
  libpugixml-dev            # reads the catalogue and templates
  libfmt-dev                # formatting
  libhyphen-dev hyphen-fr   # French hyphenation (Liang patterns, as in LibreOffice)
  libgtest-dev              # tests
  poppler-utils qpdf        # tests: pdftotext, pdffonts, qpdf --check
  libxml2-utils             # tests: xmllint checks the catalogue against its XSD
  fonts-crosextra-carlito   # tests: the original faces that fonts/ was reduced from
  fonts-dejavu-core
)
for package in "${needed[@]}"; do
  case "$package" in \#*) continue ;; esac
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    echo "$package"
  fi
done
