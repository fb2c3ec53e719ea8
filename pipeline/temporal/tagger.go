// Package temporal finds time expressions in sentences and normalises them
// to TIMEX3-style values as the annotation guidelines ask ("Time" section):
// days "2021-10-19", months "2021-10", years "2021", seasons "2020-SU",
// quarters "2020-Q3", halves "2020-H1", decades "199X", ISO weeks
// "2021-W41" and intervals "2020-10/2021-03", each with a qualifier
// (early, mid, late, by, before, after, since, circa) where the text gives
// one. When both a relational and a position qualifier apply ("since
// mid-April") the relational one wins; qualifiers inside an interval are
// dropped ("between March and mid-December 2017" is 2017-03/2017-12).
//
// Relative expressions ("on Tuesday", "last week", "this May", "two years
// ago", "19 October") are resolved against the publication date, never
// more precisely than it is known; with no publication date they stay
// unresolved (Value ""). Chained expressions ("three days later", "the
// next year", "that month", "within weeks") are resolved against the
// previous time of the document. Anaphoric ones ("that year", "later that
// day", "that evening", "14 August of that year") take the most recent
// time named before them, and "the year" ("by the end of the year") is
// the year the text narrates when a nearby time and a past verb say so
// (see anaphora.go). Weeks ("this week", "last week") are ISO weeks when
// the anchor is a day.
//
// Citation and access dates of sources ("Accessed June 6, 2024",
// "(RFI, 24 May 2017)", "Crisis Group interview, Bamako, June 2018",
// dates in URLs, a date standing alone as a bibliography entry) are tagged
// with Citation set: they are never event times and never anchor chains.
//
// The tagger is a hand-written tokenizer plus a small recursive-descent
// grammar; sentences with no digit and no time word are skipped after
// tokenizing.
package temporal

import (
	"fmt"
	"strings"
	"sync"

	"eventtimeline/pipeline/model"
)

// defaultLexicon is built once and only read afterwards.
var defaultLexicon = newLexicon()

// Tagger is the time-expression pipeline stage. It holds only read-only
// tables and is safe for concurrent use.
type Tagger struct {
	lx   *lexicon
	pool sync.Pool // *scratch
}

// scratch is the reusable working memory of one Process call.
type scratch struct {
	toks []token
	hits []hit
}

// New returns a Tagger.
func New() *Tagger {
	t := &Tagger{lx: defaultLexicon}
	t.pool.New = func() any { return new(scratch) }
	return t
}

// Process fills doc.Timexes with the time expressions of every sentence,
// in text order, resolving relative ones against doc.Published and chained
// ones against the last resolved, non-citation, non-chained time before
// them in the document.
func (t *Tagger) Process(doc *model.Document) error {
	if doc == nil {
		return fmt.Errorf("temporal: nil document")
	}
	doc.Timexes = doc.Timexes[:0]
	if len(doc.Sentences) == 0 {
		if strings.TrimSpace(doc.Text) != "" {
			return fmt.Errorf("temporal %s: document has text but no sentences (run segment first)", doc.ID)
		}
		return nil
	}
	sc := t.pool.Get().(*scratch)
	defer t.pool.Put(sc)
	toks := sc.toks[:0]
	f := finder{anchor: doc.Published, hits: sc.hits[:0], onThisDay: onThisDayColumn(doc.Text, doc.Published)}
	defer func() { sc.toks, sc.hits = toks[:0], f.hits[:0] }()
	prevEnd := 0
	for si, s := range doc.Sentences {
		if s.Start < 0 || s.End > len(doc.Text) || s.Start > s.End {
			return fmt.Errorf("temporal %s: sentence %d span [%d,%d) outside text of %d bytes", doc.ID, s.Index, s.Start, s.End, len(doc.Text))
		}
		f.paraHead = si == 0
		if prevEnd <= s.Start && paraBreak(doc.Text[prevEnd:s.Start]) {
			f.para++
			f.paraHead = true
		}
		if f.paraHead {
			// a paragraph's first sentence heads it when the paragraph
			// goes on after it
			f.paraHead = si+1 < len(doc.Sentences) && s.End <= doc.Sentences[si+1].Start && !paraBreak(doc.Text[s.End:doc.Sentences[si+1].Start])
		}
		prevEnd = s.End
		text := doc.Text[s.Start:s.End]
		if !t.lx.mayHoldTime(text) {
			continue
		}
		toks, _ = tokenize(toks[:0], text, t.lx)
		f.text, f.toks, f.futAt = text, toks, 0
		doc.Timexes = f.run(doc.Timexes, s.Index, s.Start)
	}
	return nil
}

