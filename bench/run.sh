#!/usr/bin/env bash
# One benchmark run, all figures from the same machine and build:
#   start-up time to ready, import time of the shipped content and of the XQuAD corpus,
#   search throughput and latency at 16 connections beside a trivial endpoint, peak RSS.
# Usage: bench/run.sh [seconds per wrk run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
jdk=$(bin/find-jdk)
xquad=${XQUAD_CONTENT:-../shared/eval-dev/corpora/xquad/content}
port=${BENCH_PORT:-18080}
work=$(mktemp -d)
trap 'jobs -p | xargs -r kill 2>/dev/null || true' EXIT
[ -f target/guidepost.jar ] || JAVA_HOME=$jdk mvn -q -B -DskipTests package

now_ms() { date +%s%3N; }
admin_password="benchmark admin password"
export BENCH_BASIC=$(printf 'admin:%s' "$admin_password" | base64 -w0)
start_server() { # content dir, data dir, log
  # bin/guidepost: the shipped start (its JVM and thread settings); it execs java, so $! is the server.
  GUIDEPOST_ADMIN_PASSWORD=$admin_password GUIDEPOST_CONTENT_DIR=$1 GUIDEPOST_DATA_DIR=$2 JAVA_TOOL_OPTIONS="-Xmx512m" \
    bin/guidepost --port $port > "$3" 2>&1 &
  echo $!
}
await_ready() {
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:$port/health/ready)" = 200 ] && return 0
    sleep 0.1
  done
  echo "not ready; server logs kept in $work" >&2; return 1
}
peak_rss_mb() { awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$1/status; }
# The server was started in a subshell, so `wait` cannot see it: poll until it has exited
# and released the port.
stop_server() { kill "$1"; while kill -0 "$1" 2>/dev/null; do sleep 0.1; done; }

echo "## Guidepost benchmark run, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$jdk/bin/java" -version 2>&1 | head -1)"

t0=$(now_ms); pid=$(start_server "$PWD/content" "$work/seed" "$work/seed.log"); await_ready; t1=$(now_ms)
seed_import=$(curl -s localhost:$port/api/content/import | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["tookMillis"], r["filesFound"])')
echo "- start-up to ready, shipped content, empty data folder: $((t1 - t0)) ms"
echo "- import of the shipped content (files, ms): ${seed_import#* } files in ${seed_import% *} ms"
stop_server $pid

t0=$(now_ms); pid=$(start_server "$PWD/content" "$work/seed" "$work/seed2.log"); await_ready; t1=$(now_ms)
echo "- start-up to ready, second start (nothing to import, index reused): $((t1 - t0)) ms"

curl -s "localhost:$port/api/search?q=warmup&lang=en" > /dev/null
wrk -t2 -c16 -d5s -s bench/search.lua "http://127.0.0.1:$port" > /dev/null   # warm-up
wrk -t2 -c16 -d5s -s bench/languages.lua "http://127.0.0.1:$port" > /dev/null
echo; echo "### Trivial endpoint GET /api/languages, 16 connections, ${duration}s"
wrk -t2 -c16 -d${duration}s -s bench/languages.lua "http://127.0.0.1:$port" | tail -n 1
echo; echo "### GET /api/search (8 queries, 5 languages), 16 connections, ${duration}s"
wrk -t2 -c16 -d${duration}s -s bench/search.lua "http://127.0.0.1:$port" | tail -n 1
wrk -t2 -c8 -d5s -s bench/guidance.lua "http://127.0.0.1:$port" > /dev/null
wrk -t2 -c8 -d5s -s bench/pages.lua "http://127.0.0.1:$port" > /dev/null
echo; echo "### GET /api/ticket-steps/{step} (10 steps, 5 languages, as an agent), 8 connections, ${duration}s"
wrk -t2 -c8 -d${duration}s -s bench/guidance.lua "http://127.0.0.1:$port" | tail -n 1
echo; echo "### Help center pages (home, search, article, guide; 5 languages), 8 connections, ${duration}s"
wrk -t2 -c8 -d${duration}s -s bench/pages.lua "http://127.0.0.1:$port" | tail -n 1
echo; echo "- peak resident memory of the server after the load: $(peak_rss_mb $pid) MB (-Xmx512m)"
stop_server $pid

if [ -d "$xquad" ]; then
  t0=$(now_ms); pid=$(start_server "$(cd "$xquad" && pwd)" "$work/xquad" "$work/xquad.log"); await_ready; t1=$(now_ms)
  xq=$(curl -s localhost:$port/api/content/import | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["tookMillis"], r["filesFound"], r["failed"])')
  read -r ms files failed <<< "$xq"
  echo; echo "- XQuAD corpus: $files files imported in $ms ms ($failed refused); start-up to ready $((t1 - t0)) ms"
  echo "- peak resident memory after the XQuAD import: $(peak_rss_mb $pid) MB"
  # The development set's own questions, in four languages, at 8 connections.
  python3 - "$xquad/../queries.tsv" > "$work/xquad-queries.lua" <<'PY'
import sys, urllib.parse
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")][1:]
print("local queries = {")
for qid, lang, query, _ in rows[:400]:
    print('  "q=%s&lang=%s",' % (urllib.parse.quote_plus(query), lang))
print("}")
print("local counter = 0")
print("request = function()\n  counter = counter + 1\n  return wrk.format(\"GET\", \"/api/search?\" .. queries[(counter % #queries) + 1])\nend")
print('dofile("bench/report.lua")')
PY
  # Steady state: the JIT compiles the search path within the first 10-20 s of load.
  wrk -t2 -c8 -d20s -s "$work/xquad-queries.lua" "http://127.0.0.1:$port" > /dev/null
  wrk -t2 -c8 -d5s -s bench/suggest.lua "http://127.0.0.1:$port" > /dev/null
  echo; echo "### XQuAD questions on GET /api/search, 8 connections, ${duration}s"
  wrk -t2 -c8 -d${duration}s -s "$work/xquad-queries.lua" "http://127.0.0.1:$port" | tail -n 1
  echo; echo "### GET /api/suggest (prefixes in five languages) on XQuAD titles, 8 connections, ${duration}s"
  wrk -t2 -c8 -d${duration}s -s bench/suggest.lua "http://127.0.0.1:$port" | tail -n 1
  stop_server $pid
fi
rm -rf "$work"
