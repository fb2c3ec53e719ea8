"""Helpers for building the news14 gold: every evidence string must occur
exactly once in its text; rows are written in the seed gold's field order."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAP = "trap (not an event of this type): "


def R(type, subtype, fact, when, qual, evidence, actors, place, event, note=None):
    r = {"type": type, "subtype": subtype, "factuality": fact, "when": when, "qualifier": qual,
         "evidence": evidence, "actors": actors, "place": place, "event": event}
    if note:
        r["note"] = note
    return r


def write(doc, rows):
    text = open(os.path.join(ROOT, "texts", doc + ".txt"), encoding="utf-8").read()
    out = []
    for r in rows:
        n = text.count(r["evidence"])
        assert n == 1, "%s: evidence occurs %d times: %r" % (doc, n, r["evidence"])
        o = {"doc": doc}
        o.update(r)
        out.append((text.index(r["evidence"]), o))
    out.sort(key=lambda x: x[0])
    with open(os.path.join(ROOT, doc + ".jsonl"), "w", encoding="utf-8") as f:
        for _, o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(doc, len(out))
