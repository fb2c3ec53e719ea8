package model

import "sort"

// OffsetMap maps byte offsets in a document's cleaned Text to byte offsets in
// its original bytes. It is a sorted list of runs; inside a run text and raw
// bytes advance together one for one. Text removed by cleaning simply makes
// the raw offset jump at the next run; a transcoded character (UTF-16,
// Windows-1252) is a run of its own.
type OffsetMap struct {
	runs []run
}

type run struct {
	text int // first text offset of the run
	raw  int // raw offset of that text byte
}

// Identity returns a map for text that is byte-identical to the raw input.
func Identity() OffsetMap { return OffsetMap{runs: []run{{0, 0}}} }

// Add starts a new run: text offset textOff corresponds to raw offset rawOff,
// and following bytes advance one for one until the next run. Runs must be
// added in increasing textOff order; a run at the same text offset as the
// previous one replaces it. Adding a run that continues the previous one
// one-for-one is a no-op, which keeps the map small.
func (m *OffsetMap) Add(textOff, rawOff int) {
	if n := len(m.runs); n > 0 {
		last := m.runs[n-1]
		if last.text == textOff {
			m.runs[n-1].raw = rawOff
			return
		}
		if rawOff-last.raw == textOff-last.text {
			return
		}
	}
	m.runs = append(m.runs, run{textOff, rawOff})
}

// Raw returns the raw offset of text offset off. An empty map is the identity.
func (m OffsetMap) Raw(off int) int {
	if len(m.runs) == 0 {
		return off
	}
	i := sort.Search(len(m.runs), func(i int) bool { return m.runs[i].text > off }) - 1
	if i < 0 {
		return off
	}
	r := m.runs[i]
	return r.raw + off - r.text
}

// Len is the number of runs in the map.
func (m OffsetMap) Len() int { return len(m.runs) }

// RawEnd maps an exclusive end offset in Text to an exclusive end offset in
// Raw: the raw position just after the byte before end, so a span never
// takes in raw bytes that cleaning removed after it.
func (m OffsetMap) RawEnd(end int) int {
	if end <= 0 {
		return m.Raw(0)
	}
	return m.Raw(end-1) + 1
}
