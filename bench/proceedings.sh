#!/usr/bin/env bash
# Benchmark of the proceedings volume: generates content for a volume of about 300 pages, builds it with
# tagungsband (openhtmltopdf on PDFBox) and sets the same print HTML with WeasyPrint, then prints pages per second,
# peak memory and the ratio. Asserts nothing. Needs Debian's weasyprint, poppler-utils and time (installed here
# with apt-get when missing and the script runs as root).
#
#   bench/proceedings.sh [sessions=36] [java heap=-Xmx512m]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sessions="${1:-36}"
heap="${2:--Xmx512m}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

need=()
[[ -x /usr/bin/time ]] || need+=(time)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
command -v weasyprint >/dev/null || need+=(weasyprint)
if (( ${#need[@]} )); then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "bench: please install ${need[*]}" >&2; exit 2
  fi
fi

echo "bench: building the program and the benchmark helpers ..." >&2
mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -DskipTests -pl generator/core,generator/cli -am test-compile package >/dev/null
mvn -q -B -Dstyle.color=never -f "$root/generator/core/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$root/generator/core/target/test-classes:$root/generator/core/target/classes:$(cat "$work/cp.txt")"

java -cp "$cp" de.tagungsband.bench.BenchmarkContent "$work/content" "$sessions"

# seconds and peak resident memory (MiB) of one command, from GNU time
measure() {
  local log="$1"; shift
  /usr/bin/time -v "$@" >"$log.out" 2>"$log"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  echo "$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }') $((rss / 1024))"
}

pdf="$work/site/2025/benchmark/tagungsband-benchmark.pdf"
read -r t_tb m_tb < <(measure "$work/tb.log" java "$heap" -jar "$root/generator/cli/target/tagungsband.jar" build \
  --content "$work/content" --templates "$root/templates" --out "$work/site")
pages_tb=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
bytes_tb=$(stat -c %s "$pdf")

java -cp "$cp" de.tagungsband.pdf.BenchmarkPrintHtml "$work/content" "$root/templates" "$work/print.html"
read -r t_wp m_wp < <(measure "$work/wp.log" weasyprint "$work/print.html" "$work/weasyprint.pdf")
pages_wp=$(pdfinfo "$work/weasyprint.pdf" | awk '/^Pages:/ {print $2}')

echo "content: 1 event, $sessions sessions (generated)"
awk -v p="$pages_tb" -v t="$t_tb" -v m="$m_tb" -v b="$bytes_tb" -v h="$heap" 'BEGIN {
  printf "tagungsband build (openhtmltopdf/PDFBox, %s, whole process incl. HTML site): %d pages in %.1f s = %.1f pages/s, peak %d MiB, PDF %.1f MiB\n", h, p, t, p / t, m, b / 1048576 }'
awk -v p="$pages_wp" -v t="$t_wp" -v m="$m_wp" 'BEGIN {
  printf "WeasyPrint (%s, same print HTML):                                    %d pages in %.1f s = %.1f pages/s, peak %d MiB\n", "Debian", p, t, p / t, m }'
awk -v a="$pages_tb" -v ta="$t_tb" -v b="$pages_wp" -v tb="$t_wp" 'BEGIN {
  printf "ratio (WeasyPrint pages/s ÷ tagungsband pages/s): %.2f\n", (b / tb) / (a / ta) }'
