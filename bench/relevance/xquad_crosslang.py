#!/usr/bin/env python3
"""Builds the cross-language relevance set of issue 16 from XQuAD (../shared/eval-dev), whose
paragraphs are parallel in English, German, Vietnamese and Arabic.

The paragraphs that questions are asked about are split in two halves by a hash of their slug:
- the questions' half exists in English only, so every question of the set, asked in German,
  Vietnamese (as written, and again without diacritics) or Arabic, has its answer in another
  language than its own;
- the other half, and the paragraphs no question is about, exist in all four languages, with
  `translation_of: en`: the translations a knowledge base holds, for a lexicon to learn from.

Each question of the translated half is asked too (tagged `own`), for what must not get worse:
its answer exists in the question's language, and that answer ranks first.

Deterministic: the same eval-dev gives the same set. Standard library only.

Usage: bench/relevance/xquad_crosslang.py OUT    (writes OUT/content/articles and OUT/queries.tsv)
"""
import hashlib
import os
import shutil
import sys
import unicodedata

EVAL_DEV = os.environ.get("EVAL_DEV", os.path.join(os.path.dirname(__file__), "../../../shared/eval-dev"))
QUESTION_LANGUAGES = ("de", "vi", "ar")


def english_only(slug):
    return hashlib.sha1(slug.encode()).digest()[0] % 2 == 0


def without_diacritics(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def with_translation_of(text):
    """The file's front matter says it was translated from English."""
    assert text.startswith("---\n"), "front matter expected"
    return "---\ntranslation_of: en\n" + text[4:]


def main(out):
    source = os.path.join(EVAL_DEV, "corpora", "xquad")
    rows = []
    with open(os.path.join(source, "queries.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            qid, lang, query, relevant = line.rstrip("\n").split("\t")[:4]
            rows.append((qid, lang, query, relevant))
    asked = {relevant for _, _, _, relevant in rows}
    articles = os.path.join(out, "content", "articles")
    shutil.rmtree(os.path.join(out, "content"), ignore_errors=True)
    os.makedirs(articles)
    kept = translated = 0
    for slug in sorted(os.listdir(os.path.join(source, "content", "articles"))):
        os.makedirs(os.path.join(articles, slug))
        only_english = slug in asked and english_only(slug)
        for name in sorted(os.listdir(os.path.join(source, "content", "articles", slug))):
            lang = name.split(".")[0]
            if only_english and lang != "en":
                continue
            text = open(os.path.join(source, "content", "articles", slug, name), encoding="utf-8").read()
            if lang != "en":
                text = with_translation_of(text)
                translated += 1
            with open(os.path.join(articles, slug, name), "w", encoding="utf-8") as f:
                f.write(text)
        kept += 1
    queries = []
    for qid, lang, query, relevant in rows:
        if lang not in QUESTION_LANGUAGES:
            continue
        tag = "#xlang" if english_only(relevant) else "#own"
        queries.append((qid + tag, lang, query, relevant))
        if lang == "vi":
            queries.append((qid + tag + "#nodiac", lang, without_diacritics(query), relevant))
    with open(os.path.join(out, "queries.tsv"), "w", encoding="utf-8") as f:
        f.write("qid\tlang\tquery\trelevant_slugs\n")
        for row in queries:
            f.write("\t".join(row) + "\n")
    english = sum(1 for slug in asked if english_only(slug))
    print("%d articles (%d in English only, %d translations); %d queries" % (kept, english, translated, len(queries)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
