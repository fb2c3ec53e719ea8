"""Helpers for writing the news15 gold by hand.

Each build/bNN.py creates a Doc, adds rows with Doc.add (asserted and trap rows)
or Doc.sense (other senses of a trigger word), and calls Doc.write().  Every
evidence string must occur exactly once in its text, byte for byte.
"""
import json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXTS = os.path.join(ROOT, "texts")

TYPES = {"coup", "ceasefire", "prisoner_swap", "withdrawal", "peace_agreement", "talks"}
FACT = {"asserted", "negated", "hypothetical", "demanded"}


class Doc:
    def __init__(self, stem):
        self.stem = stem
        self.text = open(os.path.join(TEXTS, stem + ".txt"), encoding="utf-8").read()
        self.rows = []

    def add(self, evidence, type, subtype, factuality, when, qualifier, actors, place, event, note=None):
        n = self.text.count(evidence)
        assert n == 1, "%s: evidence occurs %d times: %r" % (self.stem, n, evidence)
        assert type in TYPES, type
        assert factuality in FACT, factuality
        assert qualifier is None or when is not None, evidence
        assert re.match(r"^[a-z0-9_]+(-[a-z0-9_]+)+$", event), event
        r = {"doc": self.stem, "type": type, "subtype": subtype, "factuality": factuality,
             "when": when, "qualifier": qualifier, "evidence": evidence, "actors": actors,
             "place": place, "event": event}
        if note:
            r["note"] = note
        self.rows.append(r)
        return r

    def sense(self, evidence, type, actors, place, slug, why):
        """Another sense of a trigger word: a negated trap with a trap- slug."""
        return self.add(evidence, type, None, "negated", None, None, actors, place,
                        "trap-" + slug, "trap (not an event of this type): " + why)

    def write(self):
        out = os.path.join(ROOT, self.stem + ".jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("%-40s %3d rows" % (self.stem, len(self.rows)))
        return out
