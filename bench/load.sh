#!/usr/bin/env bash
# The outage load (issue 7): a realistic mix against 127.0.0.1, on the embedded default and on
# a two-instance cluster sharing PostgreSQL, each beside the trivial endpoint in the same run,
# then PostgreSQL full-text search on the same corpus and queries.
#
#   bench/load.sh [seconds per measured run, default 60]
#
# Needs wrk, curl, python3 and PostgreSQL 15's server binaries (Debian: wrk, postgresql-15);
# run as root (PostgreSQL runs as the postgres user) or as a user that may run initdb.
# Corpus: the shipped content plus the XQuAD (en, de, vi, ar) and NorQuAD (nb) development
# sets of ../shared/eval-dev (725 articles, 1,445 translations, 3 guides).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-60}
warmup=${BENCH_WARMUP:-40}
jdk=$(bin/find-jdk)
eval_dev=${EVAL_DEV:-../shared/eval-dev}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/pg/postmaster.pid" ] && as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop > /dev/null 2>&1 || true
}
trap cleanup EXIT
[ -f target/guidepost.jar ] || JAVA_HOME=$jdk mvn -q -B -DskipTests package

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
admin_password="benchmark admin password"
export BENCH_BASIC=$(printf 'admin:%s' "$admin_password" | base64 -w0)
export BENCH_REQUESTS=$work/requests.txt

# One content folder: the shipped articles and guides, and the development sets.
mkdir -p "$work/content"
cp -r content/. "$work/content/"
for set in xquad norquad; do cp -rn "$eval_dev/corpora/$set/content/articles/." "$work/content/articles/"; done
python3 bench/mixed_requests.py "$BENCH_REQUESTS" "$eval_dev/corpora/xquad/queries.tsv" "$eval_dev/corpora/norquad/queries.tsv"
grep '^/api/search?' "$BENCH_REQUESTS" > "$work/searches.txt"   # the mix's searches alone, for the PostgreSQL comparison

