#!/usr/bin/env python3
"""An editor saving one hot article again and again while the load runs.

Every few seconds: read the working copy (ETag), change one line of the body, save it as
published with If-Match, then poll search (on the same instance or another one) until the
new word is found. Prints one summary line: saves by answer, and how long a save took to be
acknowledged and then to become searchable.

Usage: bench/hot_edit.py --write http://127.0.0.1:18080 --read http://127.0.0.1:18081
                         --article anatomy-of-an-interaction --lang en --every 3 --seconds 60
Credentials come from the environment: BENCH_BASIC (base64 of user:password, an editor).
"""
import argparse
import json
import os
import random
import string
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def call(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as refused:
        return refused.code, dict(refused.headers), refused.read()


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * p // 100) - 1)]


def main():
    options = argparse.ArgumentParser()
    options.add_argument("--write", required=True)
    options.add_argument("--read", required=True)
    options.add_argument("--article", default="anatomy-of-an-interaction")
    options.add_argument("--lang", default="en")
    options.add_argument("--every", type=float, default=3.0)
    options.add_argument("--seconds", type=float, default=60.0)
    args = options.parse_args()
    auth = {"Authorization": "Basic " + os.environ["BENCH_BASIC"]}
    translation = f"{args.write}/api/articles/{args.article}/translations/{args.lang}"
    answers, saved_ms, searchable_ms, never_searchable = {}, [], [], 0
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        started = time.monotonic()
        status, headers, body = call("GET", translation, headers=auth)
        if status != 200:
            answers[f"read {status}"] = answers.get(f"read {status}", 0) + 1
            time.sleep(args.every)
            continue
        copy = json.loads(body)
        # A made-up word nobody else uses: found by search only once this save is indexed.
        marker = "hotedit" + "".join(random.choice(string.ascii_lowercase) for _ in range(10))
        lines = [line for line in copy["body"].split("\n") if not line.startswith("Last checked during the outage:")]
        change = {
            "title": copy["title"], "summary": copy.get("summary"), "category": copy.get("category"),
            "tags": copy.get("tags") or [], "audience": copy["audience"], "body": "\n".join(lines).rstrip("\n")
            + f"\n\nLast checked during the outage: {marker}\n",
            "message": "Outage note updated", "state": "published",
        }
        for optional in ("translationOf", "sourceRevision"):
            if copy.get(optional) is not None:
                change[optional] = copy[optional]
        put_started = time.monotonic()
        status, _, _ = call("PUT", translation, json.dumps(change).encode(), {
            **auth, "Content-Type": "application/json", "If-Match": headers.get("ETag") or headers.get("Etag")})
        answers[str(status)] = answers.get(str(status), 0) + 1
        if status == 200:
            saved_ms.append((time.monotonic() - put_started) * 1000)
            query = urllib.parse.urlencode({"q": marker, "lang": args.lang})
            deadline = time.monotonic() + 10
            while True:
                found_status, _, found = call("GET", f"{args.read}/api/search?{query}")
                if found_status == 200 and json.loads(found)["total"] > 0:
                    searchable_ms.append((time.monotonic() - put_started) * 1000)
                    break
                if time.monotonic() > deadline:
                    never_searchable += 1
                    break
                time.sleep(0.05)
        time.sleep(max(0.0, args.every - (time.monotonic() - started)))
    print("hot article %s/%s: saves %s; saved p50 %.0f max %.0f ms; searchable%s p50 %.0f p95 %.0f max %.0f ms; not searchable within 10 s: %d" % (
        args.article, args.lang, ", ".join(f"{k}: {v}" for k, v in sorted(answers.items())),
        percentile(saved_ms, 50), max(saved_ms, default=float("nan")),
        "" if args.read == args.write else " on the other instance",
        percentile(searchable_ms, 50), percentile(searchable_ms, 95), max(searchable_ms, default=float("nan")),
        never_searchable))
    return 0 if set(answers) <= {"200"} and never_searchable == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
