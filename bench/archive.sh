#!/usr/bin/env bash
# Benchmark: builds generated archives of several sizes with tagungsband and with Hugo (Debian's hugo) on the same
# corpus, in the same invocation, and prints for each size the wall time, pages per second and peak memory (resident
# set of the whole process, from GNU time) of
#   - tagungsband's full HTML build (build --no-proceedings into an empty output folder; the stage that took longest),
#   - the same build again with nothing changed,
#   - the build after one session's text changed,
#     (each in a Java of its own)
#   - Hugo's build of the same corpus (its own layout, equivalent templates), and the ratio Hugo/tagungsband;
# then the growth exponents of peak memory and wall time between the smallest and the largest size, and the whole
# table in Markdown. It measures and prints; it asserts nothing. The PDF volumes have a benchmark of their own
# (bench/proceedings.sh).
#
#   bench/archive.sh [SIZES...]      default: 1000 10000 50000 sessions
#
# Each size is measured with two corpora (BENCH_CORPORA, default "light heavy"): the light one (bodies of about 7 KB)
# and the heavy one issue 21 measures with (bodies of 7–13 KB, median 9 KB, two footnotes and a link each, 2.5 inputs
# per session, 0.165 people per session, 30 topics); see generator/bench's CorpusGenerator.
#
# tagungsband runs through the launcher ./tagungsband, so with its Java options and start-up archive
# (TAGUNGSBAND_JAVA_OPTS is passed on). Corpora and outputs stay in BENCH_DIR (default /tmp/tagungsband-bench);
# a corpus is generated only when it is missing (size and seed 42 fix its bytes), and the changed session is put
# back afterwards, so a second run measures the same thing. Needs hugo and GNU time (installed when missing and
# running as root).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes=("$@"); [[ ${#sizes[@]} -eq 0 ]] && sizes=(1000 10000 50000)
work="${BENCH_DIR:-/tmp/tagungsband-bench}"
mkdir -p "$work"
log() { echo "bench: $*" >&2; }

missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
command -v hugo >/dev/null || missing+=(hugo)
if (( ${#missing[@]} )); then
  if [[ $(id -u) -eq 0 ]]; then
    log "installing ${missing[*]} ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    log "please install ${missing[*]} (Debian packages)"; exit 2
  fi
fi

log "building the program and the corpus generator ..."
if ! mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -Pbench -pl generator/cli,generator/bench -am -DskipTests \
    -Dtagungsband.fuzz.skip=true package >"$work/mvn.log" 2>&1; then
  cat "$work/mvn.log" >&2; exit 1
fi
"$root/tagungsband" --version >/dev/null   # lets the launcher make its start-up archive now, outside the timings
jar="$root/generator/cli/target/tagungsband.jar" jar_time="$(stat -c %Y "$root/generator/cli/target/tagungsband.jar")"
generator_cp="$root/generator/bench/target/classes:$jar"

# settle FOLDER...: every timed build starts from the same state of the machine's file cache. On this project's virtual
# machines creating files gets slower the more file data was written since the cache was last emptied (60,000 files
# of 3 KB: 0.8 s after emptying it, 12 s after a few such rounds), so without this each build of a run would pay for
# the ones before it, the last (Hugo's) the most. As root the cache is written out and emptied, then the programs and
# the folders (the corpus, and the last build's cache beside the output) read once, as they would be after being
# written or run before; otherwise the figures drift and the script says so once.
settle() {
  if [[ $(id -u) -eq 0 ]] && sync && echo 1 2>/dev/null >/proc/sys/vm/drop_caches; then
    find "$@" "$root/generator/cli/target" "$(readlink -f "$(command -v hugo)")" "$(readlink -f "$(command -v java)")" \
      "$(dirname "$(readlink -f "$(command -v java)")")/../lib" -type f -exec cat {} + >/dev/null
  elif [[ -z "${warned_settle:-}" ]]; then
    warned_settle=1; log "not root: the file cache is not emptied before each build, so the figures may drift"
  fi
}

# measure NAME COMMAND...: runs the command under GNU time; sets secs and mib, keeps its output in $work/NAME.log
# (stdout) and $work/NAME.err (stderr)
measure() {
  local name="$1"; shift
  if ! /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.log" 2>"$work/$name.err"; then
    cat "$work/$name.log" "$work/$name.err" >&2; log "'$*' failed"; exit 1
  fi
  read -r secs kib <"$work/$name.time"
  mib=$(( kib / 1024 ))
  # the launcher rebuilds the program when a source file is newer than its jar: that build would be in the figures
  if [[ "$(stat -c %Y "$jar")" != "$jar_time" ]]; then
    log "the program was rebuilt during '$name' (a source file changed while the benchmark ran): run it again"; exit 1
  fi
}
# a figure from the line "Built 58 pages from 13 records in … (104 files written, 0 unchanged, 0 removed)"
pages_of() { sed -n 's/^Built \([0-9]*\) pages.*/\1/p' "$work/$1.log"; }
written_of() { sed -n 's/^Built .*(\([0-9]*\) files written.*/\1/p' "$work/$1.log"; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b > 0) ? a / b : 0 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
exponent() { awk -v y1="$1" -v y2="$2" -v n1="$3" -v n2="$4" 'BEGIN { printf "%.2f", log(y2 / y1) / log(n2 / n1) }'; }

# English messages: the figures below are read from the summary and the -v stage lines
build=("$root/tagungsband" build --lang en --no-proceedings --templates "$root/templates")
own=("${build[@]}")
hugo_version="$(hugo version | sed -n 's/^hugo \(v[0-9.]*\).*/\1/p')"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(java -version 2>&1 | sed -n 1p), hugo $hugo_version, TAGUNGSBAND_JAVA_OPTS='${TAGUNGSBAND_JAVA_OPTS:-}'"
echo
printf '%-8s %-26s %8s %7s %8s %8s %9s\n' sessions run wall_s pages written pages/s peak_MiB
row() { printf '%-8s %-26s %8.2f %7s %8s %8s %9s\n' "$@"; }

table=() first_n="" first_secs="" first_mib="" last_n="" last_secs="" last_mib=""
read -r -a corpora <<<"${BENCH_CORPORA:-light heavy}"
for n in "${sizes[@]}"; do
for corpus in "${corpora[@]}"; do
  content="$work/content-$n-$corpus" hugo_site="$work/hugo-$n-$corpus" out="$work/out-$n-$corpus"
  if [[ ! -f "$content/site.yaml" || ! -f "$hugo_site/hugo.toml" ]]; then
    log "generating the $corpus corpus of $n sessions (seed 42) ..."
    rm -rf "$content" "$hugo_site"
    java -cp "$generator_cp" de.tagungsband.bench.CorpusGenerator "$n" 42 "$content" "$hugo_site" \
      $([[ $corpus == heavy ]] && echo heavy)
  fi
  rm -rf "$out"; mkdir -p "$out"   # the output folder and everything beside it (staging, lock, caches)

  log "$n sessions ($corpus): tagungsband, full build ..."
  settle "$content"
  measure full "${own[@]}" -v --content "$content" --out "$out/site"
  pages=$(pages_of full) written=$(written_of full)
  t_secs=$secs t_mib=$mib
  row "$n$([[ $corpus == heavy ]] && echo h)" "tagungsband full" "$secs" "$pages" "$written" "$(div "$pages" "$secs")" "$mib"
  # the -v stage lines: "  markdown      0.390 s     12 bodies"
  stages=$(awk '/^  [a-z]+ +[0-9.]+ s/ { printf "%s %s s, ", $1, $2 }' "$work/full.err"); stages=${stages%, }
  top=$(awk '/^  [a-z]+ +[0-9.]+ s/ && $2 > max { max = $2; name = $1 } END { print name, max }' "$work/full.err")
  echo "         stages: $stages"
  echo "         longest stage: ${top% *} (${top#* } s of $secs s wall)"

  log "$n sessions ($corpus): tagungsband, nothing changed ..."
  settle "$content" "$out/.site.cache"
  measure same "${own[@]}" --content "$content" --out "$out/site"
  s_secs=$secs
  row "$n$([[ $corpus == heavy ]] && echo h)" "tagungsband nothing changed" "$secs" "$(pages_of same)" "$(written_of same)" \
    "$(div "$(pages_of same)" "$secs")" "$mib"

  one=$(find "$content" -name '*.md' ! -name event.md | sort | sed -n 1p)
  cp -p "$one" "$work/changed-session.orig"
  trap 'cp -p "$work/changed-session.orig" "'"$one"'"' EXIT   # put it back even when a build fails
  printf '\nEin zusätzlicher Satz für den Benchmark.\n' >>"$one"
  log "$n sessions ($corpus): tagungsband, one session changed (${one#"$content"/}) ..."
  settle "$content" "$out/.site.cache"
  measure one "${own[@]}" --content "$content" --out "$out/site"
  cp -p "$work/changed-session.orig" "$one"; trap - EXIT
  o_secs=$secs
  row "$n$([[ $corpus == heavy ]] && echo h)" "tagungsband one changed" "$secs" "$(pages_of one)" "$(written_of one)" \
    "$(div "$(pages_of one)" "$secs")" "$mib"

  log "$n sessions ($corpus): hugo ..."
  settle "$hugo_site"
  measure hugo hugo --quiet -s "$hugo_site" -d "$out/hugo"
  h_pages=$(find "$out/hugo" -name '*.html' | wc -l)
  row "$n$([[ $corpus == heavy ]] && echo h)" "hugo $hugo_version" "$secs" "$h_pages" "$h_pages" "$(div "$h_pages" "$secs")" "$mib"
  echo "         ratio hugo/tagungsband (full build wall time): $(ratio "$secs" "$t_secs")"
  echo
  table+=("| $n | $corpus | $t_secs | $pages | $(div "$pages" "$t_secs") | $t_mib | $s_secs | $o_secs | $secs | $h_pages | $(div "$h_pages" "$secs") | $mib | $(ratio "$secs" "$t_secs") |")
  if [[ $corpus == "${corpora[0]}" ]]; then
    [[ -z "$first_n" ]] && first_n=$n first_secs=$t_secs first_mib=$t_mib
    last_n=$n last_secs=$t_secs last_mib=$t_mib
  fi
done
done

if [[ "$first_n" != "$last_n" ]]; then
  echo "growth from $first_n to $last_n sessions, log(y2/y1)/log(n2/n1) (1.00 = linear), tagungsband full build, ${corpora[0]} corpus:"
  echo "  peak memory: $(exponent "$first_mib" "$last_mib" "$first_n" "$last_n"), wall time: $(exponent "$first_secs" "$last_secs" "$first_n" "$last_n")"
  echo
fi
echo "| sessions | corpus | tagungsband full s | pages | pages/s | peak MiB | nothing changed s | one changed s | Hugo s | Hugo pages | Hugo pages/s | Hugo peak MiB | Hugo/tagungsband |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${table[@]}"
