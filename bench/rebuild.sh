#!/usr/bin/env bash
# Benchmark: what the preview server does after a save, at a given archive size. One JVM builds a generated archive
# once, then changes one session file again and again (in turn: its text, title, topics, author, an input's
# speakers, its place in the programme) and rebuilds with the memory of the last build (as `tagungsband serve`
# does), printing each rebuild's time, pages rendered, files written and stage times, then the median of each kind.
# It measures and prints; it asserts nothing.
#
#   bench/rebuild.sh [SESSIONS] [RUNS]      default: 10000 sessions, 12 runs
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"; runs="${2:-12}"
work="${BENCH_DIR:-/tmp/tagungsband-bench}"
mkdir -p "$work"
# package, never install: the classpath comes from this reactor (the last module written, bench, wins the file)
mvn -q -B -Dstyle.color=never -f "$root/pom.xml" -Pbench -pl generator/bench -am -DskipTests \
  -Dtagungsband.fuzz.skip=true package dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null
cp="$root/generator/bench/target/classes:$root/generator/core/target/classes:$(cat "$work/classpath.txt")"
content="$work/content-$n"
if [[ ! -f "$content/site.yaml" ]]; then
  rm -rf "$content"
  java -cp "$cp" de.tagungsband.bench.CorpusGenerator "$n" 42 "$content"
fi
rm -rf "$work/preview-$n"
java ${TAGUNGSBAND_JAVA_OPTS:-} -cp "$cp" de.tagungsband.bench.RebuildBenchmark "$content" "$work/preview-$n" "$runs"
