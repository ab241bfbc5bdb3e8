#!/usr/bin/env python3
"""Reads a pgbench run (summary.txt and the -l transaction logs in one folder) and prints one
line like bench/report.lua's: queries per second, latency p50/p95/p99 in ms, failures."""
import glob
import os
import re
import sys


def main():
    folder = sys.argv[1]
    summary = open(os.path.join(folder, "summary.txt"), encoding="utf-8").read()
    tps = re.search(r"tps = ([\d.]+)", summary)
    failed = re.search(r"number of failed transactions: (\d+)", summary)
    latencies = []
    for log in glob.glob(os.path.join(folder, "pgbench_log.*")):
        for line in open(log, encoding="utf-8"):
            fields = line.split()
            latencies.append(int(fields[2]) / 1000.0)
    latencies.sort()
    pick = lambda p: latencies[max(0, -(-len(latencies) * p // 100) - 1)] if latencies else float("nan")
    print("queries/s %.0f | p50 %.2f p95 %.2f p99 %.2f ms | failed %s" % (
        float(tps.group(1)) if tps else float("nan"), pick(50), pick(95), pick(99), failed.group(1) if failed else "?"))


if __name__ == "__main__":
    main()
