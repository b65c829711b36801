#!/usr/bin/env python3
"""Builds gold JSONL (shared/spec/records.md) from readable annotation files.

    python3 build_gold.py BATCH_DIR [--out gold.jsonl]

BATCH_DIR holds docs/*.txt and ann/*.ann.json (one per document, same base name).
Offsets are never typed: every span is found by exact substring search, in UTF-16
code units as records.md counts them. Anything that cannot be found, or is found
more than once where the place matters, is an error naming file and record.

Annotation file (JSON):
{
  "doc": "x.txt",
  "events": [{"sentence": "...", "type": "SANCTION", "mode": "expel" | null,
              "source": ACTOR, "target": ACTOR, "date": DATE, "modality": "asserted"}],
  "quotes": [{"text": "...", "speaker": ACTOR, "verb": "said" | null}],
  "letters": [{"date": DATE, "authors": [ACTOR], "recipients": [ACTOR],
               "demands": [{"n": 1, "summary": "...", "addressee": ACTOR, "text": "..."}],
               "references": [{"date": DATE, "recipients": [ACTOR], "replied": false}]}],
  "relations": [{"sentence": "...", "pair": ["AAA", "BBB"], "attribute": "...",
                 "value": "...", "date": DATE}]
}
ACTOR = {"text": "mention as written" | null, "name": ..., "country": "ISO3" | null,
         "org": "UNO" | null, "role": "GOV"}; optional "occurrence": k (1-based) picks the
         k-th occurrence of the text inside the sentence (events, relations), the
         demand (addressee) or the document (letters' authors/recipients/references,
         quote speakers); without it an event mention must be unique in its sentence, a
         speaker is the occurrence nearest the quote, a letter actor the first one.
DATE = "2018-03-26" | "2018-03" | "2018" | null  (precision from the shape).
"sentence"/"text" may carry "sentence_occurrence"/"occurrence" when not unique.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
            "THREATEN PROTEST MOBILIZE SANCTION COERCE ASSAULT".split())
MODALITIES = {"asserted", "negated", "intended", "hypothetical"}
ROLES = set("GOV MIL LEG JUD OPP CSO MED BUS CVL IGO".split())
RELATIONS = {"diplomatic_level": {"embassy", "chargé", "interests", "none"},
             "sanctions": {"imposed", "eased", "lifted", "reimposed"},
             "recognition": {"recognized", "not_recognized"}}


class AnnotationError(Exception):
    pass


def u16(text, cp_index):
    return len(text[:cp_index].encode("utf-16-le", "surrogatepass")) // 2


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(hay, needle, k, where, unique=True):
    """Code-point index of the k-th (1-based) occurrence, or of the only one."""
    if not isinstance(needle, str) or not needle:
        raise AnnotationError("%s: empty or missing text" % where)
    hits = occurrences(hay, needle)
    if not hits:
        raise AnnotationError("%s: %r not found" % (where, needle[:80]))
    if k is not None:
        if not 1 <= k <= len(hits):
            raise AnnotationError("%s: %r occurs %d times, occurrence %d asked"
                                  % (where, needle[:80], len(hits), k))
        return hits[k - 1]
    if unique and len(hits) > 1:
        raise AnnotationError("%s: %r occurs %d times; add an occurrence number"
                              % (where, needle[:80], len(hits)))
    return hits[0]


def date_of(value, where):
    if value is None:
        return {"value": None, "precision": "unknown"}
    if isinstance(value, dict):
        value = value.get("value")
        if value is None:
            return {"value": None, "precision": "unknown"}
    for prec, pat in (("day", r"\d{4}-\d{2}-\d{2}"), ("month", r"\d{4}-\d{2}"),
                      ("year", r"\d{4}")):
        if re.fullmatch(pat, str(value)):
            return {"value": str(value), "precision": prec}
    raise AnnotationError("%s: bad date %r (YYYY-MM-DD, YYYY-MM, YYYY or null)" % (where, value))


def actor(doc, a, where, scope=(0, None), nearest=None, unique=True):
    """Actor record with offsets of its mention inside doc[scope]."""
    if a is None:
        return None
    if not isinstance(a, dict):
        raise AnnotationError("%s: actor is not an object" % where)
    role = a.get("role")
    if role not in ROLES:
        raise AnnotationError("%s: role %r not one of %s" % (where, role, sorted(ROLES)))
    country = a.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", str(country)):
        raise AnnotationError("%s: country %r is not ISO3" % (where, country))
    if not a.get("name"):
        raise AnnotationError("%s: actor without name" % where)
    out = {"text": a.get("text")}
    text = a.get("text")
    if text is not None:
        lo, hi = scope[0], scope[1] if scope[1] is not None else len(doc)
        region = doc[lo:hi]
        if nearest is not None and a.get("occurrence") is None:
            hits = occurrences(region, text)
            if not hits:
                raise AnnotationError("%s: %r not found" % (where, text))
            i = min(hits, key=lambda h: abs(lo + h - nearest))
        else:
            i = locate(region, text, a.get("occurrence"), where, unique)
        out["start"], out["end"] = u16(doc, lo + i), u16(doc, lo + i + len(text))
    out.update({"name": a["name"], "country": country, "org": a.get("org"), "role": role})
    return out


def evidence(doc, ann, where):
    sent = ann.get("sentence")
    i = locate(doc, sent, ann.get("sentence_occurrence"), where)
    return i, {"text": sent, "start": u16(doc, i), "end": u16(doc, i + len(sent))}


def build_doc(doc_name, doc, ann):
    out = [{"kind": "doc", "doc": doc_name}]
    for n, e in enumerate(ann.get("events", []), 1):
        where = "%s event %d" % (doc_name, n)
        if e.get("type") not in TYPES:
            raise AnnotationError("%s: type %r" % (where, e.get("type")))
        if e.get("modality") not in MODALITIES:
            raise AnnotationError("%s: modality %r" % (where, e.get("modality")))
        if e.get("source") is None and e.get("target") is None:
            raise AnnotationError("%s: neither source nor target" % where)
        i, ev = evidence(doc, e, where)
        scope = (i, i + len(e["sentence"]))
        out.append({"kind": "event", "doc": doc_name, "type": e["type"], "mode": e.get("mode"),
                    "source": actor(doc, e.get("source"), where + " source", scope),
                    "target": actor(doc, e.get("target"), where + " target", scope),
                    "date": date_of(e.get("date"), where), "modality": e["modality"],
                    "evidence": ev})
    for n, q in enumerate(ann.get("quotes", []), 1):
        where = "%s quote %d" % (doc_name, n)
        i = locate(doc, q.get("text"), q.get("occurrence"), where)
        out.append({"kind": "quote", "doc": doc_name,
                    "speaker": actor(doc, q.get("speaker"), where + " speaker", nearest=i),
                    "verb": q.get("verb"), "text": q["text"],
                    "start": u16(doc, i), "end": u16(doc, i + len(q["text"]))})
    for n, letter in enumerate(ann.get("letters", []), 1):
        where = "%s letter %d" % (doc_name, n)
        demands = []
        for d in letter.get("demands", []):
            dw = "%s demand %s" % (where, d.get("n"))
            i = locate(doc, d.get("text"), d.get("occurrence"), dw)
            scope = (i, i + len(d["text"]))
            addressee = d.get("addressee")
            inside = addressee and addressee.get("text") and addressee["text"] in d["text"]
            demands.append({"n": d.get("n"), "summary": d.get("summary"),
                            "addressee": actor(doc, addressee, dw + " addressee",
                                               scope if inside else (0, None),
                                               unique=False, nearest=None if inside else i),
                            "text": d["text"], "start": u16(doc, i),
                            "end": u16(doc, i + len(d["text"]))})
        refs = [{"date": date_of(r.get("date"), where),
                 "recipients": [actor(doc, a, where + " reference recipient", unique=False)
                                for a in r.get("recipients", [])],
                 "replied": r.get("replied")} for r in letter.get("references", [])]
        out.append({"kind": "letter", "doc": doc_name, "date": date_of(letter.get("date"), where),
                    "authors": [actor(doc, a, where + " author", unique=False)
                                for a in letter.get("authors", [])],
                    "recipients": [actor(doc, a, where + " recipient", unique=False)
                                   for a in letter.get("recipients", [])],
                    "demands": demands, "references": refs})
    for n, r in enumerate(ann.get("relations", []), 1):
        where = "%s relation %d" % (doc_name, n)
        attr, value = r.get("attribute"), r.get("value")
        if attr not in RELATIONS or value not in RELATIONS[attr]:
            raise AnnotationError("%s: %r = %r is not a relation of records.md" % (where, attr, value))
        pair = r.get("pair")
        if not (isinstance(pair, list) and len(pair) == 2):
            raise AnnotationError("%s: pair must list two ISO3 codes" % where)
        _, ev = evidence(doc, r, where)
        out.append({"kind": "relation", "doc": doc_name, "pair": pair, "attribute": attr,
                    "value": value, "date": date_of(r.get("date"), where), "evidence": ev})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch")
    ap.add_argument("--out")
    args = ap.parse_args()
    docs_dir, ann_dir = os.path.join(args.batch, "docs"), os.path.join(args.batch, "ann")
    out_path = args.out or os.path.join(args.batch, "gold.jsonl")
    lines, errors = [], []
    for name in sorted(os.listdir(docs_dir)):
        if not name.endswith(".txt"):
            continue
        ann_path = os.path.join(ann_dir, name[:-4] + ".ann.json")
        if not os.path.exists(ann_path):
            errors.append("%s: no annotation %s" % (name, ann_path))
            continue
        with open(os.path.join(docs_dir, name), encoding="utf-8") as f:
            doc = f.read()
        try:
            with open(ann_path, encoding="utf-8") as f:
                ann = json.load(f)
        except ValueError as e:
            errors.append("%s: invalid JSON: %s" % (ann_path, e))
            continue
        try:
            lines.extend(build_doc(name, doc, ann))
        except AnnotationError as e:
            errors.append(str(e))
    if errors:
        for e in errors:
            print("build_gold: " + e, file=sys.stderr)
        sys.exit(1)
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds = {}
    for rec in lines:
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
    print("build_gold: %s: %s" % (out_path, ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    check(lines, docs_dir)


def check(lines, docs_dir):
    """The independent scorer's --check on the records (the gold-only doc lines left out)."""
    here = os.path.dirname(os.path.abspath(__file__))
    # ../shared beside the project (src/test/resources/devcorpus/tools is five folders down)
    found = [p for p in (os.path.join(here, *[".."] * n, "shared", "tools", "score.py")
                         for n in range(2, 7)) if os.path.exists(p)]
    scorer = os.environ.get("DYAD_SCORE_PY", found[0] if found else "score.py")
    if not os.path.exists(scorer):
        print("build_gold: score.py not found (set DYAD_SCORE_PY); spans not checked", file=sys.stderr)
        return
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for rec in lines:
            if rec["kind"] != "doc":
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    result = subprocess.run([sys.executable, scorer, "--check", f.name, "--docs", docs_dir,
                             "--strict"], capture_output=True, text=True)
    os.unlink(f.name)
    print(result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr)
    if result.returncode:
        print(result.stdout, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
