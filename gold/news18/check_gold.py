#!/usr/bin/env python3
"""Validate the news18 gold: JSON per line, fields, allowed values, TIMEX values,
evidence verbatim (and unique) in the document and within one sentence, manifest
consistency, slug shape, trap conventions.

Copied from gold/news14/check_gold.py (the only file read outside news18 and the seeds,
besides gold/news14/README.md) and adapted: set name and paths; a few more
abbreviations for the sentence-boundary check (Adm., Brig., Lieut., Mrs., Prof.).

Usage: python3 gold/news18/check_gold.py [gold/news18]
Exit status 1 on any problem.
"""
import csv, glob, json, os, re, sys

TYPES = {
    "coup": {"successful", "attempt"},
    "ceasefire": {"agreed", "in_effect", "extended", "collapsed"},
    "prisoner_swap": set(),
    "withdrawal": {"announced", "completed", "partial"},
    "peace_agreement": set(),
    "talks": {"offer", "start", "mandate", "held"},
}
FACT = {"asserted", "negated", "hypothetical", "demanded"}
QUAL = {None, "early", "mid", "late", "by", "before", "after", "since", "circa"}
FIELDS = ["doc", "type", "subtype", "factuality", "when", "qualifier", "evidence", "actors", "place", "event"]
ONE = r"\d{4}(-(\d{2}(-\d{2})?|SP|SU|FA|WI|Q[1-4]|H[12]|W\d{2}))?"
WHEN = re.compile(r"^%s(/%s)?$" % (ONE, ONE))
# a sentence boundary inside the evidence: terminal punctuation (optionally a closing
# quote or footnote mark) then whitespace and an upper-case letter or opening quote,
# or a blank line.
BOUNDARY = re.compile(r"[.!?][”’\"¹²³⁴⁵⁶⁷⁸⁹]*\s+[A-Z“\"]|\n\s*\n")
ABBREV = ("a.m.", "p.m.", "Nov.", "No.", "Gen.", "Mr.", "Dr.", "J.", "C.", "Aug.", "Dec.", "Lt.",
          "Oct.", "Jan.", "Feb.", "Sept.", "Maj.", "Col.", "U.S.", "U.N.", "Gov.", "Sen.", "St.",
          "Adm.", "Brig.", "Lieut.", "Mrs.", "Prof.")
SLUG = re.compile(r"^[a-z0-9_]+(-[a-z0-9_]+)+$")


def dates_ok(w):
    """Calendar check of each YYYY-MM(-DD) part; intervals must not run backwards."""
    import datetime
    parts = w.split("/")
    for p in parts:
        m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", p)
        if m:
            try:
                datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
            except ValueError:
                return False
    return len(parts) == 1 or parts[0][:4] <= parts[1][:4]


def earliest(v):
    """First calendar day a TIMEX value (one part) can denote."""
    import datetime
    y = int(v[:4])
    rest = v[5:]
    if not rest:
        return datetime.date(y, 1, 1)
    if re.match(r"^\d{2}-\d{2}$", rest):
        return datetime.date(y, int(rest[:2]), int(rest[3:]))
    if re.match(r"^\d{2}$", rest):
        return datetime.date(y, int(rest), 1)
    if rest in ("SP", "SU", "FA", "WI"):
        return datetime.date(y, {"SP": 3, "SU": 6, "FA": 9, "WI": 1}[rest], 1)  # winter: earliest reading
    if rest[0] == "W":
        return datetime.date.fromisocalendar(y, int(rest[1:]), 1)
    if rest[0] == "Q":
        return datetime.date(y, 3 * int(rest[1]) - 2, 1)
    if rest[0] == "H":
        return datetime.date(y, 1 if rest[1] == "1" else 7, 1)
    raise ValueError(v)


