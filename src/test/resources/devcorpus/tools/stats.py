#!/usr/bin/env python3
"""Counts of a gold file or batch: events per type and modality, quotes, letters, demands,
relations, documents, words.   python3 stats.py BATCH_DIR|GOLD.jsonl [more…]"""
import collections
import json
import os
import sys


def gold_files(arg):
    if os.path.isdir(arg):
        return [os.path.join(arg, "gold.jsonl")], os.path.join(arg, "docs")
    return [arg], None


def main():
    c = collections.Counter()
    types, modality, precision = collections.Counter(), collections.Counter(), collections.Counter()
    words = 0
    for arg in sys.argv[1:]:
        files, docs = gold_files(arg)
        for path in files:
            for line in open(path, encoding="utf-8"):
                r = json.loads(line)
                c[r["kind"]] += 1
                if r["kind"] == "event":
                    types[r["type"]] += 1
                    modality[r["modality"]] += 1
                    precision[r["date"]["precision"]] += 1
                if r["kind"] == "letter":
                    c["demand"] += len(r["demands"])
                    c["reference"] += len(r["references"])
        if docs and os.path.isdir(docs):
            for name in os.listdir(docs):
                with open(os.path.join(docs, name), encoding="utf-8") as f:
                    words += len(f.read().split())
    print("documents %d, words %d" % (c["doc"], words))
    print("events %d, quotes %d, letters %d (demands %d, references %d), relations %d"
          % (c["event"], c["quote"], c["letter"], c["demand"], c["reference"], c["relation"]))
    print("types: " + ", ".join("%s %d" % kv for kv in sorted(types.items(), key=lambda kv: -kv[1])))
    print("modality: " + ", ".join("%s %d" % kv for kv in modality.most_common()))
    print("date precision: " + ", ".join("%s %d" % kv for kv in precision.most_common()))


if __name__ == "__main__":
    main()
