#!/usr/bin/env bash
# Benchmark of start-up: runs small commands through the launcher ./tagungsband with and without its class-data
# sharing archive (TAGUNGSBAND_CDS=0), and with further Java options, and prints the median wall time and the median
# CPU time (user + system) of RUNS runs each. The variants take turns, so a busy machine slows all of them alike.
# It measures and prints; it asserts nothing.
#
#   bench/startup.sh [RUNS=5]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -x /usr/bin/time ]] || { [[ $(id -u) -eq 0 ]] && apt-get install -y -qq time >/dev/null; }

"$root/tagungsband" --version >/dev/null   # builds the jar and its archive when needed

variants=("no CDS|0|" "CDS|1|" "CDS + C1 only|1|-XX:TieredStopAtLevel=1" "CDS + SerialGC|1|-XX:+UseSerialGC"
  "CDS + ParallelGC|1|-XX:+UseParallelGC")
commands=("--version" "check -q" "build -q --no-proceedings --out $work/site")
names=("--version" "check" "build, nothing changed")

"$root/tagungsband" build -q --no-proceedings --out "$work/site"   # so that every timed build finds nothing changed
declare -A wall cpu
for ((r = 0; r < runs; r++)); do
  for c in "${!commands[@]}"; do
    for v in "${!variants[@]}"; do
      IFS='|' read -r _ cds opts <<<"${variants[$v]}"
      # shellcheck disable=SC2086
      (cd "$root" && TAGUNGSBAND_CDS=$cds TAGUNGSBAND_JAVA_OPTS="$opts" \
        /usr/bin/time -f '%e %U %S' -o "$work/t" ./tagungsband ${commands[$c]} >/dev/null 2>&1)
      read -r e u s <"$work/t"
      wall[$c,$v]+="$e "; cpu[$c,$v]+="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') "
    done
  done
done

median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "start-up, median of $runs runs, example content, through ./tagungsband (seconds: wall / CPU user+system)"
printf '%-20s' variant; for c in "${names[@]}"; do printf ' %24s' "$c"; done; echo
for v in "${!variants[@]}"; do
  printf '%-20s' "${variants[$v]%%|*}"
  for c in "${!commands[@]}"; do
    printf ' %24s' "$(median <<<"${wall[$c,$v]}") / $(median <<<"${cpu[$c,$v]}")"
  done
  echo
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
