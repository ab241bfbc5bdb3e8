#!/usr/bin/env python3
"""Helpers of bench/compare.sh (issue 17: Guidepost's search against raw Lucene over HTTP).

  compare.py paths QUERIES_TSV OUT_FOLDER     request paths: all.txt, short.txt (1-3 words), long.txt (6+ words)
  compare.py warm BASE_URL PATHS_FILE ROUNDS  sends every path ROUNDS times, fails on any answer but 200
  compare.py table RESULTS_TSV                the Markdown tables of the measured runs
"""
import concurrent.futures
import csv
import http.client
import re
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

SHORT_MAX_WORDS = 3
LONG_MIN_WORDS = 6


def write_paths(queries_tsv, out_folder):
    """One GET /api/search path per query, in the file's order, split by the query's length."""
    out = Path(out_folder)
    out.mkdir(parents=True, exist_ok=True)
    lists = {"all": [], "short": [], "long": []}
    with open(queries_tsv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            path = "/api/search?" + urllib.parse.urlencode({"q": row["query"], "lang": row["lang"]})
            words = len(row["query"].split())
            lists["all"].append(path)
            if words <= SHORT_MAX_WORDS:
                lists["short"].append(path)
            elif words >= LONG_MIN_WORDS:
                lists["long"].append(path)
    for name, paths in lists.items():
        (out / f"{name}.txt").write_text("".join(p + "\n" for p in paths), encoding="utf-8")
    print(f"{len(lists['all'])} queries ({len(lists['short'])} short, {len(lists['long'])} long)")


def warm(base_url, paths_file, rounds, connections=4):
    """Every query `rounds` times over a few kept-alive connections: the JIT sees each code
    path before the measurement, and a query either server cannot answer stops the run here
    rather than showing up as a fast error in the figures."""
    url = urllib.parse.urlsplit(base_url)
    paths = [p for p in Path(paths_file).read_text(encoding="utf-8").splitlines() if p] * int(rounds)

    def send(share):
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        failures = []
        for path in share:
            connection.request("GET", path)
            answer = connection.getresponse()
            answer.read()
            if answer.status != 200:
                failures.append(f"{answer.status} {path}")
        connection.close()
        return failures

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(connections) as pool:
        failures = [f for part in pool.map(send, [paths[i::connections] for i in range(connections)]) for f in part]
    if failures:
        sys.exit(f"{base_url}: {len(failures)} of {len(paths)} warm-up requests failed, e.g. {failures[:3]}")
    print(f"{len(paths)} requests in {time.monotonic() - started:.1f} s")


REPORT = re.compile(
    r"requests/s (?P<rps>[\d.]+) \| client p50 (?P<p50>[\d.]+) p95 (?P<p95>[\d.]+) p99 (?P<p99>[\d.]+) ms"
    r" \| server p50 (?P<s50>[\d.]+) p95 (?P<s95>[\d.]+) p99 (?P<s99>[\d.]+) ms"
    r" \| errors (?P<errors>\d+) non-2xx (?P<non2xx>\d+)")


def table(results_tsv):
    """Rows of RESULTS_TSV: set, clients, queries, server (raw or guidepost), wrk's report line.

    A case measured more than once (BENCH_RUNS naming it again) is one row: the median of its
    runs' figures and of their ratios, with the ratios' range over the runs beside them."""
    runs = {}
    order = []
    for line in Path(results_tsv).read_text(encoding="utf-8").splitlines():
        set_name, clients, queries, server, report = line.split("\t", 4)
        match = REPORT.search(report)
        if not match:
            sys.exit(f"unreadable wrk report for {set_name} {clients} {queries} {server}: {report}")
        key = (set_name, clients, queries)
        if key not in runs:
            order.append(key)
            runs[key] = []
        if not runs[key] or server in runs[key][-1]:
            runs[key].append({})
        runs[key][-1][server] = {k: float(v) for k, v in match.groupdict().items()}
    for key in order:
        runs[key] = [r for r in runs[key] if "raw" in r and "guidepost" in r]

    def median(values):
        return statistics.median(values)

    def of(key, server, figure):
        return median([r[server][figure] for r in runs[key]])

    def ratio_of(key, figure):
        ratios = [r["guidepost"][figure] / r["raw"][figure] for r in runs[key] if r["raw"][figure]]
        if not ratios:
            return "n/a"
        spread = f" ({min(ratios):.2f}-{max(ratios):.2f}, {len(ratios)} runs)" if len(ratios) > 1 else ""
        return f"{median(ratios):.2f}{spread}"

    print("| set | clients | queries | raw p50 / p95 ms | Guidepost p50 / p95 ms | Guidepost ÷ raw, p50 / p95 "
          "| raw req/s | Guidepost req/s | Guidepost ÷ raw, req/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for key in order:
        print(f"| {' | '.join(key)} | {of(key, 'raw', 'p50'):.2f} / {of(key, 'raw', 'p95'):.2f} "
              f"| {of(key, 'guidepost', 'p50'):.2f} / {of(key, 'guidepost', 'p95'):.2f} "
              f"| **{ratio_of(key, 'p50')} / {ratio_of(key, 'p95')}** "
              f"| {of(key, 'raw', 'rps'):,.0f} | {of(key, 'guidepost', 'rps'):,.0f} | **{ratio_of(key, 'rps')}** |")

    print()
    print("Time inside the server, from each one's `Server-Timing: app;dur=` header: Guidepost's spans its")
    print("JAX-RS request and response filters (not the JSON writing nor Payara's HTTP layer), the raw")
    print("server's everything but the socket write. The rest of the client's figure is HTTP, the client")
    print("and, at 16 connections, waiting for a core.")
    print()
    print("| set | clients | queries | raw p50 / p95 ms | Guidepost p50 / p95 ms | Guidepost ÷ raw, p50 / p95 |")
    print("|---|---|---|---|---|---|")
    for key in order:
        print(f"| {' | '.join(key)} | {of(key, 'raw', 's50'):.2f} / {of(key, 'raw', 's95'):.2f} "
              f"| {of(key, 'guidepost', 's50'):.2f} / {of(key, 'guidepost', 's95'):.2f} "
              f"| {ratio_of(key, 's50')} / {ratio_of(key, 's95')} |")

    failed = [f"{' '.join(key)} {server}: {int(r[server]['errors'])} errors, {int(r[server]['non2xx'])} non-2xx"
              for key in order for r in runs[key] for server in r if r[server]["errors"] or r[server]["non2xx"]]
    if failed:
        print()
        print("**Failed requests** (the figures of these runs do not count): " + "; ".join(failed))


if __name__ == "__main__":
    commands = {"paths": write_paths, "warm": warm, "table": table}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
