#!/usr/bin/env bash
# Benchmark: `./tagungsband build` through a running build server (see docs/developers.md, "The build server"), end to end from
# the shell: the client's Java start, the request over the socket, the build in the server, the printed summary.
# For each size it starts a server with `build --daemon` (whose first build makes the whole archive), then times
#   - builds with nothing changed,
#   - builds after one session's text changed (a new sentence appended each time),
#   - builds after one session's title changed (the model and every page that shows the title),
#   - for comparison, the build after one session's text changed without the server (--no-daemon),
# RUNS times each (default 7) and prints every time with the median, minimum and maximum, then stops the server.
# Between two builds it waits PAUSE seconds (default 2; an editor takes longer to change a file): the server writes
# the cache beside the output just after it has answered, and a build that comes sooner waits for that (PAUSE=0
# measures builds back to back). It measures and prints; it asserts nothing. The machine is shared: read the
# spread, not one figure.
#
#   bench/server.sh [SIZES...]      default: 1000 10000 sessions
#
# HTML only (--no-proceedings, as bench/archive.sh): a build with proceedings volumes never starts from the last
# build in memory (a longer text moves the page numbers other pages show). Corpora come from BENCH_DIR (default
# /tmp/tagungsband-bench, made there by the corpus generator when missing, seed 42); the output folders are
# BENCH_OUT (default /tmp/tagungsband-bench-server)/site-N. The changed session is put back afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes=("${@}"); [[ ${#sizes[@]} -eq 0 ]] && sizes=(1000 10000)
runs="${RUNS:-7}" pause="${PAUSE:-2}"
work="${BENCH_DIR:-/tmp/tagungsband-bench}"
outs="${BENCH_OUT:-/tmp/tagungsband-bench-server}"
mkdir -p "$work" "$outs"
log() { echo "bench: $*" >&2; }

log "building the program and the corpus generator ..."
if ! mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -pl generator/cli,generator/bench -am -DskipTests \
    -Dtagungsband.fuzz.skip=true package >"$outs/mvn.log" 2>&1; then
  cat "$outs/mvn.log" >&2; exit 1
fi
"$root/tagungsband" --version >/dev/null   # lets the launcher make its start-up archive now, outside the timings
generator_cp="$root/generator/bench/target/classes:$root/generator/cli/target/tagungsband.jar"

# seconds COMMAND...: waits PAUSE seconds, runs the command, its output to $outs/last.log and .err; prints the wall
# time of the command in seconds
seconds() {
  local start end
  sleep "$pause"
  start=$(date +%s%N)
  if ! "$@" >"$outs/last.log" 2>"$outs/last.err"; then
    cat "$outs/last.log" "$outs/last.err" >&2; log "'$*' failed"; exit 1
  fi
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}
# stats TIMES...: median, minimum and maximum
stats() { printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "median %.3f s (%.3f–%.3f s)", m, t[1], t[NR] }'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | sed -n 1p); $runs runs each, $pause s apart"
for n in "${sizes[@]}"; do
  content="$work/content-$n" out="$outs/site-$n"
  if [[ ! -f "$content/site.yaml" ]]; then
    log "generating the corpus of $n sessions (seed 42) ..."
    rm -rf "$content"
    java -cp "$generator_cp" de.tagungsband.bench.CorpusGenerator "$n" 42 "$content" "$work/hugo-$n"
  fi
  build=("$root/tagungsband" build --no-proceedings --templates "$root/templates" --content "$content" --out "$out")
  "$root/tagungsband" daemon --stop --out "$out" >/dev/null
  rm -rf "$out" "$(dirname "$out")/.$(basename "$out").cache"

  one=$(find "$content" -name '*.md' ! -name event.md | sort | sed -n 1p)
  cp -p "$one" "$outs/changed-session.orig"
  trap 'cp -p "$outs/changed-session.orig" "'"$one"'"; "'"$root"'/tagungsband" daemon --stop --out "'"$out"'" >/dev/null' EXIT

  log "$n sessions: starting the server (its first build makes the whole archive) ..."
  echo
  echo "$n sessions: first build through a new server: $(seconds "${build[@]}" --daemon) s ($(sed -n 's/^Built \([0-9]*\) pages.*/\1 pages/p' "$outs/last.log"))"
  "$root/tagungsband" daemon --status --out "$out" | sed -n 's/^  memory: /  server memory after it: /p'

  same=() text=() title=() alone=()
  for ((i = 1; i <= runs; i++)); do
    same+=("$(seconds "${build[@]}")")
  done
  echo "  nothing changed:            ${same[*]}  → $(stats "${same[@]}")"
  for ((i = 1; i <= runs; i++)); do
    printf '\nEin zusätzlicher Satz für den Benchmark, Nummer %d.\n' "$i" >>"$one"
    text+=("$(seconds "${build[@]}")")
  done
  echo "  one session's text changed: ${text[*]}  → $(stats "${text[@]}")"
  echo "    last: $(sed -n 's/^Built .*(\(.*\))$/\1/p' "$outs/last.log")"
  for ((i = 1; i <= runs; i++)); do
    sed -i "0,/^title: \"/s//title: \"Neu $i: /" "$one"
    title+=("$(seconds "${build[@]}")")
  done
  echo "  one session's title changed: ${title[*]}  → $(stats "${title[@]}")"
  echo "    last: $(sed -n 's/^Built .*(\(.*\))$/\1/p' "$outs/last.log")"
  for ((i = 1; i <= 3; i++)); do
    printf '\nOhne Server, Nummer %d.\n' "$i" >>"$one"
    alone+=("$(seconds "${build[@]}" --no-daemon)")
  done
  echo "  without the server (--no-daemon), one session's text changed: ${alone[*]}  → $(stats "${alone[@]}")"
  echo "  load now: $(cut -d' ' -f1-3 /proc/loadavg)"

  cp -p "$outs/changed-session.orig" "$one"
  "$root/tagungsband" daemon --stop --out "$out" >/dev/null
  trap - EXIT
done
