"""Helpers for writing the news16 gold: one build script per text (bNN.py).

Every row is checked before it is written: the evidence must occur exactly once
in its text (byte for byte), the type/subtype/factuality/qualifier values must
be legal, and sense traps must carry a `trap-` slug and the trap note.
"""
import json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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
TRAP = "trap (not an event of this type): "


def text(doc):
    return open(os.path.join(ROOT, "texts", doc + ".txt"), encoding="utf-8").read()


def R(type, subtype, factuality, when, qualifier, evidence, actors, place, event, note=None):
    r = {"type": type, "subtype": subtype, "factuality": factuality, "when": when,
         "qualifier": qualifier, "evidence": evidence, "actors": actors, "place": place,
         "event": event}
    if note:
        r["note"] = note
    return r


def T(type, evidence, actors, place, event, what, when=None):
    """A sense trap: another sense of a trigger word, kept as a negated row."""
    assert event.startswith("trap-")
    return R(type, None, "negated", when, None, evidence, actors, place, event, TRAP + what)


def build(doc, rows):
    t = text(doc)
    out = []
    for i, r in enumerate(rows, 1):
        ev = r["evidence"]
        n = t.count(ev)
        assert n == 1, "%s row %d: evidence occurs %d times: %r" % (doc, i, n, ev)
        assert r["type"] in TYPES, r
        assert r["subtype"] is None or r["subtype"] in TYPES[r["type"]], r
        assert r["factuality"] in FACT, r
        assert r["qualifier"] in QUAL, r
        assert r["qualifier"] is None or r["when"] is not None, r
        assert isinstance(r["actors"], list), r
        assert re.match(r"^[a-z0-9_]+(-[a-z0-9_]+)+$", r["event"]), r["event"]
        assert r["event"].startswith("trap-") == (r.get("note") or "").startswith(TRAP), r
        row = {"doc": doc}
        row.update(r)
        out.append(row)
    path = os.path.join(ROOT, doc + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("%s: %d rows" % (doc, len(out)))
    return out
