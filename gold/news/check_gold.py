#!/usr/bin/env python3
"""Validate the held-out news gold: JSON, fields as gold/GUIDELINES.md requires,
evidence verbatim in its text (and inside one sentence), manifest consistency.
Usage: python3 gold/news/check_gold.py [gold/news]"""
import csv, glob, json, os, re, sys
from collections import Counter

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
texts = os.path.join(root, "texts")
TYPES = {"coup", "ceasefire", "prisoner_swap", "withdrawal", "peace_agreement", "talks"}
SUB = {"coup": {"successful", "attempt"}, "ceasefire": {"agreed", "in_effect", "extended", "collapsed"},
       "withdrawal": {"announced", "completed", "partial"}, "talks": {"offer", "start", "mandate", "held"},
       "prisoner_swap": set(), "peace_agreement": set()}
FACT = {"asserted", "negated", "hypothetical", "demanded"}
QUAL = {None, "early", "mid", "late", "by", "before", "after", "since", "circa"}
ONE = r"\d{4}(-(\d{2}(-\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}))?"
WHEN = re.compile(rf"^{ONE}(/{ONE})?$")
KEYS = ["doc", "type", "subtype", "factuality", "when", "qualifier", "evidence", "actors", "place", "event"]

errs, warns = [], []
man = {r["id"]: r for r in csv.DictReader(open(os.path.join(texts, "manifest.csv"), encoding="utf-8"))}
for i, r in man.items():
    if not os.path.exists(os.path.join(texts, r["file"])):
        errs.append(f"manifest: {i}: missing file {r['file']}")
stats = Counter()
for path in sorted(glob.glob(os.path.join(root, "*.jsonl"))):
    stem = os.path.basename(path)[:-6]
    if stem not in man:
        errs.append(f"{path}: no manifest row for {stem}")
        continue
    text = open(os.path.join(texts, man[stem]["file"]), encoding="utf-8").read()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        where = f"{os.path.basename(path)}:{n}"
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{where}: bad JSON: {e}"); continue
        for k in KEYS:
            if k not in g:
                errs.append(f"{where}: missing field {k}")
        if g.get("doc") != stem: errs.append(f"{where}: doc {g.get('doc')} != file stem {stem}")
        t = g.get("type")
        if t not in TYPES: errs.append(f"{where}: bad type {t}")
        elif g.get("subtype") is not None and g["subtype"] not in SUB[t]:
            errs.append(f"{where}: bad subtype {g['subtype']} for {t}")
        if g.get("factuality") not in FACT: errs.append(f"{where}: bad factuality {g.get('factuality')}")
        w = g.get("when")
        if w is not None and not WHEN.match(w): errs.append(f"{where}: bad when {w}")
        if g.get("qualifier") not in QUAL: errs.append(f"{where}: bad qualifier {g.get('qualifier')}")
        if w is None and g.get("qualifier") is not None: errs.append(f"{where}: qualifier without when")
        if not isinstance(g.get("actors"), list): errs.append(f"{where}: actors must be a list")
        if not g.get("event"): errs.append(f"{where}: missing event slug")
        ev = g.get("evidence", "")
        c = text.count(ev)
        if c == 0: errs.append(f"{where}: evidence not in text: {ev!r}")
        elif c > 1: warns.append(f"{where}: evidence occurs {c} times: {ev!r}")
        # one sentence: no sentence-final punctuation followed by space+capital inside, no blank line
        if re.search(r"[.!?][\"”’]?\s+[A-Z“\"]", ev.rstrip(".!?\"”")) or "\n\n" in ev:
            warns.append(f"{where}: evidence may span sentences: {ev!r}")
        stats[(t, g.get("factuality"), "dated" if w else "undated")] += 1
for e in errs: print("ERROR", e)
for w in warns: print("WARN ", w)
print(f"{sum(stats.values())} rows, {len(errs)} errors, {len(warns)} warnings")
sys.exit(1 if errs else 0)
