#!/usr/bin/env bash
# Scale of content (issue 7): 100,000 article translations on the embedded default.
#
#   bench/scale.sh [articles, default 20000 (x 5 languages)] [seconds per measured run, default 60]
#
# Generates the corpus (bench/corpus.py), starts the server on it with an empty data folder
# and measures the import and start-up, the index size, search and suggestions at 16
# connections, memory; then restarts it with the index present. Needs wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-20000}
duration=${2:-60}
# The JIT compiler is still at work after 100 s of searches; figures before that are of a cold server.
warmup=${BENCH_WARMUP:-150}
heap=${BENCH_HEAP:-512m}
port=${BENCH_PORT:-18090}
jdk=$(bin/find-jdk)
eval_dev=${EVAL_DEV:-../shared/eval-dev}
work=$(mktemp -d)
admin_password="scale-bench-$RANDOM-$RANDOM-$RANDOM"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; true' EXIT
[ -f target/guidepost.jar ] || JAVA_HOME=$jdk mvn -q -B -DskipTests package

now_ms() { date +%s%3N; }
start_server() { # log
  # bin/guidepost: the shipped start (its JVM and thread settings); it execs java, so $! is the server.
  GUIDEPOST_CONTENT_DIR="$work/corpus" GUIDEPOST_DATA_DIR="$work/data" GUIDEPOST_ADMIN_PASSWORD="$admin_password" JAVA_TOOL_OPTIONS="-Xmx$heap" \
    bin/guidepost --port "$port" > "$1" 2>&1 &
  server=$!
}
await_ready() {
  for _ in $(seq 1 6000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "127.0.0.1:$port/health/ready")" = 200 ] && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  echo "not ready; logs kept in $work" >&2; trap - EXIT; kill "$server" 2>/dev/null; exit 1
}
# Where a start's time went, from its log: Payara's own start, the deployment (CDI, JPA, JAX-RS),
# then Guidepost's steps until ready (its "ready" line breaks them down); and when each was
# logged, counted from the launch ($2, epoch ms), so that nothing is left unattributed.
breakdown() { # log launch_ms
  local payara deployed guidepost
  payara=$(grep -o 'startup time : [^]]*' "$1" | head -1 | grep -o 'total([0-9,]*ms)' | tr -d 'total()')
  deployed=$(grep -o 'was successfully deployed in [0-9,]* milliseconds' "$1" | head -1 | grep -o '[0-9,]*')
  guidepost=$(grep -o '([0-9,]* ms after deployment: [^)]*)' "$1" | head -1 | tr -d '()')
  echo "  - Payara Micro's start $payara; deployment $deployed ms; then $guidepost"
  python3 - "$1" "$2" <<'PY'
import re, sys, datetime
launch = int(sys.argv[2])
marks = [("first log line", r"."), ("Payara started", r"startup time :"), ("application deployed", r"was successfully deployed in"),
         ("Guidepost's steps begin (schema)", r"Database: jdbc"), ("Guidepost ready", r"Guidepost is ready")]
seen = {}
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.match(r"\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})\+0000\]", line)
    if not m:
        continue
    at = int(datetime.datetime.fromisoformat(m.group(1)).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000) - launch
    for name, pattern in marks:
        if name not in seen and re.search(pattern, line):
            seen[name] = at
print("  - logged after launch: " + "; ".join(f"{name} {seen[name] / 1000:.1f} s" for name, _ in marks if name in seen))
PY
}
peak_rss_mb() { awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$server/status"; }
stop_server() { kill "$server"; while kill -0 "$server" 2>/dev/null; do sleep 0.1; done; server=""; }

python3 bench/corpus.py "$work/corpus" "$articles"
# The development sets' questions (their sentences are the corpus's text) and typed prefixes.
python3 - "$eval_dev" "$work" <<'PY'
import csv, random, sys, urllib.parse
eval_dev, work = sys.argv[1], sys.argv[2]
rows = []
for name in ("xquad", "norquad"):
    with open(f"{eval_dev}/corpora/{name}/queries.tsv", encoding="utf-8") as table:
        rows += [(row["lang"], row["query"]) for row in csv.DictReader(table, delimiter="\t")]
rng = random.Random(7)
rng.shuffle(rows)
with open(f"{work}/search.txt", "w", encoding="utf-8") as out:
    for lang, query in rows:
        out.write("/api/search?" + urllib.parse.urlencode({"q": query, "lang": lang}) + "\n")
with open("bench/relevance/helpdesk/queries.tsv", encoding="utf-8") as table:
    helpdesk = [(row["lang"], row["query"]) for row in csv.DictReader(table, delimiter="\t")]
with open(f"{work}/helpdesk.txt", "w", encoding="utf-8") as out:
    for lang, query in helpdesk:
        out.write("/api/search?" + urllib.parse.urlencode({"q": query, "lang": lang}) + "\n")
with open(f"{work}/listing.txt", "w", encoding="utf-8") as out:
    for _ in range(2000):
        lang = rng.choice(["en", "vi", "nb", "de", "ar"])
        out.write(f"/api/articles?lang={lang}&limit=100&offset={rng.randint(0, 19900)}\n")
with open(f"{work}/suggest.txt", "w", encoding="utf-8") as out:
    for lang, query in rows:
        word = query.split()[rng.randint(0, min(2, len(query.split()) - 1))]
        out.write("/api/suggest?" + urllib.parse.urlencode({"q": word[: rng.randint(2, max(2, len(word)))], "lang": lang}) + "\n")
PY

echo "## Scale run, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$jdk/bin/java" -version 2>&1 | head -1), -Xmx$heap"
echo "- corpus: $(find "$work/corpus/articles" -name '*.md' | wc -l) translations of $articles articles, $(du -sm --apparent-size "$work/corpus" | cut -f1) MB of Markdown"
t0=$(now_ms); start_server "$work/first.log"; await_ready; t1=$(now_ms)
report=$(curl -s "127.0.0.1:$port/api/content/import" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["tookMillis"], r["filesFound"], r["failed"])')
read -r import_ms files refused <<< "$report"
indexed=$(grep -o 'rebuilt from the database: [0-9,]* documents in [0-9,]* ms' "$work/first.log" | head -1)
echo "- first start, empty data folder: ready after $((t1 - t0)) ms; import of $files files $import_ms ms ($refused refused); index $indexed"
breakdown "$work/first.log" "$t0"
echo "- index size: $(du -sm "$work/data/index" | cut -f1) MB; database: $(du -sm "$work/data/db" | cut -f1) MB"
echo "- peak resident memory after import and indexing: $(peak_rss_mb) MB"

