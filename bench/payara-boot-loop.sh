#!/usr/bin/env bash
# Starts Payara Micro (the build's target/payara-micro-*.jar, no application) again and again
# and counts the starts that never become ready; for each, it keeps a thread dump. This is how
# the start-up deadlock of docs/decisions/0014 was found and how to check a Payara upgrade.
#
#   bench/payara-boot-loop.sh [starts] [threading policy] [cpu]
#
# starts: how many (default 300); policy: USE_NO_THREADS (default, as guidepost.jar starts) or
# FULLY_THREADED (Payara's default); cpu: pin to this CPU with taskset, to run two loops at once.
# Prints one line per start and a total; dumps go to target/boot-loop/stall-N.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

starts=${1:-300}
policy=${2:-USE_NO_THREADS}
cpu=${3:-}
jdk=$(bin/find-jdk)
micro=$(ls target/payara-micro-*.jar | head -1)
work=target/boot-loop/${policy}${cpu:+-cpu$cpu}
mkdir -p "$work/tmp"
pin=()
[ -n "$cpu" ] && pin=(taskset -c "$cpu")
base=$(( 9100 + ${cpu:-0} * 100 ))
stalls=0
for i in $(seq 1 "$starts"); do
  log=$work/start-$i.log
  "${pin[@]}" "$jdk/bin/java" -Dorg.glassfish.startupThreadPolicy="$policy" --add-modules jdk.incubator.vector -Xmx512m \
    -Djava.io.tmpdir="$work/tmp" -jar "$micro" --nohazelcast --disablephonehome --port $(( base + i % 50 )) \
    --prebootcommandfile src/main/payara/pre-boot-commands.txt > "$log" 2>&1 &
  pid=$!
  ready=""
  for _ in $(seq 1 120); do
    ready=$(grep -o 'ready in [0-9,]* (ms)' "$log" || true)
    [ -n "$ready" ] && break
    sleep 0.5
  done
  if [ -z "$ready" ]; then
    stalls=$(( stalls + 1 ))
    "$jdk/bin/jcmd" "$pid" Thread.print -l > "$work/stall-$i.txt" 2>&1 || true
    echo "start $i: no answer after 60 s, threads in $work/stall-$i.txt"
  else
    echo "start $i: $ready"
    rm -f "$log"
  fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "${work:?}/tmp/"*
done
echo "$policy: $stalls stalled of $starts starts"
