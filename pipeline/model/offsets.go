package model

import "sort"

// OffsetMap maps byte offsets in a document's cleaned Text to byte offsets in
// its original bytes. It is a sorted list of runs; inside a plain run text and
// raw bytes advance together one for one. Text removed by cleaning simply makes
// the raw offset jump at the next run.
//
// A run may also be a run of units (see AddUnits): a transcoded character
// (UTF-16, Windows-1252) or a decoded HTML entity is a unit of a few text bytes
// that stands for a few raw bytes. Consecutive units of the same widths share
// one run, so a UTF-16 file of ASCII text, or a Windows-1252 file of accented
// letters, still needs only a handful of runs. Every text byte inside a unit
// maps to the unit's first raw byte, and RawEnd after a unit is the raw byte
// after the whole unit, so spans never split a raw character. Offsets are
// stored as int32: texts and raw inputs must stay under 2 GiB.
type OffsetMap struct {
	runs []run
}

// run is 12 bytes: offsets are int32, so a map covers texts and raw inputs
// of up to 2 GiB.
type run struct {
	text int32 // first text offset of the run
	raw  int32 // raw offset of that text byte
	tw   uint8 // text bytes per unit (1 for a plain run)
	rw   uint8 // raw bytes per unit (1 for a plain run)
}

// Identity returns a map for text that is byte-identical to the raw input.
func Identity() OffsetMap { return OffsetMap{runs: []run{{0, 0, 1, 1}}} }

// Add starts a new run: text offset textOff corresponds to raw offset rawOff,
// and following bytes advance one for one until the next run. Runs must be
// added in increasing textOff order; a run at the same text offset as the
// previous one replaces it. Adding a run that continues the previous one
// one-for-one is a no-op, which keeps the map small.
func (m *OffsetMap) Add(textOff, rawOff int) { m.AddUnits(textOff, rawOff, 1, 1) }

// AddUnits starts a run of units at text offset textOff and raw offset rawOff:
// each unit is textWidth bytes of text standing for rawWidth raw bytes (for
// example a "’" decoded from the Windows-1252 byte 0x92 is a unit of 3 text
// bytes and 1 raw byte; an ASCII letter decoded from UTF-16 is 1 text byte and
// 2 raw bytes). Widths must be in 1..255. Like Add, runs must come in
// increasing textOff order, a run at the previous run's text offset replaces
// it, and a run that continues the previous one (same widths, aligned) is a
// no-op.
func (m *OffsetMap) AddUnits(textOff, rawOff, textWidth, rawWidth int) {
	if textWidth < 1 {
		textWidth = 1
	}
	if rawWidth < 1 {
		rawWidth = 1
	}
	if textWidth > 255 {
		textWidth = 255
	}
	if rawWidth > 255 {
		rawWidth = 255
	}
	r := run{int32(textOff), int32(rawOff), uint8(textWidth), uint8(rawWidth)}
	if n := len(m.runs); n > 0 {
		last := m.runs[n-1]
		if last.text == r.text {
			m.runs[n-1] = r
			return
		}
		if last.tw == r.tw && last.rw == r.rw {
			dt := textOff - int(last.text)
			if dt%int(r.tw) == 0 && rawOff-int(last.raw) == dt/int(r.tw)*int(r.rw) {
				return
			}
		}
	}
	m.runs = append(m.runs, r)
}

// Grow reserves room for n more runs, so that a cleaner that can estimate
// how many runs it will add avoids repeated reallocation.
func (m *OffsetMap) Grow(n int) {
	if n > 0 && cap(m.runs)-len(m.runs) < n {
		runs := make([]run, len(m.runs), len(m.runs)+n)
		copy(runs, m.runs)
		m.runs = runs
	}
}

// find returns the index of the run holding text offset off, or -1.
func (m OffsetMap) find(off int) int {
	return sort.Search(len(m.runs), func(i int) bool { return int(m.runs[i].text) > off }) - 1
}

