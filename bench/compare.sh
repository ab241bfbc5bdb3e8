#!/usr/bin/env bash
# What one search costs (issue 17): Guidepost's GET /api/search beside a plain Lucene server
# (bench/rawlucene/RawLuceneServer.java) on the same content and queries, in one run, both
# over HTTP on 127.0.0.1, both measured in turns so that the machine's noise falls on both.
#
#   bench/compare.sh [seconds per measured run, default 30] [set ...]
#
# Sets: xquad (the XQuAD development set of ../shared/eval-dev: 240 articles in en, de, vi, ar,
# and its 1,200 questions) and helpdesk (the shipped content/ and bench/relevance/helpdesk's
# 185 queries). Per set: one client (wrk -c1) on all queries, then on the short (1-3 words) and
# long (6+ words) ones alone, and 16 connections (wrk -c16) on all queries.
# Needs wrk, curl, python3 and the Lucene jars of the pom's version in the local Maven
# repository (fetched once through Maven when missing).
# Settings: BENCH_RUNS (default "1 all,1 short,1 long,16 all"), BENCH_JAR (default target/guidepost.jar), BENCH_WARMUP (seconds of warm-up at 16
# connections per server, after every query twice and before one run's length at one client;
# default 30), EVAL_DEV.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30}
shift || true
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=(xquad helpdesk)
warmup=${BENCH_WARMUP:-30}
# The measured runs, each "clients queries" (queries: all, short or long).
IFS=',' read -r -a runs <<< "${BENCH_RUNS:-1 all,1 short,1 long,16 all}"
jdk=$(bin/find-jdk)
eval_dev=$(cd "${EVAL_DEV:-../shared/eval-dev}" && pwd)
jar=${BENCH_JAR:-target/guidepost.jar}
guidepost_port=18280 raw_port=18290
admin_password="benchmark admin password"
# Both servers get the request threads bin/guidepost gives Guidepost (twice the cores, at
# least 4), the same heap and collector, and Lucene's vectorised code: only the software differs.
cores=$(nproc)
threads=$(( cores * 2 > 4 ? cores * 2 : 4 ))
jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx512m -XX:+UseParallelGC)

command -v wrk > /dev/null || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 1; }
[ -f "$jar" ] || flock /tmp/guidepost-maven.lock env JAVA_HOME="$jdk" mvn -B -o -q -DskipTests package

work=$(mktemp -d)
pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; done
  if [ "$status" = 0 ]; then rm -rf "$work"; else echo "failed; logs kept in $work" >&2; fi
}
trap cleanup EXIT
# A build of the lead's may replace target/ while this runs: run a copy.
cp "$jar" "$work/guidepost.jar"

# The raw server runs from source on the very Lucene jars Guidepost is built with.
repo=${MAVEN_REPO:-$HOME/.m2/repository}
lucene=$(sed -n 's:.*<lucene.version>\(.*\)</lucene.version>.*:\1:p' pom.xml)
icu=$(sed -n 's:.*<icu4j.version>\(.*\)</icu4j.version>.*:\1:p' pom.xml)
jars=("$repo/com/ibm/icu/icu4j/$icu/icu4j-$icu.jar")
for module in core analysis-common analysis-icu highlighter queries memory; do
  jars+=("$repo/org/apache/lucene/lucene-$module/$lucene/lucene-$module-$lucene.jar")
done
for j in "${jars[@]}"; do
  [ -f "$j" ] || { flock /tmp/guidepost-maven.lock env JAVA_HOME="$jdk" mvn -B -q dependency:resolve > /dev/null; break; }
done
classpath=$(IFS=:; echo "${jars[*]}")

