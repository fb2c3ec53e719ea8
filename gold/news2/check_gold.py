#!/usr/bin/env python3
"""Validate the gold/news2 annotation files.

Checks, for every <doc>.jsonl next to this script:
  - each line is valid JSON with exactly the fields of GUIDELINES.md "File format"
    (doc, type, subtype, factuality, when, qualifier, evidence, actors, place,
    event, optional note), with known values;
  - doc equals the file stem and is listed in texts/manifest.csv;
  - `when` is a TIMEX3-style value (year, month, day, season, quarter, or an
    interval of two of these) or null; `qualifier` is a known qualifier or null;
  - evidence occurs verbatim in texts/<doc>.txt and lies within one sentence
    (no blank line and no sentence-final punctuation followed by a capital);
  - every row has an event slug; trap notes go with factuality "negated".
Exits 1 and prints every problem when something is wrong.

Usage: python3 gold/news2/check_gold.py
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
MANIFEST_COLS = ["id", "file", "title", "publisher", "author", "published", "published_basis"]
TYPES = {
    "coup": {"successful", "attempt"},
    "ceasefire": {"agreed", "in_effect", "extended", "collapsed"},
    "prisoner_swap": set(),
    "withdrawal": {"announced", "completed", "partial"},
    "peace_agreement": set(),
    "talks": {"offer", "start", "mandate", "held"},
}
FACTS = {"asserted", "negated", "hypothetical", "demanded"}
QUALS = {"early", "mid", "late", "by", "before", "after", "since", "circa"}
FIELDS = {"doc", "type", "subtype", "factuality", "when", "qualifier", "evidence",
          "actors", "place", "event"}
POINT = r"\d{4}(?:-(?:SP|SU|FA|WI|Q[1-4]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?"
WHEN_RE = re.compile(rf"^{POINT}(?:/{POINT})?$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
# sentence break inside the evidence: . ! ? (optionally followed by a closing
# quote or a footnote mark) then whitespace then an upper-case letter or a quote.
ABBREV = ("a.m.", "p.m.", "U.S.", "U.N.", "No.", "Gen.", "Mr.", "Dr.")
BREAK_RE = re.compile(r"[.!?][\"”’)\]¹²³⁴⁵⁶⁷⁸⁹⁰\d]*\s+[A-Z“\"]")


def sentence_problem(ev):
    if "\n\n" in ev or re.search(r"\n\s*\n", ev):
        return "evidence spans a blank line"
    for m in BREAK_RE.finditer(ev):
        head = ev[: m.start() + 1]
        if head.endswith(ABBREV):
            continue
        return f"evidence crosses a sentence break near {ev[max(0, m.start()-15):m.end()+5]!r}"
    return None


def main():
    problems = []
    with open(os.path.join(TEXTS, "manifest.csv"), newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != MANIFEST_COLS:
            problems.append(f"manifest columns {rd.fieldnames} != {MANIFEST_COLS}")
        manifest = {r["id"]: r for r in rd}
    for mid, m in manifest.items():
        if not os.path.exists(os.path.join(TEXTS, m["file"])):
            problems.append(f"manifest {mid}: missing file {m['file']}")
        if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", m["published"]):
            problems.append(f"manifest {mid}: bad published {m['published']!r}")
        if not os.path.exists(os.path.join(HERE, mid + ".jsonl")):
            problems.append(f"manifest {mid}: no gold file")
    counts = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".jsonl"):
            continue
        stem = name[:-6]
        if stem not in manifest:
            problems.append(f"{name}: not in manifest")
            continue
        text = open(os.path.join(TEXTS, manifest[stem]["file"]), encoding="utf-8").read()
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = f"{name}:{ln}"
                if not line.strip():
                    continue
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}: invalid JSON: {e}")
                    continue
                keys = set(r)
                if not FIELDS <= keys or not keys <= FIELDS | {"note"}:
                    problems.append(f"{where}: fields {sorted(keys)}")
                    continue
                if r["doc"] != stem:
                    problems.append(f"{where}: doc {r['doc']!r} != file stem")
                if r["type"] not in TYPES:
                    problems.append(f"{where}: unknown type {r['type']!r}")
                elif r["subtype"] is not None and r["subtype"] not in TYPES[r["type"]]:
                    problems.append(f"{where}: subtype {r['subtype']!r} not allowed for {r['type']}")
                if r["factuality"] not in FACTS:
                    problems.append(f"{where}: unknown factuality {r['factuality']!r}")
                if r["when"] is not None and not WHEN_RE.match(r["when"]):
                    problems.append(f"{where}: bad when {r['when']!r}")
                if r["qualifier"] is not None and r["qualifier"] not in QUALS:
                    problems.append(f"{where}: bad qualifier {r['qualifier']!r}")
                if r["qualifier"] is not None and r["when"] is None:
                    problems.append(f"{where}: qualifier without when")
                if not isinstance(r["actors"], list) or not all(isinstance(a, str) for a in r["actors"]):
                    problems.append(f"{where}: actors must be a list of strings")
                if not r["event"] or not SLUG_RE.match(r["event"]):
                    problems.append(f"{where}: bad event slug {r['event']!r}")
                note = r.get("note") or ""
                if note.startswith("trap") and r["factuality"] != "negated":
                    problems.append(f"{where}: trap row must be negated")
                ev = r["evidence"]
                n = text.count(ev)
                if n == 0:
                    problems.append(f"{where}: evidence not in text: {ev!r}")
                elif n > 1:
                    problems.append(f"{where}: evidence occurs {n} times (ambiguous span): {ev!r}")
                sp = sentence_problem(ev)
                if sp:
                    problems.append(f"{where}: {sp}")
                key = (r["type"], r["factuality"], r["when"] is not None)
                counts[key] = counts.get(key, 0) + 1
    for p in problems:
        print("PROBLEM", p)
    total = sum(counts.values())
    print(f"{total} rows; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