// Find returns the time expressions of one sentence, with offsets relative
// to text and Sentence 0. anchor is the publication date, ref the time
// that chained expressions ("three days later") count from; either may be
// unknown. Within the sentence, ref moves on to each resolved time as in
// Process.
func (t *Tagger) Find(text string, anchor model.Anchor, ref model.Anchor) []model.Timex {
	toks, interesting := tokenize(nil, text, t.lx)
	if !interesting {
		return nil
	}
	f := finder{text: text, toks: toks, anchor: anchor, ref: ref}
	f.last = prevTime{a: ref, sent: -1}
	if ref.Precision == model.PrecDay {
		f.lastDay = f.last
	}
	return f.run(nil, 0, 0)
}

// Resolve normalises a single time expression against anchor, which also
// serves as the reference of chained expressions. It returns the first
// expression found in expr and whether it could be resolved to a value.
func Resolve(expr string, anchor model.Anchor) (model.Timex, bool) {
	xs := New().Find(expr, anchor, anchor)
	if len(xs) == 0 {
		return model.Timex{}, false
	}
	return xs[0], xs[0].Value != ""
}

// hit is one time expression found by the grammar.
type hit struct {
	s, e  int // token range
	a     model.Anchor
	ok    bool
	qual  string
	rel   bool
	chain bool
	cite  bool
}

// run appends the timexes of the current sentence to out; offsets are
// shifted by base.
func (f *finder) run(out []model.Timex, sent, base int) []model.Timex {
	first := len(out)
	refBefore, qualBefore := f.ref, f.refQual
	lastBefore, dayBefore := f.last, f.lastDay
	f.hits = f.hits[:0]
	f.refInSent, f.sentYear, f.chainYear, f.agoEnd = false, 0, 0, 0
	entrySet, pubAnchor := false, model.Anchor{}
	defer func() {
		if entrySet {
			f.anchor = pubAnchor
		}
	}()
	f.sent = sent
	for i := 0; i < len(f.toks); {
		if tk := &f.toks[i]; tk.kind == tPunct || tk.kind == tWord && (tk.e.cls == wNone || tk.e.cls == wVerb) || !leadsToAnchor(f.toks, i) {
			i++ // cannot start a time expression
			continue
		}
		f.cur = i
		f.yearNarrated = false
		h, ok := f.matchAt(i)
		if !ok {
			i++
			continue
		}
		if !h.cite {
			h.cite = f.isCitation(h.s, h.e)
		}
		if f.onThisDay && h.s == 0 && h.ok && !h.rel && !h.chain && !h.cite && h.a.Precision == model.PrecYear && (h.e == len(f.toks) || f.isDash(h.e)) {
			// "2008 — Georgia" heading an entry of an "On this day"
			// column: that day of that year
			if a, ok := sameDayIn(f.anchor, h.a); ok {
				h.a = a
			}
		}
		f.hits = append(f.hits, h)
		start, end := int(f.toks[h.s].start), int(f.toks[h.e-1].end)
		x := model.Timex{
			Sentence:  sent,
			Start:     base + start,
			End:       base + end,
			Text:      f.text[start:end],
			Qualifier: h.qual,
			Relative:  h.rel || h.chain,
			Citation:  h.cite,
		}
		if h.ok {
			x.Anchor = h.a
		}
		out = append(out, x)
		f.advanceRef(h)
		f.noteLast(h)
		f.noteNarrative(h)
		if !entrySet && f.entryHeader(h) {
			// "Fri 14 Apr, 18:30 — ICRC: 318 detainees swapped today":
			// the entry's own day is its "today"
			entrySet, pubAnchor = true, f.anchor
			f.anchor = h.a
		}
		i = h.e
	}
	if len(f.hits) == 0 {
		// A clock time alone ("the truce began at 8am") is a time of the
		// day the text is on.
		if h, ok := f.clockTime(); ok {
			f.hits = append(f.hits, h)
			start, end := int(f.toks[h.s].start), int(f.toks[h.e-1].end)
			out = append(out, model.Timex{Sentence: sent, Start: base + start, End: base + end,
				Text: f.text[start:end], Relative: true, Anchor: h.a})
			f.noteLast(h)
		}
	}
	// The dates of a list share their status: "Bamako, October 2018 and
	// January 2019." cites two interviews.
	changed := false
	for k := 0; k < len(f.hits); {
		l := k
		for l+1 < len(f.hits) && f.listGap(f.hits[l].e, f.hits[l+1].s) {
			l++
		}
		if l > k {
			cite := f.isCitation(f.hits[k].s, f.hits[l].e)
			for m := k; m <= l && !cite; m++ {
				cite = f.hits[m].cite
			}
			for m := k; m <= l; m++ {
				if f.hits[m].cite != cite {
					f.hits[m].cite = cite
					out[first+m].Citation = cite
					changed = true
				}
			}
		}
		k = l + 1
	}
	if changed {
		f.ref, f.refQual = refBefore, qualBefore
		f.last, f.lastDay = lastBefore, dayBefore
		for _, h := range f.hits {
			f.advanceRef(h)
			f.noteLast(h)
		}
	}
	return out
}