start_server() { # name, port, [VARIABLE=value ...] [-- bin/guidepost arguments ...]
  local name=$1 port=$2 settings=() arguments=(); shift 2
  while [ $# -gt 0 ] && [ "$1" != -- ]; do settings+=("$1"); shift; done
  [ $# -gt 0 ] && shift && arguments=("$@")
  env GUIDEPOST_ADMIN_PASSWORD="$admin_password" GUIDEPOST_CONTENT_DIR="$work/content" GUIDEPOST_DATA_DIR="$work/$name" \
    JAVA_TOOL_OPTIONS="-Xmx512m" "${settings[@]}" bin/guidepost --port "$port" "${arguments[@]}" > "$work/$name.log" 2>&1 &
  started=$!
  pids+=("$started")
}
await_ready() { # port
  for _ in $(seq 1 1800); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "127.0.0.1:$1/health/ready")" = 200 ] && return 0
    sleep 0.1
  done
  echo "not ready on port $1; logs kept in $work" >&2; trap - EXIT; cleanup; exit 1
}
# bin/guidepost execs java, so the pid started is the server's.
peak_rss_mb() { awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$1/status"; }
stop_server() { kill "$1"; while kill -0 "$1" 2>/dev/null; do sleep 0.1; done; }
# wrk gives up on a request after 2 s by default and counts it as an error; a slow answer is
# not a failed one, so the timeout is 10 s and the latency percentiles show the slow ones.
wrk() { command wrk --timeout 10s "$@"; }
mixed() { wrk -t2 -c"$2" -d"$3" -s bench/mixed.lua "http://127.0.0.1:$1" | tail -n 1; }
trivial() { wrk -t2 -c"$2" -d"$3" -s bench/languages.lua "http://127.0.0.1:$1" | tail -n 1; }

echo "## Outage load, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$jdk/bin/java" -version 2>&1 | head -1), ${duration}s per run"
echo "- corpus: $(find "$work/content/articles" -name '*.md' | wc -l) translations of $(ls "$work/content/articles" | wc -l) articles, $(ls "$work/content/guides" | wc -l) guides"

echo; echo "### Embedded default (H2, one instance, -Xmx512m)"
start_server embedded 18080; pid=$started
await_ready 18080
wrk -t2 -c16 -d"${warmup}s" -s bench/mixed.lua http://127.0.0.1:18080 > /dev/null
wrk -t2 -c16 -d10s -s bench/languages.lua http://127.0.0.1:18080 > /dev/null
echo "- trivial endpoint GET /api/languages, 16 connections: $(trivial 18080 16 "${duration}s")"
bench/hot_edit.py --write http://127.0.0.1:18080 --read http://127.0.0.1:18080 --seconds "$duration" > "$work/hot-embedded.txt" &
editor=$!
echo "- outage mix, 16 connections, hot article saved every 3 s: $(mixed 18080 16 "${duration}s")"
wait $editor || true
echo "- $(cat "$work/hot-embedded.txt")"
echo "- the mix's searches alone (GET /api/search, as compared with PostgreSQL below), 16 connections: $(BENCH_REQUESTS=$work/searches.txt mixed 18080 16 "${duration}s")"
echo "- peak resident memory: $(peak_rss_mb "$pid") MB"
stop_server "$pid"

echo; echo "### Two-instance cluster (PostgreSQL 15, Hazelcast over TCP/IP, each -Xmx512m)"
mkdir -p "$work/pg" && [ "$(id -u)" = 0 ] && chown postgres "$work/pg"
as_postgres "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > /dev/null
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -o "-p 15432 -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" -l "$work/pg/server.log" start > /dev/null
db=(GUIDEPOST_DB_URL=jdbc:postgresql://127.0.0.1:15432/postgres GUIDEPOST_DB_USER=postgres GUIDEPOST_DB_PASSWORD=postgres)
members=127.0.0.1:5911,127.0.0.1:5912
start_server member-a 18081 "${db[@]}" -- --cluster "$members" --interfaces 127.0.0.1 --startport 5911; a=$started
await_ready 18081
start_server member-b 18082 "${db[@]}" -- --cluster "$members" --interfaces 127.0.0.1 --startport 5912; b=$started
await_ready 18082
# Both instances at once; `wait` names the load generators, since the servers are children too.
both() { # output name, wrk arguments...
  local name=$1 loads=(); shift
  for port in 18081 18082; do
    wrk -t1 "$@" "http://127.0.0.1:$port" | tail -n 1 > "$work/$name-$port.txt" &
    loads+=($!)
  done
  wait "${loads[@]}"
}
both warm -c8 -d"${warmup}s" -s bench/mixed.lua
both warm -c8 -d10s -s bench/languages.lua
both trivial -c8 -d"${duration}s" -s bench/languages.lua
echo "- trivial endpoint, 8 connections on each instance: A $(cat "$work/trivial-18081.txt"); B $(cat "$work/trivial-18082.txt")"
bench/hot_edit.py --write http://127.0.0.1:18081 --read http://127.0.0.1:18082 --seconds "$duration" > "$work/hot-cluster.txt" &
editor=$!
both mixed -c8 -d"${duration}s" -s bench/mixed.lua
wait "$editor" || true
echo "- outage mix, 8 connections on each instance (16 in all), hot article saved every 3 s on A: A $(cat "$work/mixed-18081.txt"); B $(cat "$work/mixed-18082.txt")"
echo "- $(cat "$work/hot-cluster.txt")"
echo "- peak resident memory: A $(peak_rss_mb "$a") MB, B $(peak_rss_mb "$b") MB"
stop_server "$a"; stop_server "$b"

echo; echo "### PostgreSQL full-text search on the same corpus and queries (pgbench, 16 clients, no HTTP)"
python3 bench/pg_fts.py "$BENCH_REQUESTS" > "$work/fts-setup.sql"
psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 15432 -U postgres -f "$work/fts-setup.sql" > /dev/null
queries=$(psql -tA -h 127.0.0.1 -p 15432 -U postgres -c "SELECT count(*) FROM bench_query")
for variant in rank snippets; do
  mkdir -p "$work/pgbench-$variant"
  cp "bench/pg_fts_$variant.sql" "$work/pgbench-$variant/script.sql"
  (cd "$work/pgbench-$variant" && pgbench -n -h 127.0.0.1 -p 15432 -U postgres -c 16 -j 2 -T 10 -D queries="$queries" -f script.sql postgres > /dev/null 2>&1 \
    && rm -f pgbench_log.* && pgbench -n -h 127.0.0.1 -p 15432 -U postgres -c 16 -j 2 -T "$duration" -D queries="$queries" -f script.sql -l postgres > summary.txt 2>&1)
  echo "- $variant: $(python3 bench/pgbench_latency.py "$work/pgbench-$variant")"
done
