"""Rebuild every news15 gold file: python3 gold/news15/build/run_all.py"""
import glob, os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
for p in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9].py"))):
    runpy.run_path(p, run_name="__main__")