// advanceRef makes a resolved, non-citation, non-chained time the
// reference of the chained expressions that follow.
func (f *finder) advanceRef(h hit) {
	if h.ok && !h.cite && h.chain && h.a.Precision <= model.PrecMonth {
		if y, y2 := h.a.Begin.Time().Year(), h.a.Last.Time().Year(); y == y2 {
			f.chainYear, f.chainEnd = y, h.e
		}
	}
	if !h.ok || h.cite || h.chain {
		return
	}
	f.ref = h.a
	f.refQual = ""
	f.refInSent = true
	if (!h.rel || f.namesYear(h)) && h.a.Precision <= model.PrecYear {
		// (a year named by a deictic, "in March this year", moves it on
		// too: "In June 2021 ..., and in March this year a truce that
		// collapsed on 24 August")
		if y, y2 := h.a.Begin.Time().Year(), h.a.Last.Time().Year(); y == y2 {
			f.sentYear = y
		}
	}
	switch h.qual {
	case "early", "mid", "late":
		f.refQual = h.qual
	}
}

// namesYear reports whether a relative time h names its year with a
// deictic ("this year", "last year").
func (f *finder) namesYear(h hit) bool {
	for k := h.s; k < h.e; k++ {
		if u, plural := f.unitAt(k); u == unitYear && !plural && (f.isKey(k-1, kThis) || f.isKey(k-1, kLast)) {
			return true
		}
	}
	return false
}

// entryHeader reports whether hit h is the date heading a live entry or
// alert: a day at the start of the sentence, then a clock time and a
// dash ("Fri 14 Apr, 18:30 —", "14 April 09:15 -").
func (f *finder) entryHeader(h hit) bool {
	if !h.ok || h.a.Precision != model.PrecDay || h.a.Begin != h.a.Last {
		return false
	}
	for k := 0; k < h.s; k++ {
		t := f.at(k)
		weekday := t.kind == tWord && (t.e.cls == wWeekday || t.upper && t.end-t.start == 3 && isWeekdayAbbr(f.word(k)))
		if !weekday && !f.isPunct(k, ',', '.') {
			return false // only a weekday may come before: "Fri 14 Apr"
		}
	}
	k := h.e
	if f.isPunct(k, ',') {
		k++
	}
	if e := f.clockAt(k); e > 0 {
		k = e
	}
	return f.isDash(k) || f.isPunct(k, '—', '–', ':', '|')
}

// isWeekdayAbbr reports whether w is a three-letter weekday: "Fri".
func isWeekdayAbbr(w string) bool {
	switch strings.ToLower(w) {
	case "mon", "tue", "wed", "thu", "fri", "sat", "sun":
		return true
	}
	return false
}

