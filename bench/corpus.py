#!/usr/bin/env python3
"""Generates a large content folder for the scale benchmark (bench/scale.sh): ARTICLES
articles, each in all five languages (English source, four translations of it), so 20,000
articles make 100,000 article translations.

The text is real language, not lorem ipsum: sentences of the development sets of
../shared/eval-dev (XQuAD for en, de, vi, ar; NorQuAD for nb) recombined into articles of
two to four `##` sections, so every analyzer, stemmer and the typo tolerance meet the words
they meet in production, and the sets' questions find text to rank. Deterministic: the same
arguments give the same folder.

Usage: bench/corpus.py OUT [ARTICLES, default 20000]
"""
import os
import random
import re
import sys

EVAL_DEV = os.environ.get("EVAL_DEV", "../shared/eval-dev")
SOURCES = {"en": "xquad", "de": "xquad", "vi": "xquad", "ar": "xquad", "nb": "norquad"}
CATEGORIES = ["interaction-basics", "phone-skills", "difficult-situations", "service-quality", "self-help"]
TAGS = ["greeting", "escalation", "hold", "transfer", "network", "password", "printer", "email", "vpn", "billing"]
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


def sentences(lang):
    root = os.path.join(EVAL_DEV, "corpora", SOURCES[lang], "content", "articles")
    found = []
    for slug in sorted(os.listdir(root)):
        path = os.path.join(root, slug, lang + ".md")
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        body = text.split("---", 2)[2] if text.startswith("---") else text
        for sentence in SENTENCE_END.split(body.replace("\n", " ")):
            sentence = sentence.strip().replace("\\[", "(").replace("\\]", ")")
            if 30 <= len(sentence) <= 400 and not sentence.startswith("#"):
                found.append(sentence)
    return found


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def title_from(sentence, rng):
    words = re.sub(r"[\"“”«»():;,.!?؟]", "", sentence).split()
    return " ".join(words[: rng.randint(4, 9)]) or "Untitled"


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    rng = random.Random(100000)
    pools = {lang: sentences(lang) for lang in SOURCES}
    articles = os.path.join(out, "articles")
    os.makedirs(articles, exist_ok=True)
    for number in range(1, count + 1):
        slug = f"scale-{number:06d}"
        folder = os.path.join(articles, slug)
        os.makedirs(folder, exist_ok=True)
        category = rng.choice(CATEGORIES)
        tags = rng.sample(TAGS, 2)
        sections = rng.randint(2, 4)
        for lang, pool in pools.items():
            picked = [rng.choice(pool) for _ in range(sections * rng.randint(2, 3) + 1)]
            lines = ["---", f"title: {quoted(title_from(picked[0], rng))}", f"category: {category}",
                     f"tags: [{', '.join(tags)}]"]
            if lang != "en":
                lines += ["translation_of: en", "source_revision: 1"]
            lines += ["---", picked[0], ""]
            per_section = (len(picked) - 1) // sections
            for section in range(sections):
                chunk = picked[1 + section * per_section: 1 + (section + 1) * per_section]
                lines += ["## " + title_from(chunk[0], rng), " ".join(chunk), ""]
            with open(os.path.join(folder, lang + ".md"), "w", encoding="utf-8") as file:
                file.write("\n".join(lines))


if __name__ == "__main__":
    main()
