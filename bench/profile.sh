#!/usr/bin/env bash
# Where a search's time goes (issue 17): Guidepost under Java Flight Recorder while one client
# replays a set's queries, then the CPU samples of request threads sorted into the parts of a
# search (bench/profile_parts.py): query building, the two searches with their counts and facets,
# snippets, did-you-mean, guides, ranking the languages together, JSON, and the rest (HTTP,
# container).
#
#   bench/profile.sh [seconds, default 60] [xquad|helpdesk, default helpdesk]
#
# Settings: BENCH_JAR (default target/guidepost.jar), BENCH_WARMUP (seconds, default 60), EVAL_DEV,
# BENCH_QUERIES (all, short or long: which of the set's queries are replayed; default all).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-60}
set=${2:-helpdesk}
warmup=${BENCH_WARMUP:-60}
queries_run=${BENCH_QUERIES:-all}
jdk=$(bin/find-jdk)
eval_dev=$(cd "${EVAL_DEV:-../shared/eval-dev}" && pwd)
jar=${BENCH_JAR:-target/guidepost.jar}
port=18285
admin_password="benchmark admin password"
case $set in
  xquad) content=$eval_dev/corpora/xquad/content queries=$eval_dev/corpora/xquad/queries.tsv ;;
  helpdesk) content=$PWD/content queries=$PWD/bench/relevance/helpdesk/queries.tsv ;;
  *) echo "unknown set: $set (xquad, helpdesk)" >&2; exit 1 ;;
esac
command -v wrk > /dev/null || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 1; }
[ -f "$jar" ] || flock /tmp/guidepost-maven.lock env JAVA_HOME="$jdk" mvn -B -o -q -DskipTests package

work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cp "$jar" "$work/guidepost.jar"
python3 bench/compare.py paths "$queries" "$work/paths" > /dev/null

GUIDEPOST_CONTENT_DIR="$content" GUIDEPOST_DATA_DIR="$work/data" GUIDEPOST_ADMIN_PASSWORD="$admin_password" \
  "$jdk/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx512m -XX:+UseParallelGC -XX:FlightRecorderOptions:stackdepth=256 \
  -jar "$work/guidepost.jar" --port "$port" > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1200); do
  curl -sf -u "admin:$admin_password" "http://127.0.0.1:$port/api/lexicon" 2>/dev/null | grep -q '"inStep":true' && break
  sleep 0.5
done
BENCH_PATHS=$work/paths/$queries_run.txt wrk -t1 -c1 -d"${warmup}s" -s bench/queries.lua "http://127.0.0.1:$port" > /dev/null
"$jdk/bin/jcmd" "$pid" JFR.start name=search settings=profile filename="$work/search.jfr" > /dev/null
BENCH_PATHS=$work/paths/$queries_run.txt wrk -t1 -c1 -d"${duration}s" -s bench/queries.lua "http://127.0.0.1:$port" | tail -n 1
"$jdk/bin/jcmd" "$pid" JFR.stop name=search > /dev/null
"$jdk/bin/jfr" print --json --events jdk.ExecutionSample --stack-depth 256 "$work/search.jfr" > "$work/samples.json"
python3 bench/profile_parts.py "$work/samples.json"
[ -n "${BENCH_KEEP:-}" ] && cp "$work/samples.json" "$BENCH_KEEP"
