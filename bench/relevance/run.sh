#!/usr/bin/env bash
# Relevance benchmark over HTTP: for each set, start target/guidepost.jar on the set's
# articles, send every query through GET /api/search with the shared scorer
# (../shared/eval-dev/run_eval.py), and print nDCG@10, MRR@10 and Recall@10 per language.
#   bench/relevance/run.sh                  all sets: xquad norquad helpdesk xquad-xlang
#   bench/relevance/run.sh helpdesk         one set
# helpdesk = the shipped content/ with this folder's helpdesk/queries.tsv.
# xquad-xlang = XQuAD's questions in de, vi and ar whose paragraph exists in English only
# (built by xquad_crosslang.py: the other paragraphs are translated, for the lexicon).
# enduser-xlang, enduser-xlang-few = bench/enduser-queries.tsv against content/ with each
# non-English query's article missing in its language (enduser_crosslang.py; -few: the
# readers' languages keep only the five practice articles). Not in the default run.
# gnome-help = GNOME's desktop and network help from Debian's gnome-user-docs (256 articles in
# English, 253 translated to German, 22 to Vietnamese; gnome_help.py) with the queries of
# gnome-help/queries.tsv, Vietnamese ones answered in English only. Not in the default run.
# gnome-help-easy = the same articles with gnome-help/easy-queries.tsv: short search-box queries
# in English and German that mostly share the articles' words, the kind stock Lucene answers well.
# To compare two builds: BENCH_JAR=<another guidepost.jar> BENCH_HELPDESK_CONTENT=<its content folder>
# BENCH_OUT=<folder for the results> (defaults: target/guidepost.jar, content/, target/relevance).
set -euo pipefail
cd "$(dirname "$0")/../.."
sets=("$@"); [ ${#sets[@]} -eq 0 ] && sets=(xquad norquad helpdesk xquad-xlang)
eval_dev=$(cd "${EVAL_DEV:-../shared/eval-dev}" && pwd)
jdk=$(bin/find-jdk)
port=${BENCH_PORT:-18180}
jar=${BENCH_JAR:-target/guidepost.jar}
out=${BENCH_OUT:-target/relevance}
[ -f "$jar" ] || JAVA_HOME=$jdk mvn -q -B -DskipTests package

# The scorer reads corpora/<set>/ beside itself: lay out the sets it should see.
work=$(mktemp -d)
trap 'jobs -p | xargs -r kill 2>/dev/null || true; rm -rf "$work"' EXIT
ln -s "$eval_dev/run_eval.py" "$work/run_eval.py"
mkdir -p "$work/corpora/helpdesk" "$out"
for set in xquad norquad; do ln -s "$eval_dev/corpora/$set" "$work/corpora/$set"; done
ln -s "$(cd "${BENCH_HELPDESK_CONTENT:-content}" && pwd)" "$work/corpora/helpdesk/content"
ln -s "$PWD/bench/relevance/helpdesk/queries.tsv" "$work/corpora/helpdesk/queries.tsv"
EVAL_DEV=$eval_dev python3 bench/relevance/xquad_crosslang.py "$work/corpora/xquad-xlang" > /dev/null
python3 bench/relevance/enduser_crosslang.py "$work/corpora/enduser-xlang"
python3 bench/relevance/enduser_crosslang.py "$work/corpora/enduser-xlang-few" --few
if [[ " ${sets[*]} " == *" gnome-help"* ]]; then python3 bench/relevance/gnome_help.py "$work/corpora/gnome-help"; fi
if [[ " ${sets[*]} " == *" gnome-help-easy "* ]]; then
  mkdir -p "$work/corpora/gnome-help-easy"
  ln -s "$work/corpora/gnome-help/content" "$work/corpora/gnome-help-easy/content"
  cp bench/relevance/gnome-help/easy-queries.tsv "$work/corpora/gnome-help-easy/queries.tsv"
fi

for set in "${sets[@]}"; do
  GUIDEPOST_CONTENT_DIR="$work/corpora/$set/content" GUIDEPOST_DATA_DIR="$work/data-$set" GUIDEPOST_ADMIN_PASSWORD=bench-admin-password \
    "$jdk/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx512m \
    -jar "$jar" --port "$port" > "$work/$set.log" 2>&1 &
  pid=$!
  # The lexicon is learned in the background after the start: measure with it, not during it.
  for _ in $(seq 600); do
    curl -sf -u admin:bench-admin-password "http://127.0.0.1:$port/api/lexicon" 2>/dev/null | grep -q '"inStep":true' && break
    sleep 0.5
  done
  python3 "$work/run_eval.py" --set "$set" --base-url "http://127.0.0.1:$port" --label guidepost \
    --wait-ready 600 --out "$out/$set.json"
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
done
python3 "$work/run_eval.py" --summarize "$out"/*.json
