#!/usr/bin/env python3
"""Validate the gold/news3 annotations against GUIDELINES.md "File format".

Checks: every line is a JSON object with the required fields; type, subtype,
factuality, when and qualifier take allowed values; the doc field matches the
file name and a text listed in texts/manifest.csv; the evidence occurs verbatim
in the text and does not cross a sentence boundary (heuristic: no ". X", "? X",
"! X" with X uppercase, and no blank line inside the span); non-asserted sense
traps carry a note. Prints counts by type and factuality. Exit status 1 on error.

Usage: python3 gold/news3/check_gold.py [gold/news3]
"""
import csv, collections, json, os, re, sys

TYPES = {"coup": {"successful", "attempt"},
         "ceasefire": {"agreed", "in_effect", "extended", "collapsed"},
         "prisoner_swap": set(),
         "withdrawal": {"announced", "completed", "partial"},
         "peace_agreement": set(),
         "talks": {"offer", "start", "mandate", "held"}}
FACT = {"asserted", "negated", "hypothetical", "demanded"}
QUAL = {None, "early", "mid", "late", "by", "before", "after", "since", "circa"}
REQ = ["doc", "type", "subtype", "factuality", "when", "qualifier", "evidence", "actors", "place", "event"]
POINT = r"\d{4}(-(\d{2}(-\d{2})?|SP|SU|FA|WI|Q[1-4]))?"
WHEN = re.compile(r"^" + POINT + r"(/" + POINT + r")?$")
ABBREV = ("Nov.", "Dec.", "Oct.", "U.S.", "a.m.", "p.m.", "Gen.", "Lt.", "No.")


def crosses_sentence(ev):
    if "\n\n" in ev:
        return True
    for m in re.finditer(r"[.?!][\"”’)]?\s+([A-Z])", ev):
        before = ev[:m.start() + 1]
        if before.endswith(ABBREV):
            continue
        return True
    return False


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tdir = os.path.join(root, "texts")
    with open(os.path.join(tdir, "manifest.csv"), encoding="utf-8") as f:
        man = {r["id"]: r for r in csv.DictReader(f)}
    errs = []
    counts = collections.Counter()
    byfact = collections.Counter()
    dated = 0
    for doc in sorted(man):
        path = os.path.join(root, doc + ".jsonl")
        if not os.path.exists(path):
            errs.append(f"{doc}: no gold file")
            continue
        if not os.path.exists(os.path.join(tdir, man[doc]["file"])):
            errs.append(f"{doc}: text file missing")
            continue
        text = open(os.path.join(tdir, man[doc]["file"]), encoding="utf-8").read()
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            where = f"{doc}:{n}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: bad JSON: {e}")
                continue
            for k in REQ:
                if k not in r:
                    errs.append(f"{where}: missing field {k}")
            if r.get("doc") != doc:
                errs.append(f"{where}: doc {r.get('doc')!r} != {doc}")
            ty = r.get("type")
            if ty not in TYPES:
                errs.append(f"{where}: bad type {ty!r}")
            elif r.get("subtype") is not None and r["subtype"] not in TYPES[ty]:
                errs.append(f"{where}: bad subtype {r['subtype']!r} for {ty}")
            if r.get("factuality") not in FACT:
                errs.append(f"{where}: bad factuality {r.get('factuality')!r}")
            w = r.get("when")
            if w is not None and not WHEN.match(w):
                errs.append(f"{where}: bad when {w!r}")
            if r.get("qualifier") not in QUAL:
                errs.append(f"{where}: bad qualifier {r.get('qualifier')!r}")
            if r.get("qualifier") is not None and w is None:
                errs.append(f"{where}: qualifier without when")
            ev = r.get("evidence") or ""
            if not ev or ev not in text:
                errs.append(f"{where}: evidence not verbatim in text: {ev!r}")
            elif crosses_sentence(ev):
                errs.append(f"{where}: evidence crosses a sentence boundary: {ev!r}")
            if not isinstance(r.get("actors"), list):
                errs.append(f"{where}: actors not a list")
            if not r.get("event"):
                errs.append(f"{where}: empty event slug")
            note = r.get("note") or ""
            if r.get("factuality") == "asserted" and note.startswith("trap"):
                errs.append(f"{where}: asserted row marked as trap")
            counts[ty] += 1
            byfact[(ty, r.get("factuality"))] += 1
            if r.get("factuality") == "asserted" and w is not None:
                dated += 1
    for f in sorted(os.listdir(root)):
        if f.endswith(".jsonl") and f[:-6] not in man:
            errs.append(f"{f}: not in manifest")
    print("rows by type and factuality:")
    for ty in sorted(TYPES):
        parts = ", ".join(f"{fa} {byfact[(ty, fa)]}" for fa in sorted(FACT) if byfact[(ty, fa)])
        print(f"  {ty:16s} {counts[ty]:3d}  ({parts})")
    print(f"  total {sum(counts.values())}; asserted with a date (scored): {dated}")
    for e in errs:
        print("ERROR", e)
    if errs:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