export BENCH_REQUESTS
BENCH_REQUESTS=$work/search.txt wrk -t2 -c16 -d"${warmup}s" -s bench/mixed.lua "http://127.0.0.1:$port" > /dev/null
BENCH_REQUESTS=$work/helpdesk.txt wrk -t2 -c16 -d20s -s bench/mixed.lua "http://127.0.0.1:$port" > /dev/null
BENCH_REQUESTS=$work/suggest.txt wrk -t2 -c16 -d20s -s bench/mixed.lua "http://127.0.0.1:$port" > /dev/null
echo "- search, XQuAD and NorQuAD questions in five languages, 16 connections: $(BENCH_REQUESTS=$work/search.txt wrk -t2 -c16 -d"${duration}s" -s bench/mixed.lua "http://127.0.0.1:$port" | tail -n 1)"
echo "- search, the help-desk queries (3-8 words as agents and readers type them), 16 connections: $(BENCH_REQUESTS=$work/helpdesk.txt wrk -t2 -c16 -d"${duration}s" -s bench/mixed.lua "http://127.0.0.1:$port" | tail -n 1)"
echo "- suggest, typed prefixes in five languages, 16 connections: $(BENCH_REQUESTS=$work/suggest.txt wrk -t2 -c16 -d"${duration}s" -s bench/mixed.lua "http://127.0.0.1:$port" | tail -n 1)"
echo "- article list, pages of 100 at any offset in five languages, 16 connections: $(BENCH_REQUESTS=$work/listing.txt wrk -t2 -c16 -d20s -s bench/mixed.lua "http://127.0.0.1:$port" | tail -n 1)"
# Staff pages that cover every article, one request at a time: the first reads every
# translation's state, the next ones (median of five) find them unchanged in the change log.
request_ms() { curl -s -o /dev/null -w '%{time_total}\n' -u "admin:$admin_password" "127.0.0.1:$port$1" | awk '{printf "%d", $1 * 1000}'; }
median_ms() { for _ in 1 2 3 4 5; do request_ms "$1"; echo; done | sort -n | sed -n 3p; }
first=$(request_ms /api/localization)
echo "- staff lists over every article, one request at a time: localization overview of five languages first $first ms, then $(median_ms /api/localization) ms (median of 5); editor's article list, first page $(median_ms /en/editor) ms; missing in Norwegian $(median_ms '/en/editor?lang=nb&status=missing') ms"
# One translation saved and published, then the overview again: only that article's states are
# read again (the change log names it). And the article page, with its related list.
etag=$(curl -s -D "$work/headers" -o "$work/translation.json" -u "admin:$admin_password" "127.0.0.1:$port/api/articles/scale-000001/translations/nb" \
  && awk 'tolower($1) == "etag:" {print $2}' "$work/headers" | tr -d '\r')
python3 - "$work/translation.json" > "$work/save.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
save = {"title": t["title"], "body": t["body"] + "\n\nOppdatert.", "message": "scale bench", "state": "published"}
for field in ("translationOf", "sourceRevision", "category"):
    if t.get(field) is not None:
        save[field] = t[field]
print(json.dumps(save))
PY
saved=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -u "admin:$admin_password" -H "If-Match: $etag" -H 'Content-Type: application/json' \
  --data-binary @"$work/save.json" "127.0.0.1:$port/api/articles/scale-000001/translations/nb")
echo "- after one translation saved (HTTP $saved): localization overview $(request_ms /api/localization) ms, then $(median_ms /api/localization) ms"
echo "- article page with its related list (most alike in its topic), one request at a time: $(median_ms /en/articles/scale-000002) ms (median of 5)"
echo "- peak resident memory after the load: $(peak_rss_mb) MB"
stop_server

t0=$(now_ms); start_server "$work/second.log"; await_ready; t1=$(now_ms)
report=$(curl -s "127.0.0.1:$port/api/content/import" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["tookMillis"], r["unchanged"])')
echo "- second start, index present: ready after $((t1 - t0)) ms (import found ${report#* } files unchanged in ${report% *} ms)"
breakdown "$work/second.log" "$t0"
echo "- peak resident memory: $(peak_rss_mb) MB"
stop_server
rm -rf "$work"
