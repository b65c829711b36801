#!/usr/bin/env python3
"""Check the clustering test set (stdlib only).

Verifies the layout of ../README.md and /work/tmp/i13/format.md:
  - every file in docs/ has a catalog row and vice versa; catalog fields are valid;
  - every tellings row names an existing file, and its sentence occurs byte-for-byte in it,
    holds no line break and looks like one whole sentence;
  - every act in tellings.tsv is in acts.tsv and every act in acts.tsv is told;
  - acts have PLOVER types, three-letter codes and dates matching their precision;
  - every act that is not a near-miss is told by >= 3 documents that are not copies of
    each other; a near-miss (note 'near-miss of Axx: ...') shares type and pair with Axx,
    differs in date, and is told by 1-3 such documents;
  - no sentence tells two acts of the same type (the scorer labels by sentence and type);
  - copies.tsv files and originals exist, kinds are valid, a copy tells no act its
    original does not tell;
and prints counts. Exit status 1 on any error.
"""
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
PLOVER = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
             "THREATEN PROTEST MOBILIZE SANCTION COERCE ASSAULT".split())
IGO = set("UNO OAS EUR G7 LIMA_GROUP APEC AU ECOWAS NATO ICC IMF IAEA".split())
GENRES_HINT = {"wire report", "news report", "analysis"}
ABBREV = re.compile(r"\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Lt|Col|Gen|Gov|Sen|Rep)\.")
INNER_END = re.compile(r"[.!?][\"”’)]?\s+[\"“]?[A-Z]")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def read_tsv(name, header):
    path = os.path.join(ROOT, name)
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        err(f"{name}: header must be {header}")
        return []
    rows = []
    for n, ln in enumerate(lines[1:], 2):
        parts = ln.split("\t")
        if len(parts) != len(header):
            err(f"{name}:{n}: {len(parts)} fields, expected {len(header)}")
            continue
        rows.append(dict(zip(header, parts), _line=n))
    return rows