// paraBreak reports whether the text between two sentences holds a blank
// line, which starts a new paragraph.
func paraBreak(gap string) bool {
	nl := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			nl++
			if nl == 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			nl = 0
		}
	}
	return false
}

// listGap reports whether tokens [e, s) only join items of a list.
func (f *finder) listGap(e, s int) bool {
	for k := e; k < s; k++ {
		if !f.isPunct(k, ',', ';') && !f.isKey(k, kAnd) {
			return false
		}
	}
	return true
}

// relational maps a preposition before a time to its qualifier.
func (f *finder) relational(i int) (string, int) {
	t := f.at(i)
	if t.kind != tWord || t.e.cls != wKey {
		return "", i
	}
	switch t.e.val {
	case kSince:
		return "since", i + 1
	case kBy:
		return "by", i + 1
	case kBefore:
		return "before", i + 1
	case kAfter:
		return "after", i + 1
	case kPrior:
		if f.isKey(i+1, kTo) {
			return "before", i + 2
		}
	case kCirca, kAbout:
		return "circa", i + 1
	}
	return "", i
}

// matchAt tries to match a time expression starting at token i.
func (f *finder) matchAt(i int) (hit, bool) {
	t := f.at(i)
	if t.kind == tURL {
		a, ok := urlDate(f.text[t.start:t.end])
		return hit{s: i, e: i + 1, a: a, ok: ok, cite: true}, ok
	}
	if t.kind == tPunct {
		return hit{}, false
	}
	rq, j := f.relational(i)
	// between X and Y; from X to Y
	if f.isKey(j, kBetween) || f.isKey(j, kFrom) {
		between := f.isKey(j, kBetween)
		if x, e, ok := f.parseCore(j + 1); ok {
			if (between && f.isKey(e, kAnd)) || (!between && (f.isKey(e, kTo) || f.isKey(e, kUntil) || f.isKey(e, kThrough) || f.isDash(e))) {
				if y, e2, ok := f.parseCore(e + 1); ok {
					if a, ok := f.interval(x, y); ok {
						return hit{s: i, e: e2, a: a, ok: true, qual: rq, rel: x.rel || y.rel, chain: x.chain || y.chain}, true
					}
				}
			}
			if !between {
				// "from X" alone: X, without a qualifier.
				return f.single(j+1, x, e, rq), true
			}
		}
		return hit{}, false
	}
	x, e, ok := f.parseCore(j)
	if !ok {
		return hit{}, false
	}
	if x.lead > 0 {
		// "the 2015 accord", "after the 2012 coup": the year alone is the
		// time expression; the preposition governs the event, not the year.
		i, rq = j+x.lead, ""
	}
	// X-Y, X – Y: "2013-2020", "March-April 2017", "27 March-3 April 2017".
	if f.isDash(e) && x.kind != sResolved && x.d2 == 0 {
		if y, e2, ok := f.parseCore(e + 1); ok && y.kind != sResolved && (y.kind == x.kind || y.kind == sDay && x.kind == sDay) {
			if a, ok := f.interval(x, y); ok {
				return hit{s: i, e: e2, a: a, ok: true, qual: rq, rel: x.rel || y.rel}, true
			}
		}
	}
	// Consecutive periods joined by "and": "in 2020 and 2021", "March and April 2021".
	if f.isKey(e, kAnd) && (x.kind == sYear || x.kind == sMonth) {
		if y, e2, ok := f.parseCore(e + 1); ok && y.kind == x.kind && y.y != 0 {
			consecutive := x.kind == sYear && y.y == x.y+1 ||
				x.kind == sMonth && y.m == x.m+1 && (x.y == 0 || x.y == y.y)
			if consecutive {
				if a, ok := f.interval(x, y); ok {
					return hit{s: i, e: e2, a: a, ok: true, qual: rq, rel: x.rel || y.rel}, true
				}
			}
			// "January and April 2019": the first month takes the year of the second.
			if x.kind == sMonth && x.y == 0 {
				x.y = y.y
				if x.m > y.m {
					x.y--
				}
			}
		}
	}
	h := f.single(i, x, e, rq)
	if j > i {
		h.s = i
	}
	return h, true
}