def latest(p):
    """Last calendar day a publication date (YYYY, YYYY-MM or YYYY-MM-DD) can denote."""
    import calendar, datetime
    parts = [int(x) for x in p.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return datetime.date(parts[0], 12, 31)


def boundary_ok(ev):
    for m in BOUNDARY.finditer(ev):
        head = ev[: m.start() + 1]
        if any(head.endswith(a) for a in ABBREV):
            continue
        return False
    return True


def main(root):
    errs = []
    texts = os.path.join(root, "texts")
    man = {r["id"]: r for r in csv.DictReader(open(os.path.join(texts, "manifest.csv"), encoding="utf-8"))}
    seeds_cols = "id,file,title,publisher,author,published,published_basis"
    head = open(os.path.join(texts, "manifest.csv"), encoding="utf-8").readline().strip()
    if head != seeds_cols:
        errs.append("manifest header %r != %r" % (head, seeds_cols))
    for i, r in man.items():
        if not os.path.exists(os.path.join(texts, r["file"])):
            errs.append("manifest %s: missing file %s" % (i, r["file"]))
        if r["file"] != i + ".txt":
            errs.append("manifest %s: file %s does not match id" % (i, r["file"]))
        if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", r["published"]):
            errs.append("manifest %s: bad published %r" % (i, r["published"]))
    n = 0
    counts = {}
    files = sorted(glob.glob(os.path.join(root, "*.jsonl")))
    for path in files:
        stem = os.path.basename(path)[: -len(".jsonl")]
        if stem not in man:
            errs.append("%s: no manifest row" % stem)
            continue
        text = open(os.path.join(texts, man[stem]["file"]), encoding="utf-8").read()
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            where = "%s:%d" % (os.path.basename(path), ln)
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append("%s: bad JSON: %s" % (where, e))
                continue
            n += 1
            for f in FIELDS:
                if f not in r:
                    errs.append("%s: missing field %s" % (where, f))
            extra = set(r) - set(FIELDS) - {"note"}
            if extra:
                errs.append("%s: unknown fields %s" % (where, sorted(extra)))
            if r.get("doc") != stem:
                errs.append("%s: doc %r != file stem" % (where, r.get("doc")))
            t = r.get("type")
            if t not in TYPES:
                errs.append("%s: bad type %r" % (where, t))
            elif r.get("subtype") is not None and r["subtype"] not in TYPES[t]:
                errs.append("%s: bad subtype %r for %s" % (where, r["subtype"], t))
            if r.get("factuality") not in FACT:
                errs.append("%s: bad factuality %r" % (where, r.get("factuality")))
            w = r.get("when")
            if w is not None and (not WHEN.match(w) or not dates_ok(w)):
                errs.append("%s: bad when %r" % (where, w))
            if w is not None and r.get("factuality") == "asserted" and WHEN.match(w) and dates_ok(w):
                pub = man[stem]["published"]
                first = w.split("/")[0]
                if earliest(first) > latest(pub):
                    errs.append("%s: asserted when %r after publication %s" % (where, w, pub))
            if r.get("factuality") == "asserted" and r.get("type") in TYPES:
                k = r["type"]
                counts.setdefault(k, [0, 0])
                counts[k][0] += 1
                if w is not None:
                    counts[k][1] += 1
            if r.get("qualifier") not in QUAL:
                errs.append("%s: bad qualifier %r" % (where, r.get("qualifier")))
            if r.get("qualifier") is not None and w is None:
                errs.append("%s: qualifier without when" % where)
            if not isinstance(r.get("actors"), list):
                errs.append("%s: actors not a list" % where)
            ev = r.get("evidence") or ""
            if not ev or ev not in text:
                errs.append("%s: evidence not verbatim in text: %r" % (where, ev[:80]))
            elif text.count(ev) > 1:
                errs.append("%s: evidence occurs %d times in text: %r" % (where, text.count(ev), ev[:80]))
            elif not boundary_ok(ev):
                errs.append("%s: evidence crosses a sentence boundary: %r" % (where, ev[:80]))
            note = r.get("note") or ""
            if r.get("event") and not SLUG.match(r["event"]):
                errs.append("%s: bad event slug %r" % (where, r["event"]))
            if not isinstance(r.get("place"), (str, type(None))):
                errs.append("%s: place not a string" % where)
            if r.get("event", "").startswith("trap-") != note.startswith("trap (not an event of this type):"):
                errs.append("%s: trap slug and trap note must go together" % where)
            if r.get("factuality") == "asserted" and not r.get("event"):
                errs.append("%s: asserted row without event slug" % where)
            if note.startswith("trap (not an event of this type):") and r.get("factuality") != "negated":
                errs.append("%s: sense trap must be negated" % where)
    # the same (doc, type, evidence) twice is a duplicate row
    seen = {}
    for path in files:
        for line in open(path, encoding="utf-8"):
            try:
                r = json.loads(line)
            except ValueError:
                continue
            k = (r.get("doc"), r.get("type"), r.get("evidence"), r.get("event"))
            if k in seen:
                errs.append("%s: duplicate row %r" % (os.path.basename(path), k[2][:60]))
            seen[k] = 1
    for i in man:
        if not os.path.exists(os.path.join(root, i + ".jsonl")):
            errs.append("%s: no gold file" % i)
    for e in errs:
        print("ERROR", e)
    for k in sorted(counts):
        print("%-16s asserted %3d  scored (asserted, when) %3d" % (k, counts[k][0], counts[k][1]))
    print("%d files, %d rows, %d errors" % (len(files), n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
