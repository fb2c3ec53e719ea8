"""Helpers for building the news18 gold files. Every evidence string must occur
exactly once in its text (asserted here)."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAP = "trap (not an event of this type): "


class Doc:
    def __init__(self, doc):
        self.doc = doc
        self.text = open(os.path.join(ROOT, "texts", doc + ".txt"), encoding="utf-8").read()
        self.rows = []

    def add(self, type, subtype, fact, when, qual, evidence, actors, place, event, note=None):
        n = self.text.count(evidence)
        assert n == 1, "%s: evidence occurs %d times: %r" % (self.doc, n, evidence)
        r = {"doc": self.doc, "type": type, "subtype": subtype, "factuality": fact,
             "when": when, "qualifier": qual, "evidence": evidence, "actors": actors,
             "place": place, "event": event}
        if note:
            r["note"] = note
        self.rows.append(r)

    def trap(self, type, evidence, actors, place, event, why):
        """A sense trap: the trigger word in another sense (negated, trap- slug)."""
        self.add(type, None, "negated", None, None, evidence, actors, place, "trap-" + event, TRAP + why)

    def write(self):
        # keep rows in text order
        self.rows.sort(key=lambda r: self.text.index(r["evidence"]))
        with open(os.path.join(ROOT, self.doc + ".jsonl"), "w", encoding="utf-8") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("%s: %d rows" % (self.doc, len(self.rows)))
