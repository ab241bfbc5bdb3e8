#!/usr/bin/env python3
"""SQL for the PostgreSQL full-text search baseline of bench/load.sh, on the database a
Guidepost cluster has just filled: every published translation as a document with a
tsvector in its language's text search configuration (simple for Vietnamese, which
PostgreSQL has no stemmer for) and a GIN index, and the searches of the load mix as
bench_query rows. The searches are the fairer "any word" variant of websearch_to_tsquery
(../shared/eval-dev/README.md: requiring every word finds nothing for most questions).

Usage: bench/pg_fts.py REQUESTS > setup.sql
"""
import sys
import urllib.parse

CONFIG = {"en": "english", "de": "german", "nb": "norwegian", "vi": "simple", "ar": "arabic"}


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def main():
    searches = []
    seen = set()
    for line in open(sys.argv[1], encoding="utf-8"):
        path, _, query = line.strip().partition("?")
        if path != "/api/search":
            continue
        fields = urllib.parse.parse_qs(query)
        key = (fields["lang"][0], fields["q"][0])
        if key not in seen:
            seen.add(key)
            searches.append(key)
    print("SET client_min_messages = warning;")
    print("CREATE OR REPLACE FUNCTION bench_config(lang text) RETURNS regconfig IMMUTABLE LANGUAGE sql AS $$ SELECT CASE lang "
          + " ".join(f"WHEN '{lang}' THEN '{config}'::regconfig" for lang, config in CONFIG.items())
          + " ELSE 'simple'::regconfig END $$;")
    print("DROP TABLE IF EXISTS bench_doc; DROP TABLE IF EXISTS bench_query;")
    print("CREATE TABLE bench_doc AS SELECT t.id, a.slug, t.lang, t.title, t.body, "
          "setweight(to_tsvector(bench_config(t.lang), t.title), 'A') || to_tsvector(bench_config(t.lang), t.body) AS tsv "
          "FROM translation t JOIN article a ON a.id = t.article_id WHERE t.state = 'published';")
    print("CREATE INDEX bench_doc_tsv ON bench_doc USING gin (tsv);")
    print("CREATE INDEX bench_doc_lang ON bench_doc (lang);")
    print("CREATE TABLE bench_query (id integer PRIMARY KEY, lang text NOT NULL, words text NOT NULL);")
    for number, (lang, words) in enumerate(searches, start=1):
        print(f"INSERT INTO bench_query VALUES ({number}, {literal(lang)}, {literal(words)});")
    print("ANALYZE bench_doc; ANALYZE bench_query;")


if __name__ == "__main__":
    main()
