#!/usr/bin/env python3
"""Builds data/cameo/codes.tsv (code, Goldstein score, short name) from the CAMEO code list in ../shared.

Only the facts are kept: each code, its Goldstein score and its short name. Re-run after the source changes:
    python3 tools/cameo-table/build.py ../shared/data/cameo/cameo-codes.csv data/cameo/codes.tsv
"""
import csv, sys

src, dst = sys.argv[1], sys.argv[2]
rows = []
with open(src, encoding="latin-1", newline="") as f:
    for r in csv.DictReader(f):
        code = r["code"].strip()
        if not code.isdigit():
            continue
        rows.append((code, float(r["goldstein"]), " ".join(r["name"].split())))
rows.sort()
with open(dst, "w", encoding="utf-8", newline="\n") as out:
    out.write("# CAMEO event codes: code<TAB>Goldstein score<TAB>short name. Built by tools/cameo-table/build.py.\n")
    for code, g, name in rows:
        out.write(f"{code}\t{g:g}\t{name}\n")
print(f"{len(rows)} codes -> {dst}")
