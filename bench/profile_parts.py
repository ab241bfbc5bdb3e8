#!/usr/bin/env python3
"""Sorts JFR execution samples of request threads into the parts of a search.

Each sample's stack is read from the top (the running method) down; the first frame that names a
part decides it, so time spent in Lucene on behalf of snippets counts as snippets. Prints each
part's share of the samples taken in a search request, and the hottest methods of each part."""
import collections
import json
import sys

# The first of these found from the top of a stack names the part (order matters: inner first).
PARTS = [
    ("snippets", ("app.guidepost.search.Snippets.",)),
    ("did-you-mean", ("app.guidepost.search.DidYouMean.",)),
    ("guides", ("app.guidepost.search.ArticleSearch.guides", "ArticleSearch.lambda$guides")),
    ("coverage (languages ranked together)", ("app.guidepost.search.Coverage.", "app.guidepost.search.StandIns.")),
    ("counts and facets", ("app.guidepost.search.FacetCounts",)),
    ("close words (positions)", ("app.guidepost.search.CloseWords.",)),
    ("query building (typos, compounds, termbase, lexicon)", (
        "app.guidepost.search.TypedQueries.", "app.guidepost.search.LearnedLexicon.", "app.guidepost.search.AnalysedGlossary",
        "app.guidepost.search.Glossary", "app.guidepost.search.KnownTerms.", "app.guidepost.search.CompoundHeads.")),
    ("the searches (scoring)", ("app.guidepost.search.ArticleSearch.top",)),
    ("results to hits", ("app.guidepost.search.ArticleSearch.hits",)),
    ("analytics", ("app.guidepost.analytics.",)),
    ("JSON", ("org.eclipse.yasson.", "org.glassfish.json.", "org.eclipse.parsson.")),
    ("search (other)", ("app.guidepost.search.ArticleSearch.",)),
    ("API resource (other)", ("app.guidepost.api.",)),
]


def frames(event):
    stack = event["values"]["stackTrace"]
    return [f"{f['method']['type']['name'].replace('/', '.')}.{f['method']['name']}" for f in (stack or {}).get("frames", [])]


def main(path):
    with open(path, encoding="utf-8") as f:
        events = json.load(f)["recording"]["events"]
    parts = collections.Counter()
    hot = collections.defaultdict(collections.Counter)
    total = 0
    threads = collections.Counter()
    for event in events:
        stack = frames(event)
        thread = (event["values"].get("sampledThread") or {}).get("javaName") or "?"
        threads[thread.rstrip("0123456789() ").rstrip("-")] += 1
        if not any(name.startswith("app.guidepost.search.ArticleSearch.") or name.startswith("app.guidepost.api.SearchResource.") for name in stack):
            continue
        total += 1
        part = "HTTP and container"
        for name in stack:
            found = next((p for p, prefixes in PARTS if any(name.startswith(x) or x in name for x in prefixes)), None)
            if found:
                part = found
                break
        parts[part] += 1
        hot[part][stack[0]] += 1
    print(f"{total} samples in search requests, of {len(events)}; samples by thread: "
          + ", ".join(f"{name} {n}" for name, n in threads.most_common(6)))
    print("| part | share of the samples | hottest methods |")
    print("|---|---|---|")
    for part, n in parts.most_common():
        top = ", ".join(f"{m.rsplit('.', 2)[-2]}.{m.rsplit('.', 1)[-1]} {c * 100 // n}%" for m, c in hot[part].most_common(3))
        print(f"| {part} | {n * 100 / total:.1f} % | {top} |")


if __name__ == "__main__":
    main(sys.argv[1])
