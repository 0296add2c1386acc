#!/usr/bin/env bash
# Benchmark of the proceedings volume: generates content for a volume of about 300 pages, makes the volume alone
# with tagungsband (Markdown to PDF with openhtmltopdf on PDFBox, in a Java of its own) and sets the same print HTML
# with WeasyPrint (the same task), then the whole build (HTML archive, volume, offprints, EPUB) for comparison;
# prints pages per second, CPU seconds (user+sys, the figure to compare on a shared machine), peak memory and the
# ratios. The volume alone is made twice: with the Java options the launchers (./tagungsband, and the release
# package's bin/tagungsband and tagungsband.cmd) give a build of an archive this size (the quick compiler alone, the
# throughput collector, the whole heap from the start), and with Java's defaults (a bare `java -jar`); the whole build
# runs through ./tagungsband. Asserts nothing. Needs Debian's
# weasyprint, poppler-utils and time (installed here with apt-get when missing and the script runs as root).
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
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# wall seconds, CPU seconds (user + system) and peak resident memory (MiB) of one command, from GNU time
measure() {
  local log="$1"; shift
  /usr/bin/time -v "$@" >"$log.out" 2>"$log"
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  echo "$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }') $cpu $((rss / 1024))"
}

# the options the launchers give Java for a build of content under 160 MiB (see ./tagungsband for the measurements)
launcher_opts=(-XX:TieredStopAtLevel=1 -XX:+UseParallelGC "-Xms${heap#-Xmx}")

# the volume alone, Markdown to PDF; it also writes the print HTML that WeasyPrint sets
read -r t_vol c_vol m_vol < <(measure "$work/vol.log" java "${launcher_opts[@]}" "$heap" -cp "$cp" \
  de.tagungsband.pdf.BenchmarkPrintHtml "$work/content" "$root/templates" "$work/print.html" "$work/volume.pdf")
pages_vol=$(pdfinfo "$work/volume.pdf" | awk '/^Pages:/ {print $2}')
bytes_vol=$(stat -c %s "$work/volume.pdf")
read -r t_def c_def m_def < <(measure "$work/def.log" java "$heap" -cp "$cp" de.tagungsband.pdf.BenchmarkPrintHtml \
  "$work/content" "$root/templates" "$work/print-default.html" "$work/volume-default.pdf")
pages_def=$(pdfinfo "$work/volume-default.pdf" | awk '/^Pages:/ {print $2}')

read -r t_wp c_wp m_wp < <(measure "$work/wp.log" weasyprint "$work/print.html" "$work/weasyprint.pdf")
pages_wp=$(pdfinfo "$work/weasyprint.pdf" | awk '/^Pages:/ {print $2}')

# the launcher makes its class-data archive once after each new jar: not part of the build's time
"$root/tagungsband" --version >/dev/null
pdf="$work/site/2025/benchmark/tagungsband-benchmark.pdf"
read -r t_tb c_tb m_tb < <(measure "$work/tb.log" env TAGUNGSBAND_JAVA_OPTS="$heap" "$root/tagungsband" build \
  --content "$work/content" --templates "$root/templates" --out "$work/site")
pages_tb=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
offprints=$(find "$work/site" -name 'sonderdruck-*.pdf' | wc -l)

echo "content: 1 event, $sessions sessions (generated); load average before: $load_before"
awk -v p="$pages_vol" -v t="$t_vol" -v c="$c_vol" -v m="$m_vol" -v b="$bytes_vol" -v h="$heap" 'BEGIN {
  printf "tagungsband, the volume alone (Markdown to PDF, %s, as the launchers run Java): %d pages in %.1f s wall, %.1f s CPU = %.1f pages/s, %.1f pages per CPU second, peak %d MiB, PDF %.1f MiB\n", h, p, t, c, p / t, p / c, m, b / 1048576 }'
awk -v p="$pages_def" -v t="$t_def" -v c="$c_def" -v m="$m_def" -v h="$heap" 'BEGIN {
  printf "tagungsband, the volume alone (%s, Java'"'"'s defaults):                       %d pages in %.1f s wall, %.1f s CPU = %.1f pages/s, %.1f pages per CPU second, peak %d MiB\n", h, p, t, c, p / t, p / c, m }'
awk -v p="$pages_wp" -v t="$t_wp" -v c="$c_wp" -v m="$m_wp" 'BEGIN {
  printf "WeasyPrint (Debian, the same print HTML):                                    %d pages in %.1f s wall, %.1f s CPU = %.1f pages/s, %.1f pages per CPU second, peak %d MiB\n", p, t, c, p / t, p / c, m }'
awk -v p="$pages_tb" -v t="$t_tb" -v c="$c_tb" -v m="$m_tb" -v o="$offprints" 'BEGIN {
  printf "tagungsband build through ./tagungsband (HTML archive, volume, %d offprints, EPUB): %d pages in %.1f s wall, %.1f s CPU, peak %d MiB\n", o, p, t, c, m }'
awk -v a="$pages_vol" -v ta="$t_vol" -v ca="$c_vol" -v d="$pages_def" -v td="$t_def" -v cd="$c_def" \
    -v b="$pages_wp" -v tb="$t_wp" -v cb="$c_wp" 'BEGIN {
  printf "ratio, the volume alone (WeasyPrint pages/s ÷ tagungsband pages/s; below 1: tagungsband is faster):\n"
  printf "  as the launchers run Java: wall %.2f, CPU %.2f; with Java'"'"'s defaults: wall %.2f, CPU %.2f\n", (b / tb) / (a / ta), (b / cb) / (a / ca), (b / tb) / (d / td), (b / cb) / (d / cd) }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
