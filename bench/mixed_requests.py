#!/usr/bin/env python3
"""Writes the request mix of bench/mixed.lua: one path per line ("A " before the path: sent as
a signed-in agent), shuffled with a fixed seed.

The mix is what a help desk sees during an outage: most readers land on the few articles
about the outage, agents and readers search in five languages (as typed: without
diacritics, compounds split, typos), type into the search box, open guides and the guidance
for the ticket step they are at.

Per 100 requests: 35 searches, 20 suggestions, 25 article views (18 of them on the three
hot articles; half as JSON, half as the help-center page), 10 guides and ticket-step
guidance, 10 help-center home and search pages.

Usage: bench/mixed_requests.py OUT [extra queries.tsv ...]
"""
import csv
import random
import sys
import urllib.parse

LANGS = ["en", "vi", "nb", "de", "ar"]
HOT = ["anatomy-of-an-interaction", "helpdesk-phone-skills", "case-study-difficult-customer"]
SHIPPED = HOT + ["five-things-tech-support-wont-tell-you", "ten-ways-help-desk-techs-improve-service"]
PUBLIC_GUIDES = ["cant-get-online"]
AGENT_GUIDES = ["customer-is-upset", "handling-a-help-desk-call"]
STEPS = ["greet", "identify-caller", "clarify", "troubleshoot", "hold", "transfer", "take-message", "escalate", "resolve", "close", "follow-up"]


def queries(paths):
    """(lang, query) of the shipped help-desk set, then of any other set given."""
    found = []
    for path in paths:
        with open(path, encoding="utf-8") as table:
            for row in csv.DictReader(table, delimiter="\t"):
                found.append((row["lang"], row["query"]))
    return found


def main():
    out, extra = sys.argv[1], sys.argv[2:]
    rng = random.Random(20261129)
    helpdesk = queries(["bench/relevance/helpdesk/queries.tsv"])
    others = queries(extra)
    q = lambda lang, text: urllib.parse.urlencode({"q": text, "lang": lang})

    def search():
        lang, text = rng.choice(helpdesk if not others or rng.random() < 0.6 else others)
        return "/api/search?" + q(lang, text)

    def suggest():
        lang, text = rng.choice(helpdesk + others)
        words = text.split()
        typed = " ".join(words[: rng.randint(1, min(2, len(words)))])
        return "/api/suggest?" + q(lang, typed[: rng.randint(2, max(2, len(typed)))])

    def article():
        slug = rng.choice(HOT) if rng.random() < 0.72 else rng.choice(SHIPPED)
        lang = rng.choice(LANGS)
        return f"/api/articles/{slug}?lang={lang}" if rng.random() < 0.5 else f"/{lang}/articles/{slug}"

    def guidance():
        # Agents (signed in: "A " before the path) on a call read the guidance for the ticket
        # step they are at and their guides; readers open the public troubleshooting guide.
        lang = rng.choice(LANGS)
        roll = rng.random()
        if roll < 0.4:
            return f"A /api/ticket-steps/{rng.choice(STEPS)}?lang={lang}"
        if roll < 0.7:
            return f"A /api/guides/{rng.choice(AGENT_GUIDES)}?lang={lang}"
        if roll < 0.85:
            return f"/api/guides/{rng.choice(PUBLIC_GUIDES)}?lang={lang}"
        return f"/{lang}/guides/{rng.choice(PUBLIC_GUIDES)}"

    def page():
        lang = rng.choice(LANGS)
        if rng.random() < 0.5:
            return f"/{lang}/"
        query_lang, text = rng.choice([entry for entry in helpdesk if entry[0] == lang])
        return f"/{lang}/search?" + urllib.parse.urlencode({"q": text})

    kinds = [search] * 35 + [suggest] * 20 + [article] * 25 + [guidance] * 10 + [page] * 10
    with open(out, "w", encoding="utf-8") as lines:
        for _ in range(20000):
            lines.write(rng.choice(kinds)() + "\n")


if __name__ == "__main__":
    main()
