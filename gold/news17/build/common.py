import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAP = "trap (not an event of this type): "

def build(doc, rows):
    text = open(os.path.join(ROOT, "texts", doc + ".txt"), encoding="utf-8").read()
    out = []
    for r in rows:
        t, st, fa, when, q, ev, actors, place, event = r[:9]
        note = r[9] if len(r) > 9 else None
        n = text.count(ev)
        assert n == 1, "%s: evidence occurs %d times: %r" % (doc, n, ev)
        d = {"doc": doc, "type": t, "subtype": st, "factuality": fa, "when": when, "qualifier": q,
             "evidence": ev, "actors": actors, "place": place, "event": event}
        if note:
            d["note"] = note
        out.append(d)
    with open(os.path.join(ROOT, doc + ".jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return len(out)
