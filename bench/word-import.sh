#!/usr/bin/env bash
# Benchmark of the Word import: writes a contribution of about 20 pages (headings, emphasis, a footnote per
# paragraph, nested lists, tables, images), lets LibreOffice save it as .docx and as PDF (to count its pages), then
# times `WordImport` on it in one JVM (the first, cold import and the median of the next RUNS) and, beside it,
# Pandoc's docx reader on the same file when pandoc is installed. Asserts nothing.
#
#   bench/word-import.sh [pages=20] [runs=5]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pages="${1:-20}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "bench: building the program and the benchmark helpers ..." >&2
mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -DskipTests -pl generator/core -am test-compile >/dev/null
mvn -q -B -Dstyle.color=never -f "$root/generator/core/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$root/generator/core/target/test-classes:$root/generator/core/target/classes:$(cat "$work/cp.txt")"

java -cp "$cp" de.tagungsband.wordimport.ImportBenchmark write "$work/beitrag.fodt" "$pages"
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to docx --outdir "$work" "$work/beitrag.fodt" >/dev/null 2>&1
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work" "$work/beitrag.docx" >/dev/null 2>&1
echo "document: $(pdfinfo "$work/beitrag.pdf" | awk '/^Pages:/ {print $2}') pages as LibreOffice sets them, $(du -k "$work/beitrag.docx" | cut -f1) KB .docx"
java -Dtagungsband.repo="$root" -cp "$cp" de.tagungsband.wordimport.ImportBenchmark run "$work/beitrag.docx" "$runs"
if command -v pandoc >/dev/null; then
  start=$(date +%s.%N)
  pandoc -f docx -t markdown --extract-media="$work/media" "$work/beitrag.docx" -o "$work/pandoc.md"
  echo "pandoc $(pandoc --version | head -1 | cut -d' ' -f2) -f docx -t markdown: $(echo "$(date +%s.%N) - $start" | bc) s"
else
  echo "pandoc: not installed (apt-get install pandoc to compare)"
fi