def main():
    # catalog
    files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
    texts = {}
    for f in files:
        if not re.fullmatch(r"\d{3}_[a-z0-9_]+\.txt", f):
            err(f"docs/{f}: name is not NNN_slug.txt")
        with open(os.path.join(DOCS, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
    with open(os.path.join(DOCS, "catalog.csv"), encoding="utf-8", newline="") as fh:
        cat = list(csv.DictReader(fh))
    if cat and list(cat[0].keys()) != ["file", "published", "precision", "publisher", "genre", "title"]:
        err("catalog.csv: header must be file,published,precision,publisher,genre,title")
    catfiles = [r["file"] for r in cat]
    for f in sorted(set(files) - set(catfiles)):
        err(f"docs/{f}: no catalog row")
    for f in sorted(set(catfiles) - set(files)):
        err(f"catalog.csv: {f} has no file")
    if len(catfiles) != len(set(catfiles)):
        err("catalog.csv: duplicate rows")
    published = {}
    for r in cat:
        p, prec = r["published"], r["precision"]
        if prec == "day" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p) or \
           prec == "month" and not re.fullmatch(r"\d{4}-\d{2}", p) or prec not in ("day", "month"):
            err(f"catalog.csv: {r['file']}: bad published/precision {p}/{prec}")
        if not r["publisher"] or not r["genre"]:
            err(f"catalog.csv: {r['file']}: publisher and genre are required")
        published[r["file"]] = p
    for f, t in texts.items():
        words = len(t.split())
        if not 80 <= words <= 500:
            err(f"docs/{f}: {words} words (80-500 allowed)")

    # acts
    acts = {}
    for r in read_tsv("acts.tsv", ["act", "type", "source", "target", "date", "precision", "note"]):
        a = r["act"]
        if a in acts:
            err(f"acts.tsv:{r['_line']}: duplicate act {a}")
        acts[a] = r
        if r["type"] not in PLOVER:
            err(f"acts.tsv:{r['_line']}: {r['type']} is not a PLOVER type")
        for side in ("source", "target"):
            if not (re.fullmatch(r"[A-Z]{3}", r[side]) or r[side] in IGO):
                err(f"acts.tsv:{r['_line']}: bad {side} code {r[side]}")
        pat = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}.get(r["precision"])
        if not pat or not re.fullmatch(pat, r["date"]):
            err(f"acts.tsv:{r['_line']}: date {r['date']} does not match precision {r['precision']}")
        m = re.match(r"near-miss of (A\d+)\b", r["note"])
        r["near"] = m.group(1) if m else None

    # copies
    copies = read_tsv("copies.tsv", ["file", "original", "kind"])
    copy_of = {}
    for r in copies:
        for k in ("file", "original"):
            if r[k] not in texts:
                err(f"copies.tsv:{r['_line']}: {r[k]} does not exist")
        if r["kind"] not in ("syndicated", "rewrite"):
            err(f"copies.tsv:{r['_line']}: kind {r['kind']}")
        if r["file"] == r["original"]:
            err(f"copies.tsv:{r['_line']}: a file cannot copy itself")
        if r["file"] in copy_of:
            err(f"copies.tsv:{r['_line']}: {r['file']} listed twice")
        copy_of[r["file"]] = r["original"]

    def family(f):
        seen = set()
        while f in copy_of and f not in seen:
            seen.add(f)
            f = copy_of[f]
        return f

    # tellings
    tellings = read_tsv("tellings.tsv", ["act", "file", "sentence"])
    told = {}
    by_sentence = {}
    acts_in_file = {}
    for r in tellings:
        a, f, s = r["act"], r["file"], r["sentence"]
        where = f"tellings.tsv:{r['_line']}"
        if a not in acts:
            err(f"{where}: act {a} not in acts.tsv")
        if f not in texts:
            err(f"{where}: file {f} does not exist")
            continue
        t = texts[f]
        if "\n" in s or "\r" in s:
            err(f"{where}: sentence has a line break")
        i = t.find(s)
        if not s or i < 0:
            err(f"{where}: sentence not found in {f}: {s[:60]!r}")
            continue
        before = t[i - 1] if i > 0 else "\n"
        after = t[i + len(s)] if i + len(s) < len(t) else "\n"
        if not (before in " \n"):
            err(f"{where}: sentence does not start at a word boundary")
        if after not in " \n":
            err(f"{where}: sentence does not end at a boundary")
        if not re.search(r"[.!?][\"”’)]?$", s) and after != "\n":
            err(f"{where}: sentence without final punctuation that is not a whole line")
        if INNER_END.search(s[:-1]):
            err(f"{where}: looks like more than one sentence: {s[:60]!r}")
        if ABBREV.search(s):
            warnings.append(f"{where}: abbreviation may confuse a splitter: {ABBREV.search(s).group(0)}")
        told.setdefault(a, set()).add(f)
        key = (f, s)
        if a in acts:
            typ = acts[a]["type"]
            prev = by_sentence.setdefault(key, {})
            if typ in prev and prev[typ] != a:
                err(f"{where}: sentence tells {prev[typ]} and {a}, both {typ}")
            prev[typ] = a
        acts_in_file.setdefault(f, set()).add(a)
        if (a, f, s) in {(x["act"], x["file"], x["sentence"]) for x in tellings[: tellings.index(r)]}:
            err(f"{where}: duplicate row")

    for c, o in copy_of.items():
        extra = acts_in_file.get(c, set()) - acts_in_file.get(o, set())
        if extra:
            err(f"copies.tsv: {c} tells {sorted(extra)} which its original {o} does not")

    # a telling sentence found verbatim in another document must be a telling there too
    pairs = {(x["act"], x["file"], x["sentence"]) for x in tellings}
    for act, f, s in sorted(pairs):
        for g, t in texts.items():
            if g != f and (act, g, s) not in pairs and s in t:
                i = t.find(s)
                if (i == 0 or t[i - 1] in " \n") and (i + len(s) == len(t) or t[i + len(s)] in " \n"):
                    err(f"tellings.tsv: {g} contains the sentence of {act} in {f} but has no telling row for it")

    near = 0
    for a, r in acts.items():
        docs = told.get(a, set())
        families = {family(f) for f in docs}
        if not docs:
            err(f"acts.tsv: {a} is told nowhere")
            continue
        if r["near"]:
            near += 1
            o = acts.get(r["near"])
            if not o:
                err(f"acts.tsv: {a} is a near-miss of unknown {r['near']}")
            elif o["near"]:
                err(f"acts.tsv: {a} is a near-miss of another near-miss")
            else:
                if o["type"] != r["type"] or {o["source"], o["target"]} != {r["source"], r["target"]}:
                    err(f"acts.tsv: near-miss {a} does not share type and pair with {r['near']}")
                if o["date"] == r["date"]:
                    err(f"acts.tsv: near-miss {a} has the same date as {r['near']}")
            if not 1 <= len(families) <= 3:
                err(f"acts.tsv: near-miss {a} told by {len(families)} independent documents (1-3)")
        elif len(families) < 3:
            err(f"acts.tsv: {a} told by {len(families)} independent documents (needs 3): {sorted(docs)}")

    main_acts = len(acts) - near
    indep = {a: len({family(f) for f in told.get(a, ())}) for a in acts}
    print(f"documents      {len(texts)}")
    print(f"  originals    {len(texts) - len(copy_of)}")
    print(f"  copies       {len(copy_of)} (syndicated {sum(1 for r in copies if r['kind'] == 'syndicated')}, "
          f"rewrite {sum(1 for r in copies if r['kind'] == 'rewrite')})")
    print(f"acts           {len(acts)}")
    print(f"  main         {main_acts}")
    print(f"  near-miss    {near}")
    print(f"tellings       {len(tellings)}")
    print(f"words          {sum(len(t.split()) for t in texts.values())}")
    types = {}
    for r in acts.values():
        types[r["type"]] = types.get(r["type"], 0) + 1
    print("acts by type   " + ", ".join(f"{k} {v}" for k, v in sorted(types.items(), key=lambda x: -x[1])))
    print("independent documents per main act: " +
          ", ".join(f"{n}:{sum(1 for a in acts if not acts[a]['near'] and indep[a] == n)}"
                    for n in sorted({indep[a] for a in acts if not acts[a]['near']})))
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("ERROR: " + e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
