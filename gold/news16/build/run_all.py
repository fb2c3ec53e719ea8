#!/usr/bin/env python3
"""Rebuild every gold/news16/*.jsonl from the per-text build scripts."""
import glob, os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
total = 0
for path in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9].py"))):
    ns = runpy.run_path(path)
    total += len(ns["rows"])
print("total rows:", total)
