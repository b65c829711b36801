#!/usr/bin/env bash
# Writes a folder of 200 documents for CI's Spark check (target/ci-200): the development corpus's
# work split and the sample texts (with their catalogs' dates given as --doc-dates lines), then
# short documents of two sentences each from the public benchmark sets in ../shared/bench
# (generated at run time, never committed: the sets carry their own licences).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/ci-200
rm -rf "$out"
mkdir -p "$out"
python3 - "$out" <<'PY'
import csv, json, os, shutil, sys
out = sys.argv[1]
n = 0
for folder in ["src/test/resources/devcorpus/work/docs", "../shared/corpus/seeds"]:
    catalog = os.path.join(folder, "catalog.csv")
    dates = {}
    if os.path.exists(catalog):
        with open(catalog, encoding="utf-8") as f:
            dates = {row["file"]: row["published"] for row in csv.DictReader(f) if row.get("published")}
    for name in sorted(os.listdir(folder)):
        if name.endswith((".txt", ".md")):
            shutil.copy(os.path.join(folder, name), os.path.join(out, name))
            if name in dates:
                with open(os.path.join(out, "catalog.csv"), "a", encoding="utf-8") as c:
                    if c.tell() == 0:
                        c.write("file,published,precision,publisher,genre,title\n")
                    c.write(f"{name},{dates[name]},,,,\n")
            n += 1
items = []
for s in ["plover_gsr", "petr2_gsr_validation"]:
    with open(f"../shared/bench/{s}/items.jsonl", encoding="utf-8") as f:
        items += [json.loads(line)["text"] for line in f if line.strip()]
i = 0
while n < 200 and i + 1 < len(items):
    with open(os.path.join(out, f"bench-{i // 2:03d}.txt"), "w", encoding="utf-8") as f:
        f.write(items[i] + "\n\n" + items[i + 1] + "\n")
    i += 2
    n += 1
print(f"corpus-200: {n} documents in {out}")
PY
