#!/usr/bin/env python3
"""End-user problem queries against a running Guidepost: for each `lang<TAB>query<TAB>slug`
line of a query file, whether the expected article is among the top 3 hits in the reader's own
language and names the problem in its title or summary. Prints each miss and the total.

    bench/enduser-queries.py bench/enduser-queries.tsv http://localhost:8080
"""
import json
import sys
import urllib.parse
import urllib.request


def main(path, base):
    hits = total = 0
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        lang, query, slug = line.rstrip("\n").split("\t")
        total += 1
        url = f"{base}/api/search?lang={lang}&limit=3&q={urllib.parse.quote(query)}"
        with urllib.request.urlopen(url) as answer:
            found = json.load(answer)["hits"]
        top = [(h["article"], h["lang"]) for h in found]
        if (slug, lang) in top:
            hits += 1
        else:
            print(f"miss {lang} {query!r}: expected {slug}, got {top}")
    print(f"{hits} of {total} found in the top 3, in the reader's language")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2].rstrip("/"))
