#!/usr/bin/env bash
# Fuzzes longer than ./run-tests does. ./run-tests fuzzes each target for 20 s; this repeats those runs
# ROUNDS times (default 30, about an hour for the five targets), each run continuing from the corpus that
# Jazzer keeps in generator/core/.cifuzz-corpus/. A finding stops the run and is written as a file to
# generator/core/src/test/resources/de/tagungsband/fuzz/<Test>Inputs/<method>/: commit it with the fix,
# and it runs as a regression test from then on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-30}"
mvn -B -q -Dstyle.color=never -pl generator/core -am install -DskipTests
mvn -B -q -Dstyle.color=never -pl generator/core test-compile
for round in $(seq "$rounds"); do
  for target in slugs front-matter references relative-urls whole-build; do
    echo "round $round/$rounds: $target"
    mvn -B -q -Dstyle.color=never -pl generator/core "surefire:test@fuzz-$target"
  done
done
