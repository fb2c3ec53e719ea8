"""Rebuild every news14 gold file (each bNN.py asserts that each evidence string
occurs exactly once in its text)."""
import glob, os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
for f in sorted(glob.glob(os.path.join(here, "b[0-9][0-9].py"))):
    runpy.run_path(f, run_name="__main__")
