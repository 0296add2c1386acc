#!/usr/bin/env bash
# Benchmark: builds generated archives of several sizes with tagungsband and with Hugo (Debian's hugo) on the same
# corpus, and prints wall time, pages per second and peak memory (resident set of the whole process), plus
# tagungsband's repeat build with nothing changed and its rebuild after one session changed.
# It measures and prints; it asserts nothing.
#
#   bench/archive.sh [SIZES...]      default: 1000 10000 50000
#
# Needs root or an installed hugo and GNU time (it installs Debian's hugo and time when missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes=("$@"); [[ ${#sizes[@]} -eq 0 ]] && sizes=(1000 10000 50000)
work="${BENCH_DIR:-/tmp/tagungsband-bench}"
mkdir -p "$work"

need() { command -v "$1" >/dev/null 2>&1 || { [[ $(id -u) -eq 0 ]] && apt-get install -y -qq "$2" >/dev/null; }; }
[[ -x /usr/bin/time ]] || need /usr/bin/time time
need hugo hugo

mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -DskipTests -Dtagungsband.fuzz.skip=true install >/dev/null
jar="$root/generator/cli/target/tagungsband.jar"
cp="$root/generator/bench/target/classes:$root/generator/core/target/classes"

# run LABEL COMMAND... → prints "seconds peak_kib" of the command and keeps its output in $work/last.log
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  cat "$work/time.txt"
}

printf '%-8s %-26s %9s %8s %10s %10s\n' sessions tool wall_s pages pages/s peak_MiB
for n in "${sizes[@]}"; do
  content="$work/content-$n"; hugo_site="$work/hugo-$n"
  if [[ ! -f "$content/site.yaml" ]]; then
    rm -rf "$content" "$hugo_site"
    java -cp "$cp" de.tagungsband.bench.CorpusGenerator "$n" 42 "$content" "$hugo_site"
  fi
  rm -rf "$work/site-$n" "$work/hugo-out-$n"

  read -r secs kib < <(measure java -jar "$jar" build --content "$content" --out "$work/site-$n")
  pages=$(grep -o 'Built [0-9]*' "$work/last.log" | grep -o '[0-9]*')
  t_secs=$secs
  printf '%-8s %-26s %9.2f %8d %10.0f %10.0f\n' "$n" "tagungsband (full)" "$secs" "$pages" "$(echo "$pages / $secs" | bc -l)" "$(echo "$kib / 1024" | bc -l)"

  read -r secs kib < <(measure java -jar "$jar" build --content "$content" --out "$work/site-$n")
  printf '%-8s %-26s %9.2f %8s %10s %10.0f\n' "$n" "tagungsband (no change)" "$secs" "-" "-" "$(echo "$kib / 1024" | bc -l)"

  one=$(find "$content" -name '*.md' ! -name event.md | sort | sed -n 1p)
  printf '\nEin zusätzlicher Satz für den Benchmark (%s).\n' "$(date +%s%N)" >>"$one"
  read -r secs kib < <(measure java -jar "$jar" build --content "$content" --out "$work/site-$n")
  printf '%-8s %-26s %9.2f %8s %10s %10.0f\n' "$n" "tagungsband (one changed)" "$secs" "-" "-" "$(echo "$kib / 1024" | bc -l)"

  read -r secs kib < <(measure hugo --quiet -s "$hugo_site" -d "$work/hugo-out-$n")
  hpages=$(find "$work/hugo-out-$n" -name '*.html' | wc -l)
  printf '%-8s %-26s %9.2f %8d %10.0f %10.0f\n' "$n" "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1)" "$secs" "$hpages" "$(echo "$hpages / $secs" | bc -l)" "$(echo "$kib / 1024" | bc -l)"
  printf '%-8s %-26s %9.2f\n' "$n" "ratio hugo/tagungsband" "$(echo "$secs / $t_secs" | bc -l)"
done
