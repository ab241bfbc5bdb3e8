#!/usr/bin/env python3
"""The end-user problem queries against articles missing in the reader's language.

Builds a relevance set in the scorer's layout from the shipped content/ and
bench/enduser-queries.tsv: every article a German, Vietnamese, Norwegian or Arabic query is
about loses its translation in that language, so the answer exists in English (its source)
and the other languages only. English queries keep their article.
  --few: the reader's languages keep only the five agent-practice articles, as where a
         knowledge base is written in English and little of it is translated.
Usage: enduser_crosslang.py OUT_DIR [--few]
"""
import os
import shutil
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
PRACTICE = {'anatomy-of-an-interaction', 'helpdesk-phone-skills', 'case-study-difficult-customer',
            'five-things-tech-support-wont-tell-you', 'ten-ways-help-desk-techs-improve-service'}


def main(out, few):
    content = os.path.join(out, 'content')
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, 'content'), content)
    articles = os.path.join(content, 'articles')
    rows = [line.rstrip('\n').split('\t') for line in open(os.path.join(ROOT, 'bench', 'enduser-queries.tsv'), encoding='utf-8')
            if line.strip() and not line.startswith('#')]
    lines = ['qid\tlang\tquery\trelevant_slugs']
    for number, (lang, query, slug) in enumerate(((r[0], r[1], r[2]) for r in rows), start=1):
        if lang != 'en':
            translation = os.path.join(articles, slug, lang + '.md')
            if os.path.exists(translation):
                os.remove(translation)
        lines.append(f"eu-{lang}-{number}#{'own' if lang == 'en' else 'xlang'}\t{lang}\t{query}\t{slug}")
    if few:
        for slug in os.listdir(articles):
            if slug not in PRACTICE:
                for lang in ('de', 'vi', 'nb', 'ar'):
                    translation = os.path.join(articles, slug, lang + '.md')
                    if os.path.exists(translation):
                        os.remove(translation)
    with open(os.path.join(out, 'queries.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], '--few' in sys.argv[2:])
