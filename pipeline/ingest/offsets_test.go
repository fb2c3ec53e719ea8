package ingest

import (
	"testing"

	"eventtimeline/pipeline/model"
)

// Tests of model.OffsetMap's units and Compose, which ingest relies on for
// exact offsets (kept here because model belongs to everyone).
func TestOffsetMapUnits(t *testing.T) {
	var m model.OffsetMap
	m.AddUnits(0, 2, 1, 2) // UTF-16 ASCII after a BOM
	m.AddUnits(1, 4, 1, 2) // continues: no new run
	m.AddUnits(5, 12, 3, 2)
	m.AddUnits(8, 14, 3, 2) // continues
	m.Add(11, 16)
	if m.Len() != 3 {
		t.Fatalf("Len = %d, want 3", m.Len())
	}
	tests := []struct{ off, raw, end int }{
		{0, 2, 2}, {4, 10, 10}, {5, 12, 12}, {6, 12, 14}, {7, 12, 14}, {8, 14, 14}, {10, 14, 16}, {11, 16, 16}, {12, 17, 17},
	}
	for _, tc := range tests {
		if got := m.Raw(tc.off); got != tc.raw {
			t.Errorf("Raw(%d) = %d, want %d", tc.off, got, tc.raw)
		}
		if got := m.RawEnd(tc.off); got != tc.end {
			t.Errorf("RawEnd(%d) = %d, want %d", tc.off, got, tc.end)
		}
	}
}

func TestCompose(t *testing.T) {
	// inner: mid text "a’b" decoded from Windows-1252 "a\x92b" at raw offset 0.
	var inner model.OffsetMap
	inner.Add(0, 0)
	inner.AddUnits(1, 1, 3, 1)
	inner.Add(4, 2)
	// outer: text "X’b" where "X" stands for the entity-like mid bytes "a" and
	// the rest is copied one for one.
	var outer model.OffsetMap
	outer.AddUnits(0, 0, 1, 1)
	outer.Add(1, 1)
	m := model.Compose(outer, inner, 5)
	for _, c := range []struct{ off, raw, end int }{{0, 0, 0}, {1, 1, 1}, {2, 1, 2}, {4, 2, 2}, {5, 3, 3}} {
		if got := m.Raw(c.off); c.off < 5 && got != c.raw {
			t.Errorf("Raw(%d) = %d, want %d", c.off, got, c.raw)
		}
		if got := m.RawEnd(c.off); got != c.end {
			t.Errorf("RawEnd(%d) = %d, want %d", c.off, got, c.end)
		}
	}
	// A shifted inner (a stripped BOM) moves every run.
	var bom model.OffsetMap
	bom.Add(0, 3)
	var gaps model.OffsetMap
	gaps.Add(0, 0)
	gaps.Add(4, 6)
	s := model.Compose(gaps, bom, 8)
	if s.Raw(0) != 3 || s.Raw(4) != 9 || s.RawEnd(8) != 13 {
		t.Errorf("shifted: Raw(0)=%d Raw(4)=%d RawEnd(8)=%d", s.Raw(0), s.Raw(4), s.RawEnd(8))
	}
}
