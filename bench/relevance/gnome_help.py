#!/usr/bin/env python3
"""Desktop and network help in the contract's content format, from GNOME's own help.

Debian's gnome-user-docs package holds GNOME Help as Mallard pages (CC BY-SA 3.0), in English
and translated: German nearly all of it, Vietnamese only a few pages. That is the shape of a
help desk that writes in one language and translates some of it, on desktop and network
topics: the closest public stand-in for a help desk's own knowledge base.

    gnome_help.py <out> [--deb gnome-user-docs_*.deb]

writes <out>/content/articles/<slug>/{en,de,vi}.md (a translation only where at least seven
tenths of its paragraphs differ from English, without the paragraphs left in English, so
untranslated pages stay English-only) and
copies bench/relevance/gnome-help/queries.tsv to <out>/queries.tsv. Without --deb the package
is fetched with `apt-get download` into a cache under ~/.cache/guidepost-bench.
"""
import argparse, glob, os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"de": "de", "vi": "vi"}
SKIP = {"info", "media", "links", "comment", "credit", "desc", "include"}


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def inline(el):
    """The text of an inline run, without figures or editor comments."""
    parts = [el.text or ""]
    for child in el:
        if local(child.tag) not in ("media", "comment"):
            parts.append(inline(child))
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def blocks(el, out, depth):
    """Markdown lines for the block elements under el."""
    for child in el:
        name = local(child.tag)
        if name in SKIP:
            continue
        if name == "title":
            if depth > 0:
                out.append("#" * min(depth + 1, 4) + " " + inline(child))
        elif name == "section":
            blocks(child, out, depth + 1)
        elif name in ("p", "screen", "code", "synopsis", "subtitle"):
            text = inline(child)
            if text:
                out.append(text)
        elif name in ("steps", "list"):
            for n, item in enumerate(i for i in child if local(i.tag) == "item"):
                lines = []
                blocks(item, lines, depth)
                if lines:
                    mark = f"{n + 1}." if name == "steps" else "-"
                    out.append(f"{mark} " + " ".join(lines))
        elif name == "terms":
            for item in (i for i in child if local(i.tag) == "item"):
                titles = [inline(t) for t in item if local(t.tag) == "title"]
                lines = []
                blocks(item, lines, depth)
                out.append("- " + " ".join([f"**{t}**" for t in titles] + [l for l in lines if not l.startswith("#")]))
        elif name == "table":
            for row in child.iter():
                if local(row.tag) == "tr":
                    cells = [inline(c) for c in row if local(c.tag) in ("td", "th")]
                    if any(cells):
                        out.append(" | ".join(cells))
        elif name == "choose":
            # Mallard shows one branch of a conditional: render the first, not both.
            branch = next(iter(child), None)
            if branch is not None:
                blocks(branch, out, depth)
        else:
            blocks(child, out, depth)


def paragraphs(root):
    return [inline(e) for e in root.iter() if local(e.tag) in ("p", "title") and inline(e)]


def page(path):
    root = ET.parse(path).getroot()
    info = next((c for c in root if local(c.tag) == "info"), None)
    desc = next((inline(c) for c in (info if info is not None else []) if local(c.tag) == "desc"), "")
    title = next((inline(c) for c in root if local(c.tag) == "title"), "")
    body = []
    blocks(root, body, 0)
    return root.get("id"), title, desc, body, paragraphs(root)


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def translated_enough(source_paragraphs, paragraphs):
    same = sum(1 for p in paragraphs if p in set(source_paragraphs))
    return paragraphs and 1 - same / len(paragraphs) >= 0.7


def deb_path(given):
    if given:
        return given
    cache = os.path.expanduser("~/.cache/guidepost-bench")
    os.makedirs(cache, exist_ok=True)
    found = glob.glob(os.path.join(cache, "gnome-user-docs_*.deb"))
    if not found:
        subprocess.run(["apt-get", "download", "gnome-user-docs"], cwd=cache, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        found = glob.glob(os.path.join(cache, "gnome-user-docs_*.deb"))
    return found[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--deb")
    args = ap.parse_args()
    tree = tempfile.mkdtemp()
    subprocess.run(["dpkg-deb", "-x", deb_path(args.deb), tree], check=True)
    help_dir = os.path.join(tree, "usr/share/help")
    articles = os.path.join(args.out, "content", "articles")
    counts = {"en": 0, "de": 0, "vi": 0}
    for source in sorted(glob.glob(os.path.join(help_dir, "C/gnome-help/*.page"))):
        page_id, title, desc, body, paras = page(source)
        if len(" ".join(body).split()) < 40:
            continue  # a guide page that only lists other pages
        slug = re.sub(r"[^a-z0-9]+", "-", page_id.lower()).strip("-")
        os.makedirs(os.path.join(articles, slug), exist_ok=True)
        versions = [("en", title, desc, body, "")]
        for lang in LANGS:
            other = os.path.join(help_dir, lang, "gnome-help", os.path.basename(source))
            if os.path.exists(other):
                _, t, d, b, p = page(other)
                if translated_enough(paras, p):
                    # What the translator left in English is not part of the translation.
                    b = [line for line in b if line.startswith("#") or line not in set(body)]
                    versions.append((lang, t, d, b, "translation_of: en\n"))
        for lang, t, d, b, origin in versions:
            with open(os.path.join(articles, slug, f"{lang}.md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {yaml_str(t)}\nsummary: {yaml_str(d)}\n{origin}---\n")
                f.write("\n\n".join(b) + "\n")
            counts[lang] += 1
    shutil.rmtree(tree)
    queries = os.path.join(HERE, "gnome-help", "queries.tsv")
    if os.path.exists(queries):
        shutil.copy(queries, os.path.join(args.out, "queries.tsv"))
    print(" ".join(f"{k} {v}" for k, v in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