// single turns one parsed time into a hit covering tokens [s, e).
func (f *finder) single(s int, x spec, e int, rq string) hit {
	a, x, ok := f.resolve(x)
	q := rq
	if q == "" {
		q = x.qual
	}
	return hit{s: s, e: e, a: a, ok: ok, qual: q, rel: x.rel, chain: x.chain}
}

// interval joins two times into "A/B". A missing year is taken from the
// other end (the start moves back a year if it would follow the end);
// qualifiers inside the interval are dropped.
func (f *finder) interval(x, y spec) (model.Anchor, bool) {
	if x.kind == sResolved || y.kind == sResolved {
		if !x.ok || !y.ok {
			return model.Anchor{}, false
		}
		return fromValue(x.a.Value + "/" + y.a.Value)
	}
	if x.d2 != 0 || y.d2 != 0 {
		return model.Anchor{}, false
	}
	if x.y == 0 && y.y == 0 {
		var ok bool
		if y, ok = f.inferYear(y); !ok {
			return model.Anchor{}, false
		}
	}
	xFilled := false
	if x.y == 0 {
		x.y = y.y
		xFilled = true
	}
	if y.y == 0 {
		y.y = x.y
		if a, ok := fromValue(y.value()); ok {
			if b, ok := fromValue(x.value()); ok && a.Last < b.Begin {
				y.y++
			}
		}
	}
	if a, ok := fromValue(x.value() + "/" + y.value()); ok {
		return a, true
	}
	if xFilled {
		x.y--
		return fromValue(x.value() + "/" + y.value())
	}
	return model.Anchor{}, false
}

// urlDate finds a date in a URL path: /2020/02/12/, /2020/02/, 2020-02-12
// or 20240510.
func urlDate(u string) (model.Anchor, bool) {
	for i := 0; i+4 <= len(u); i++ {
		if !isDigit(u[i]) || i > 0 && isDigit(u[i-1]) {
			continue
		}
		j := i
		for j < len(u) && isDigit(u[j]) {
			j++
		}
		run := u[i:j]
		switch {
		case len(run) == 8:
			y, m, d := atoi(run[:4]), atoi(run[4:6]), atoi(run[6:])
			if y >= 1990 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) {
				return fromValue(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		case len(run) == 4:
			y := atoi(run)
			if y < 1990 || y > 2099 || j+3 > len(u) || (u[j] != '/' && u[j] != '-') || !isDigit(u[j+1]) || !isDigit(u[j+2]) || j+3 < len(u) && isDigit(u[j+3]) {
				continue
			}
			m := atoi(u[j+1 : j+3])
			if m < 1 || m > 12 {
				continue
			}
			k := j + 3
			if k+3 <= len(u) && u[k] == u[j] && isDigit(u[k+1]) && isDigit(u[k+2]) && (k+3 == len(u) || !isDigit(u[k+3])) {
				if d := atoi(u[k+1 : k+3]); d >= 1 && d <= daysIn(y, m) {
					return fromValue(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
				}
			}
			return fromValue(fmt.Sprintf("%04d-%02d", y, m))
		}
		i = j
	}
	return model.Anchor{}, false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// onThisDayColumn reports whether a text opens as an "On this day"
// column ("ON THIS DAY — 15 October", "This day in history") published on
// a known day: its entries, headed by a year, tell of that day in that
// year.
func onThisDayColumn(text string, pub model.Anchor) bool {
	if pub.Precision != model.PrecDay || pub.Begin != pub.Last {
		return false
	}
	head := text[:min(len(text), 200)]
	if i := strings.IndexByte(head, '\n'); i >= 0 {
		head = head[:i] // the headline only
	}
	low := strings.ToLower(head)
	return strings.Contains(low, "on this day") || strings.Contains(low, "this day in history")
}

// sameDayIn returns the month and day of pub in the year of y.
func sameDayIn(pub, y model.Anchor) (model.Anchor, bool) {
	_, m, d := ymd(pub.Begin)
	yy, _, _ := ymd(y.Begin)
	if m == 2 && d == 29 && !(yy%4 == 0 && (yy%100 != 0 || yy%400 == 0)) {
		return model.Anchor{}, false
	}
	return fromValue(fmt.Sprintf("%04d-%02d-%02d", yy, m, d))
}
