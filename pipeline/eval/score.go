package eval

import (
	"bytes"
	"fmt"
	"slices"
	"sort"

	"eventtimeline/pipeline/model"
)

// SysMention is one mention emitted by a system, reduced to what scoring
// needs. SpanStart/SpanEnd are the byte offsets of the mention's sentence in
// the original file; Value is its normalised time value ("" when undated).
type SysMention struct {
	ID         string
	DocID      string
	Type       string
	Factuality string
	Value      string
	EventID    string
	Sentence   string
	SpanStart  int
	SpanEnd    int
}

// FromMentions converts pipeline mentions to SysMentions. A citation date
// is not an event time, so it gives Value "".
func FromMentions(ms []model.Mention) []SysMention {
	out := make([]SysMention, 0, len(ms))
	for i := range ms {
		m := &ms[i]
		v := m.Time.Value
		if m.Time.Citation {
			v = ""
		}
		out = append(out, SysMention{
			ID: m.ID, DocID: m.DocID, Type: m.Type, Factuality: m.Factuality, Value: v,
			EventID: m.EventID, Sentence: m.Text, SpanStart: m.SpanStart, SpanEnd: m.SpanEnd,
		})
	}
	return out
}

// Counts are detection figures. A ratio whose denominator is zero is 1
// (nothing to find, or nothing claimed), so an empty type scores F1 = 1 only
// when the system also emitted nothing for it.
type Counts struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

// TypeScore holds the figures of one event type, or of all types.
type TypeScore struct {
	Type string
	Counts
	DateRight       int     // matched positives whose date interval equals gold's
	DateAccuracy    float64 // DateRight / TP
	StrictPrecision float64 // DateRight / (TP + FP)
	StrictRecall    float64 // DateRight / (TP + FN)
	StrictF1        float64
	TrapHits        int // system mentions on negated/hypothetical/demanded rows (also in FP)
	DontCare        int // system mentions matched to asserted undated rows
}

// ClusterScore is pairwise clustering precision and recall over the gold
// rows (asserted, dated or not) matched to a system mention with an EventID.
type ClusterScore struct {
	Rows      int // such gold rows
	GoldPairs int // pairs of them sharing an event slug
	SysPairs  int // pairs whose system mentions share an EventID
	BothPairs int // pairs with both
	Precision float64
	Recall    float64
	F1        float64
}

// ClusterMember is one matched gold row listed in a clustering error.
type ClusterMember struct {
	Doc     string
	When    string // gold time value ("" when undated)
	Value   string // the system mention's time value
	EventID string // the system mention's event
	Where   string // gold file:line
}

// ClusterSplit is a gold event whose matched mentions lie in several system
// events (a recall error).
type ClusterSplit struct {
	Slug    string
	Members []ClusterMember // by document, gold time, system value, event
}

// ClusterMerge is a system event that holds mentions of several gold events
// (a precision error). Rows without a slug are listed as "-file:line".
type ClusterMerge struct {
	EventID string
	Slugs   []string // sorted
}

// Miss is a positive gold row that no system mention matched.
type Miss struct {
	Doc, Type, When, Evidence string
	Where                     string // gold file:line
}

// FalsePositive is a system asserted mention that matched no gold row.
type FalsePositive struct {
	ID, Doc, Type, Value, Sentence string
	SpanStart, SpanEnd             int
}

// TrapHit is a false positive that lies on a gold row the guidelines mark as
// not an event (negated, hypothetical, demanded).
type TrapHit struct {
	FalsePositive
	Factuality string // the gold row's
	Evidence   string
	Where      string
}

// DateError is a matched positive whose system date differs from gold's.
type DateError struct {
	Doc, Type, When, Value, Evidence string
	ID                               string // system mention id
	Where                            string
}