start_servers() { # set, content folder
  GUIDEPOST_CONTENT_DIR="$2" GUIDEPOST_DATA_DIR="$work/data-$1" GUIDEPOST_ADMIN_PASSWORD="$admin_password" \
    "$jdk/bin/java" "${jvm[@]}" -jar "$work/guidepost.jar" --port "$guidepost_port" --maxHttpThreads "$threads" \
    > "$work/$1-guidepost.log" 2>&1 &
  pids+=($!)
  "$jdk/bin/java" "${jvm[@]}" -cp "$classpath" bench/rawlucene/RawLuceneServer.java \
    --port "$raw_port" --content "$2" --threads "$threads" > "$work/$1-raw.log" 2>&1 &
  pids+=($!)
  await "$raw_port" /health/ready
  await "$guidepost_port" /health/ready
  # Guidepost learns its lexicon in the background after it is ready; measure with it learned,
  # as a server that has been up a while answers, not while it is learning.
  await "$guidepost_port" /api/lexicon '"inStep":true'
}
await() { # port, path, [text the answer must hold]
  for _ in $(seq 1200); do
    curl -sf -u "admin:$admin_password" "http://127.0.0.1:$1$2" 2>/dev/null | grep -q "${3:-}" && return 0
    sleep 0.5
  done
  echo "no answer from 127.0.0.1:$1$2 in 10 minutes" >&2; exit 1
}
stop_servers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; done
  pids=()
}

# wrk gives up on a request after 2 s by default and counts it as an error; a slow answer is not
# a failed one, so the timeout is 10 s and the percentiles show the slow ones.
load() { # port, paths file, clients, seconds
  local wrk_threads=$(( $3 > 1 ? 2 : 1 ))
  BENCH_PATHS=$2 wrk --timeout 10s -t"$wrk_threads" -c"$3" -d"$4s" -s bench/queries.lua "http://127.0.0.1:$1" | tail -n 1
}

echo "## Guidepost against raw Lucene, $(date -u +%Y-%m-%dT%H:%MZ), $cores cores, $("$jdk/bin/java" -version 2>&1 | head -1), ${duration}s per run"
echo "- both servers: ${jvm[*]}, $threads request threads; Lucene $lucene; warm-up: every query twice, then ${warmup}s at 16 connections, then ${duration}s at one client"
for set in "${sets[@]}"; do
  case $set in
    xquad) content=$eval_dev/corpora/xquad/content queries=$eval_dev/corpora/xquad/queries.tsv ;;
    helpdesk) content=$PWD/content queries=$PWD/bench/relevance/helpdesk/queries.tsv ;;
    *) echo "unknown set: $set (xquad, helpdesk)" >&2; exit 1 ;;
  esac
  echo "- $set: $(find "$content/articles" -name '*.md' | wc -l) translations, $(python3 bench/compare.py paths "$queries" "$work/$set")"
  start_servers "$set" "$content"
  for port in "$raw_port" "$guidepost_port"; do
    python3 bench/compare.py warm "http://127.0.0.1:$port" "$work/$set/all.txt" 2 > /dev/null
    load "$port" "$work/$set/all.txt" 16 "$warmup" > /dev/null
    # And one client for a while: the first one-client run after the 16 connections measured
    # Guidepost's p50 above both its short and its long queries' (4.25 ms against 2.61 and
    # 3.71), after 30 s or 60 s of warm-up at 16 connections alike.
    load "$port" "$work/$set/all.txt" 1 "$duration" > /dev/null
  done
  # Each case on the raw server, then at once on Guidepost: a noisy minute on the machine
  # then falls on both rather than on one side of the comparison.
  for run in "${runs[@]}"; do
    read -r clients queries <<< "$run"
    for server in raw guidepost; do
      port=$raw_port; [ "$server" = guidepost ] && port=$guidepost_port
      printf '%s\t%s\t%s\t%s\t%s\n' "$set" "$clients" "$queries" "$server" \
        "$(load "$port" "$work/$set/$queries.txt" "$clients" "$duration")" >> "$work/results.tsv"
    done
  done
  stop_servers
done
echo
python3 bench/compare.py table "$work/results.tsv"
