#!/usr/bin/env bash
# Prints the Debian packages the project needs that are not installed yet
# (nothing when all are there). Used by the README's first command and by CI.
set -euo pipefail
needed=(
  cmake g++ make            # build
  dpkg-dev                  # the Debian package: cpack finds its dependencies with dpkg-shlibdeps
  libhpdf-dev               # libharu 2.3: writes the PDF
  libqpdf-dev               # the finishing pass: PDF/A metadata, output intent, font
                            #   descriptors, embedded files, deterministic /ID
  libdeflate-dev            # deflates every stream, in the finishing pass (two thirds of zlib's time)
  nettle-dev                # SHA-256 of archived and written files (GnuTLS's own
                            #   crypto library, which libqpdf already loads)
  nlohmann-json3-dev        # reads and writes the archive's manifest.json
  libpugixml-dev            # reads the catalogue and templates
  libfmt-dev                # formatting
  libhyphen-dev hyphen-fr   # French hyphenation (Liang patterns, as in LibreOffice)
  pkgconf                   # finds GMime, libical and poppler-cpp for CMake
  libgmime-3.0-dev          # the mail drafts (MIME: encoded words, folding, base64)
  libical-dev               # the calendar files (iCalendar: escaping, folding)
  libjemalloc-dev           # the program's malloc: the heap on huge pages, fewer page faults
  libpoppler-cpp-dev        # the flyers' previews (PDF rasteriser)
  libpng-dev                # the previews' PNG encoding; the logo read, its transparency
                            #   flattened
  libjpeg-dev               # the logo: a JPEG's size and colour model read
  libicu-dev                # file names transliterated (ł → l, α → a), accents composed in hints
  libgtest-dev              # tests
  poppler-utils qpdf        # tests: pdftotext, pdffonts, qpdf --check
  libxml2-utils             # tests: xmllint checks the catalogue and templates against their XSDs
  python3 python3-icalendar # tests: second, independent parsers of the mail drafts (email)
                            # and of the calendar files (icalendar)
  mutt                      # tests: a mail program opens a draft and saves its flyer
  clang libclang-rt-14-dev  # fuzz targets (tools/fuzz.sh, CI): clang's libFuzzer and sanitizers
  fonts-crosextra-carlito   # tests: the original faces that fonts/ was reduced from
  fonts-dejavu-core
  icc-profiles-free         # tests: the sRGB profile that icc/sRGB.icc was copied from
  default-jre-headless      # tests: Java for PDFBox Preflight, which validates PDF/A-1b
  libpdfbox2-java           # tests: PDFBox and its Preflight validator (preflight.jar)
  libactivation-java        # tests: what Preflight needs at run time but the package
  libjaxb-api-java          #   does not declare (javax.activation, JAXB,
  libcommons-logging-java   #   commons-logging)
)
for package in "${needed[@]}"; do
  case "$package" in \#*) continue ;; esac
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    echo "$package"
  fi
done