// Report is the result of Score.
type Report struct {
	Types          []TypeScore // model.Types order, then any other system types
	Overall        TypeScore
	Clustering     ClusterScore
	Splits         []ClusterSplit // gold events spread over several system events, by slug
	Merges         []ClusterMerge // system events holding several gold events, by id
	Misses         []Miss
	FalsePositives []FalsePositive // excluding trap hits
	TrapHits       []TrapHit
	DateErrors     []DateError
	Notes          []string // ambiguous evidence and other remarks
	Ignored        int      // system mentions of documents not in raw
}

// span is a half-open byte range of a raw document.
type span struct{ start, end int }

func (a span) overlaps(b span) bool { return a.start < b.end && b.start < a.end }

func (a span) dist(b span) int64 { return int64(abs(a.start-b.start) + abs(a.end-b.end)) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// locate finds each gold row's evidence in its raw document. Rows with the
// same document and evidence take the occurrences in order (spread evenly
// when there are more rows than occurrences); several occurrences give a
// note. Evidence that is missing is an error: gold must be exact.
func locate(gold []GoldRow, raw map[string][]byte) ([]span, []string, error) {
	spans := make([]span, len(gold))
	type key struct{ doc, ev string }
	groups := map[key][]int{}
	var order []key
	for i := range gold {
		g := &gold[i]
		if _, ok := raw[g.Doc]; !ok {
			return nil, nil, fmt.Errorf("gold %s: document %s has no raw text", g.Where(), g.Doc)
		}
		k := key{g.Doc, g.Evidence}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	var notes []string
	for _, k := range order {
		rows := groups[k]
		occ := occurrences(raw[k.doc], []byte(k.ev))
		first := &gold[rows[0]]
		if len(occ) == 0 {
			return nil, nil, fmt.Errorf("gold %s: evidence %q not found in document %s", first.Where(), k.ev, k.doc)
		}
		if len(occ) > 1 {
			notes = append(notes, fmt.Sprintf("%s: evidence %q occurs %d times in %s; %d row(s) take them in order",
				first.Where(), excerpt(k.ev, 60), len(occ), k.doc, len(rows)))
		}
		for n, i := range rows {
			o := n
			if len(rows) > len(occ) {
				o = n * len(occ) / len(rows)
			}
			spans[i] = span{occ[o], occ[o] + len(k.ev)}
		}
	}
	return spans, notes, nil
}

// occurrences returns the start of every (possibly overlapping) occurrence.
func occurrences(hay, needle []byte) []int {
	var out []int
	for off := 0; off <= len(hay)-len(needle); {
		i := bytes.Index(hay[off:], needle)
		if i < 0 {
			break
		}
		out = append(out, off+i)
		off += i + 1
	}
	return out
}

// parsed is a time value's interval, or ok=false.
type parsed struct {
	begin, last model.Date
	ok          bool
}

func parse(v string) parsed {
	if v == "" {
		return parsed{}
	}
	a, err := model.ParseValue(v)
	if err != nil {
		return parsed{}
	}
	return parsed{a.Begin, a.Last, true}
}

// Score compares system mentions with the gold rows; see GUIDELINES.md,
// section Scoring. raw holds the original bytes of every scored document by
// id: gold rows must all refer to documents in raw, and system mentions of
// other documents are ignored (counted in Report.Ignored). Only system
// mentions with Factuality asserted are the system's events.
//
// Matching: a system mention and a gold row of the same document and type
// match when the mention's sentence span overlaps the evidence span. Gold
// rows that are asserted (dated = positive, undated = don't care) and system
// mentions are paired one to one by a maximum-weight assignment that prefers,
// in this order, more matched positives, more matched positives with the
// right date, more matches overall, then a smaller total span distance
// (|start difference| + |end difference|); the result does not depend on the
// order of sys.
//
// Counting: a positive matched is a TP, unmatched a FN (listed in Misses). A
// mention matched to an undated asserted row is neither (DontCare). An
// unmatched mention is a FP; when it overlaps a negated, hypothetical or
// demanded row of its document and type it is also a trap hit (listed in
// TrapHits, not in FalsePositives). Dates are right when the intervals of
// model.ParseValue are equal ("2020-08" equals "2020-08-01/2020-08-31"); a
// value that does not parse is wrong. Strict precision and recall count only
// TPs with the right date. Clustering pairs are taken over all asserted gold
// rows matched to a mention that has an EventID: gold-positive when the rows
// share an event slug, system-positive when the mentions share an EventID.
func Score(gold []GoldRow, sys []SysMention, raw map[string][]byte) (*Report, error) {
	for i := range gold {
		if err := validate(&gold[i]); err != nil {
			return nil, fmt.Errorf("score: gold %s: %w", gold[i].Where(), err)
		}
	}
	spans, notes, err := locate(gold, raw)
	if err != nil {
		return nil, fmt.Errorf("score: %w", err)
	}
	rep := &Report{Notes: notes}

	// System asserted mentions in canonical order.
	var sidx []int
	for i := range sys {
		s := &sys[i]
		if s.Factuality != model.FactAsserted {
			continue
		}
		if _, ok := raw[s.DocID]; !ok {
			rep.Ignored++
			continue
		}
		sidx = append(sidx, i)
	}
	sort.SliceStable(sidx, func(a, b int) bool { return sysLess(&sys[sidx[a]], &sys[sidx[b]]) })
	gidx := make([]int, len(gold))
	for i := range gidx {
		gidx[i] = i
	}
	sort.SliceStable(gidx, func(a, b int) bool {
		x, y := &gold[gidx[a]], &gold[gidx[b]]
		if x.Doc != y.Doc {
			return x.Doc < y.Doc
		}
		if x.Type != y.Type {
			return x.Type < y.Type
		}
		sx, sy := spans[gidx[a]], spans[gidx[b]]
		if sx.start != sy.start {
			return sx.start < sy.start
		}
		return sx.end < sy.end
	})

	goldTime := make([]parsed, len(gold))
	for i := range gold {
		goldTime[i] = parse(gold[i].When)
	}
	sysTime := make(map[int]parsed, len(sidx))
	for _, i := range sidx {
		sysTime[i] = parse(sys[i].Value)
	}
	dateRight := func(g, s int) bool {
		gt, st := goldTime[g], sysTime[s]
		return gt.ok && st.ok && gt.begin == st.begin && gt.last == st.last
	}

	sysMatch := make(map[int]int, len(sidx)) // sys index -> gold index
	goldMatch := make([]int, len(gold))
	for i := range goldMatch {
		goldMatch[i] = -1
	}
	// One (doc, type) block at a time.
	for gs, ss := 0, 0; gs < len(gidx) || ss < len(sidx); {
		doc, typ := blockKey(gold, sys, gidx, sidx, gs, ss)
		ge, se := gs, ss
		for ge < len(gidx) && gold[gidx[ge]].Doc == doc && gold[gidx[ge]].Type == typ {
			ge++
		}
		for se < len(sidx) && sys[sidx[se]].DocID == doc && sys[sidx[se]].Type == typ {
			se++
		}
		var rows []int
		for _, g := range gidx[gs:ge] {
			if gold[g].Factuality == model.FactAsserted {
				rows = append(rows, g)
			}
		}
		matchBlock(rows, sidx[ss:se], gold, sys, spans, dateRight, goldMatch, sysMatch)
		gs, ss = ge, se
	}

	// Tally.
	byType := map[string]*TypeScore{}
	ts := func(t string) *TypeScore {
		if s, ok := byType[t]; ok {
			return s
		}
		s := &TypeScore{Type: t}
		byType[t] = s
		return s
	}
	for _, t := range model.Types {
		ts(t)
	}
	for _, g := range gidx {
		row := &gold[g]
		if !row.Positive() {
			continue
		}
		t := ts(row.Type)
		s := goldMatch[g]
		if s < 0 {
			t.FN++
			rep.Misses = append(rep.Misses, Miss{Doc: row.Doc, Type: row.Type, When: row.When, Evidence: row.Evidence, Where: row.Where()})
			continue
		}
		t.TP++
		if dateRight(g, s) {
			t.DateRight++
		} else {
			rep.DateErrors = append(rep.DateErrors, DateError{Doc: row.Doc, Type: row.Type, When: row.When,
				Value: sys[s].Value, Evidence: row.Evidence, ID: sys[s].ID, Where: row.Where()})
		}
	}
	for _, s := range sidx {
		sm := &sys[s]
		t := ts(sm.Type)
		if g, ok := sysMatch[s]; ok {
			if gold[g].DontCare() {
				t.DontCare++
			}
			continue
		}
		t.FP++
		fp := FalsePositive{ID: sm.ID, Doc: sm.DocID, Type: sm.Type, Value: sm.Value,
			Sentence: excerpt(sm.Sentence, 160), SpanStart: sm.SpanStart, SpanEnd: sm.SpanEnd}
		if g := trapRow(s, sys, gold, gidx, spans); g >= 0 {
			t.TrapHits++
			rep.TrapHits = append(rep.TrapHits, TrapHit{FalsePositive: fp, Factuality: gold[g].Factuality,
				Evidence: gold[g].Evidence, Where: gold[g].Where()})
			continue
		}
		rep.FalsePositives = append(rep.FalsePositives, fp)
	}

	var extra []string
	for t := range byType {
		if !knownType(t) {
			extra = append(extra, t)
		}
	}
	sort.Strings(extra)
	rep.Overall.Type = "overall"
	for _, t := range append(append([]string{}, model.Types...), extra...) {
		s := byType[t]
		s.finish()
		rep.Types = append(rep.Types, *s)
		o := &rep.Overall
		o.TP += s.TP
		o.FP += s.FP
		o.FN += s.FN
		o.DateRight += s.DateRight
		o.TrapHits += s.TrapHits
		o.DontCare += s.DontCare
	}
	rep.Overall.finish()
	rep.Clustering = clustering(gold, sys, goldMatch)
	rep.Splits, rep.Merges = clusterErrors(gold, sys, goldMatch)
	return rep, nil
}

// blockKey returns the smaller (doc, type) of the next gold and system rows.
func blockKey(gold []GoldRow, sys []SysMention, gidx, sidx []int, gs, ss int) (string, string) {
	switch {
	case gs >= len(gidx):
		return sys[sidx[ss]].DocID, sys[sidx[ss]].Type
	case ss >= len(sidx):
		return gold[gidx[gs]].Doc, gold[gidx[gs]].Type
	}
	g, s := &gold[gidx[gs]], &sys[sidx[ss]]
	if g.Doc < s.DocID || (g.Doc == s.DocID && g.Type <= s.Type) {
		return g.Doc, g.Type
	}
	return s.DocID, s.Type
}

// matchBlock pairs the asserted gold rows and system mentions of one
// (doc, type), connected component by component.
func matchBlock(rows, ss []int, gold []GoldRow, sys []SysMention, spans []span,
	dateRight func(g, s int) bool, goldMatch []int, sysMatch map[int]int) {
	if len(rows) == 0 || len(ss) == 0 {
		return
	}
	// Union-find over rows (0..len(rows)-1) and mentions (len(rows)..).
	parent := make([]int, len(rows)+len(ss))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	type edge struct{ r, s int }
	var edges []edge
	for r, g := range rows {
		for k, s := range ss {
			if spans[g].overlaps(span{sys[s].SpanStart, sys[s].SpanEnd}) {
				edges = append(edges, edge{r, k})
				if a, b := find(r), find(len(rows)+k); a != b {
					parent[a] = b
				}
			}
		}
	}
	comps := map[int][]edge{}
	var roots []int
	for _, e := range edges {
		root := find(e.r)
		if _, ok := comps[root]; !ok {
			roots = append(roots, root)
		}
		comps[root] = append(comps[root], e)
	}
	for _, root := range roots {
		es := comps[root]
		// Local indexes in first-seen order (edges are in row, mention order).
		rl, sl := map[int]int{}, map[int]int{}
		var rs, ks []int
		for _, e := range es {
			if _, ok := rl[e.r]; !ok {
				rl[e.r] = len(rs)
				rs = append(rs, e.r)
			}
		}
		for _, e := range es {
			if _, ok := sl[e.s]; !ok {
				sl[e.s] = -1
				ks = append(ks, e.s)
			}
		}
		sort.Ints(ks)
		for i, k := range ks {
			sl[k] = i
		}
		w := make([][]gain, len(rs))
		for i := range w {
			w[i] = make([]gain, len(ks))
		}
		for _, e := range es {
			g, s := rows[e.r], ss[e.s]
			var wt gain
			if gold[g].Positive() {
				wt[0] = 1
				if dateRight(g, s) {
					wt[1] = 1
				}
			}
			wt[2] = 1
			wt[3] = -spans[g].dist(span{sys[s].SpanStart, sys[s].SpanEnd})
			w[rl[e.r]][sl[e.s]] = wt
		}
		for i, j := range maxAssign(w, len(ks)) {
			if j >= 0 {
				g, s := rows[rs[i]], ss[ks[j]]
				goldMatch[g] = s
				sysMatch[s] = g
			}
		}
	}
}

// trapRow returns the gold row (negated, hypothetical or demanded, same doc
// and type) that unmatched system mention s lies on, nearest first, or -1.
func trapRow(s int, sys []SysMention, gold []GoldRow, gidx []int, spans []span) int {
	sm := &sys[s]
	sp := span{sm.SpanStart, sm.SpanEnd}
	best, bestD := -1, int64(-1)
	lo := sort.Search(len(gidx), func(k int) bool {
		g := &gold[gidx[k]]
		return g.Doc > sm.DocID || (g.Doc == sm.DocID && g.Type >= sm.Type)
	})
	for _, g := range gidx[lo:] {
		row := &gold[g]
		if row.Doc != sm.DocID || row.Type != sm.Type {
			break
		}
		if row.Factuality == model.FactAsserted || !spans[g].overlaps(sp) {
			continue
		}
		if d := spans[g].dist(sp); best < 0 || d < bestD {
			best, bestD = g, d
		}
	}
	return best
}

// clustering computes pairwise precision and recall over the asserted gold
// rows matched to a system mention that carries an EventID.
func clustering(gold []GoldRow, sys []SysMention, goldMatch []int) ClusterScore {
	type both struct{ slug, ev string }
	slugs, evs, pairs := map[string]int{}, map[string]int{}, map[both]int{}
	var c ClusterScore
	for g, s := range goldMatch {
		if s < 0 || sys[s].EventID == "" || gold[g].Factuality != model.FactAsserted {
			continue
		}
		c.Rows++
		slug := gold[g].Event
		if slug == "" { // no slug: a cluster of its own
			slug = fmt.Sprintf("\x00row%d", g)
		}
		slugs[slug]++
		evs[sys[s].EventID]++
		pairs[both{slug, sys[s].EventID}]++
	}
	choose2 := func(n int) int { return n * (n - 1) / 2 }
	for _, n := range slugs {
		c.GoldPairs += choose2(n)
	}
	for _, n := range evs {
		c.SysPairs += choose2(n)
	}
	for _, n := range pairs {
		c.BothPairs += choose2(n)
	}
	c.Precision = ratio(c.BothPairs, c.SysPairs)
	c.Recall = ratio(c.BothPairs, c.GoldPairs)
	c.F1 = f1(c.Precision, c.Recall)
	return c
}

// clusterErrors lists, over the rows that clustering scores, the gold events
// split over several system events and the system events that merge
// several gold events.
func clusterErrors(gold []GoldRow, sys []SysMention, goldMatch []int) ([]ClusterSplit, []ClusterMerge) {
	bySlug := map[string][]ClusterMember{}
	byEvent := map[string][]string{}
	for g, s := range goldMatch {
		if s < 0 || sys[s].EventID == "" || gold[g].Factuality != model.FactAsserted {
			continue
		}
		row := &gold[g]
		slug := row.Event
		if slug == "" {
			slug = "-" + row.Where()
		} else {
			bySlug[slug] = append(bySlug[slug], ClusterMember{Doc: row.Doc, When: row.When,
				Value: sys[s].Value, EventID: sys[s].EventID, Where: row.Where()})
		}
		byEvent[sys[s].EventID] = append(byEvent[sys[s].EventID], slug)
	}
	var splits []ClusterSplit
	for slug, ms := range bySlug {
		first, several := ms[0].EventID, false
		for _, x := range ms[1:] {
			if x.EventID != first {
				several = true
				break
			}
		}
		if !several {
			continue
		}
		sort.Slice(ms, func(i, j int) bool {
			a, b := &ms[i], &ms[j]
			switch {
			case a.Doc != b.Doc:
				return a.Doc < b.Doc
			case a.When != b.When:
				return a.When < b.When
			case a.Value != b.Value:
				return a.Value < b.Value
			case a.EventID != b.EventID:
				return a.EventID < b.EventID
			default:
				return a.Where < b.Where
			}
		})
		splits = append(splits, ClusterSplit{Slug: slug, Members: ms})
	}
	sort.Slice(splits, func(i, j int) bool { return splits[i].Slug < splits[j].Slug })
	var merges []ClusterMerge
	for id, slugs := range byEvent {
		sort.Strings(slugs)
		slugs = slices.Compact(slugs)
		if len(slugs) > 1 {
			merges = append(merges, ClusterMerge{EventID: id, Slugs: slugs})
		}
	}
	sort.Slice(merges, func(i, j int) bool { return merges[i].EventID < merges[j].EventID })
	return splits, merges
}

// finish computes the ratios from the counts.
func (t *TypeScore) finish() {
	t.Precision = ratio(t.TP, t.TP+t.FP)
	t.Recall = ratio(t.TP, t.TP+t.FN)
	t.F1 = f1(t.Precision, t.Recall)
	t.DateAccuracy = ratio(t.DateRight, t.TP)
	t.StrictPrecision = ratio(t.DateRight, t.TP+t.FP)
	t.StrictRecall = ratio(t.DateRight, t.TP+t.FN)
	t.StrictF1 = f1(t.StrictPrecision, t.StrictRecall)
}

// ratio is num/den, and 1 when den is 0.
func ratio(num, den int) float64 {
	if den == 0 {
		return 1
	}
	return float64(num) / float64(den)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// sysLess is the canonical order of system mentions.
func sysLess(a, b *SysMention) bool {
	switch {
	case a.DocID != b.DocID:
		return a.DocID < b.DocID
	case a.Type != b.Type:
		return a.Type < b.Type
	case a.SpanStart != b.SpanStart:
		return a.SpanStart < b.SpanStart
	case a.SpanEnd != b.SpanEnd:
		return a.SpanEnd < b.SpanEnd
	case a.Value != b.Value:
		return a.Value < b.Value
	case a.ID != b.ID:
		return a.ID < b.ID
	case a.EventID != b.EventID:
		return a.EventID < b.EventID
	default:
		return a.Sentence < b.Sentence
	}
}

// excerpt shortens s to about n bytes on a UTF-8 boundary, folding line
// breaks into spaces.
func excerpt(s string, n int) string {
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' || c == '\t' {
			b[i] = ' '
		}
	}
	if len(b) <= n {
		return string(b)
	}
	for n > 0 && b[n]&0xC0 == 0x80 {
		n--
	}
	return string(b[:n]) + "…"
}