// Raw returns the raw offset of text offset off. An empty map is the identity.
func (m OffsetMap) Raw(off int) int {
	if len(m.runs) == 0 {
		return off
	}
	i := m.find(off)
	if i < 0 {
		return off
	}
	r := m.runs[i]
	if r.tw == 1 && r.rw == 1 {
		return int(r.raw) + off - int(r.text)
	}
	return int(r.raw) + (off-int(r.text))/int(r.tw)*int(r.rw)
}

// Len is the number of runs in the map.
func (m OffsetMap) Len() int { return len(m.runs) }

// RawEnd maps an exclusive end offset in Text to an exclusive end offset in
// Raw: the raw position just after the byte (or unit) before end, so a span
// never takes in raw bytes that cleaning removed after it.
func (m OffsetMap) RawEnd(end int) int {
	if end <= 0 {
		return m.Raw(0)
	}
	if len(m.runs) == 0 {
		return end
	}
	i := m.find(end - 1)
	if i < 0 {
		return end
	}
	r := m.runs[i]
	return int(r.raw) + (end-1-int(r.text))/int(r.tw)*int(r.rw) + int(r.rw)
}

// Compose returns the map from text offsets to raw offsets when outer maps a
// text to an intermediate text and inner maps that intermediate text to the
// raw bytes (a cleaner run over decoded text: outer is the cleaner's map,
// inner the decoder's). textLen is the length of the outer text. Units of
// either map stay whole: a unit of outer maps to the raw bytes of all the
// intermediate bytes it stands for.
func Compose(outer, inner OffsetMap, textLen int) OffsetMap {
	if len(inner.runs) == 0 {
		return outer
	}
	if len(inner.runs) == 1 && inner.runs[0].text == 0 && inner.runs[0].tw == 1 && inner.runs[0].rw == 1 {
		// Inner is a constant shift (identity, or a stripped BOM).
		shift := int(inner.runs[0].raw)
		out := OffsetMap{runs: make([]run, len(outer.runs))}
		copy(out.runs, outer.runs)
		if len(out.runs) == 0 {
			out.runs = []run{{0, 0, 1, 1}}
		}
		for i := range out.runs {
			out.runs[i].raw += int32(shift)
		}
		return out
	}
	outerRuns := outer.runs
	if len(outerRuns) == 0 {
		outerRuns = []run{{0, 0, 1, 1}}
	}
	var out OffsetMap
	out.Grow(len(outerRuns) + len(inner.runs))
	for k, r := range outerRuns {
		rText, rRaw := int(r.text), int(r.raw)
		end := textLen
		if k+1 < len(outerRuns) {
			end = int(outerRuns[k+1].text)
		}
		if end <= rText {
			if k+1 == len(outerRuns) && len(out.runs) == 0 {
				out.Add(rText, inner.Raw(rRaw))
			}
			continue
		}
		if r.tw != 1 || r.rw != 1 {
			// Each outer unit maps to the raw bytes of its intermediate bytes.
			for t, mid := rText, rRaw; t < end; t, mid = t+int(r.tw), mid+int(r.rw) {
				rs := inner.Raw(mid)
				re := inner.RawEnd(mid + int(r.rw))
				out.AddUnits(t, rs, int(r.tw), re-rs)
			}
			continue
		}
		// A plain outer run: follow the inner runs it crosses.
		midStart, midEnd := rRaw, rRaw+(end-rText)
		j := inner.find(midStart)
		for mid := midStart; mid < midEnd; {
			ir := run{0, 0, 1, 1}
			if j >= 0 {
				ir = inner.runs[j]
			}
			next := midEnd
			if j+1 < len(inner.runs) && int(inner.runs[j+1].text) < next {
				next = int(inner.runs[j+1].text)
			}
			t := rText + (mid - midStart)
			if ir.tw == 1 && ir.rw == 1 {
				out.Add(t, int(ir.raw)+mid-int(ir.text))
			} else {
				u := (mid - int(ir.text)) / int(ir.tw)
				out.AddUnits(t, int(ir.raw)+u*int(ir.rw), int(ir.tw), int(ir.rw))
			}
			mid = next
			j++
		}
	}
	return out
}
