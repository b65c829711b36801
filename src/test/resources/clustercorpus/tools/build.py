#!/usr/bin/env python3
"""Build the clustering test set from the annotated sources in tools/src/.

The sources are the texts as written, with each telling sentence wrapped as
[[A01|sentence]] or [[A01,A05|sentence]] (several acts told in one sentence).
A document starts with a header line
    ### slug | published | precision | publisher | genre
followed by the text (its first line is the headline, which becomes the title).
A copy is declared with '@copy-of SLUG KIND' on the line after the header. A
syndicated copy may be derived from its original with operations instead of a
written-out text:
    @from SLUG            start from the original's marked text
    @headline TEXT        replace the headline line
    @replace OLD => NEW   replace a string once (must occur)
    @drop-last N          drop the last N paragraphs
    @append TEXT          add a final paragraph
Documents are numbered in order of (published, slug) and written to
docs/NNN_slug.txt; docs/catalog.csv, tellings.tsv and copies.tsv are generated.
acts.tsv is written by hand.

Usage: python3 tools/build.py   (from anywhere; paths are relative to this file)
"""
import csv
import glob
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[([A-Z0-9,]+)\|(.+?)\]\]", re.S)


def parse_sources():
    docs = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for chunk in re.split(r"^### ", text, flags=re.M)[1:]:
            header, _, body = chunk.partition("\n")
            fields = [x.strip() for x in header.split("|")]
            if len(fields) != 5:
                sys.exit(f"{path}: bad header {header!r}")
            slug, published, precision, publisher, genre = fields
            d = dict(slug=slug, published=published, precision=precision,
                     publisher=publisher, genre=genre, copy_of=None, kind=None,
                     ops=[], body=None)
            lines = body.split("\n")
            rest = []
            for ln in lines:
                if ln.startswith("@copy-of "):
                    _, orig, kind = ln.split()
                    d["copy_of"], d["kind"] = orig, kind
                elif ln.startswith("@"):
                    d["ops"].append(ln)
                else:
                    rest.append(ln)
            d["body"] = "\n".join(rest).strip("\n") + "\n"
            docs.append(d)
    return docs


def apply_ops(d, by_slug):
    if not d["ops"]:
        return d["body"]
    text = None
    for op in d["ops"]:
        name, _, arg = op.partition(" ")
        if name == "@from":
            text = resolve(by_slug[arg.strip()], by_slug)
        elif name == "@headline":
            first, _, rest = text.partition("\n")
            text = arg + "\n" + rest
        elif name == "@replace":
            old, new = arg.split(" => ")
            if old not in text:
                sys.exit(f"{d['slug']}: @replace: {old!r} not found")
            text = text.replace(old, new, 1)
        elif name == "@drop-last":
            paras = text.rstrip("\n").split("\n\n")
            text = "\n\n".join(paras[: -int(arg)]) + "\n"
        elif name == "@append":
            text = text.rstrip("\n") + "\n\n" + arg + "\n"
        else:
            sys.exit(f"{d['slug']}: unknown op {op!r}")
    return text


def resolve(d, by_slug):
    if "_marked" not in d:
        d["_marked"] = apply_ops(d, by_slug)
    return d["_marked"]


def main():
    docs = parse_sources()
    by_slug = {}
    for d in docs:
        if d["slug"] in by_slug:
            sys.exit(f"duplicate slug {d['slug']}")
        by_slug[d["slug"]] = d
    docs.sort(key=lambda d: (d["published"], d["slug"]))
    for i, d in enumerate(docs, 1):
        d["file"] = f"{i:03d}_{d['slug']}.txt"
    docdir = os.path.join(ROOT, "docs")
    os.makedirs(docdir, exist_ok=True)
    for old in glob.glob(os.path.join(docdir, "*.txt")):
        os.remove(old)
    tellings = []
    catalog = []
    for d in docs:
        marked = resolve(d, by_slug)
        plain = MARK.sub(lambda m: m.group(2), marked)
        if "[[" in plain or "]]" in plain:
            sys.exit(f"{d['slug']}: unbalanced marker")
        for m in MARK.finditer(marked):
            for act in m.group(1).split(","):
                tellings.append((act, d["file"], m.group(2)))
        with open(os.path.join(docdir, d["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(plain)
        title = plain.split("\n", 1)[0].strip()
        catalog.append([d["file"], d["published"], d["precision"], d["publisher"], d["genre"], title])
    with open(os.path.join(docdir, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "published", "precision", "publisher", "genre", "title"])
        w.writerows(catalog)
    with open(os.path.join(ROOT, "tellings.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("act\tfile\tsentence\n")
        for act, file, sent in sorted(tellings, key=lambda t: t[1]):
            f.write(f"{act}\t{file}\t{sent}\n")
    with open(os.path.join(ROOT, "copies.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\toriginal\tkind\n")
        for d in docs:
            if d["copy_of"]:
                f.write(f"{d['file']}\t{by_slug[d['copy_of']]['file']}\t{d['kind']}\n")
    print(f"{len(docs)} documents, {len(tellings)} tellings")


if __name__ == "__main__":
    main()
