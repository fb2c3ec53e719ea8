package temporal

import (
	"fmt"
	"strconv"
	"strings"

	"eventtimeline/pipeline/model"
)

// Kinds of a parsed time.
type skind uint8

const (
	sDay skind = iota + 1
	sMonth
	sYear
	sSeason
	sQuarter
	sHalf
	sDecade
	sResolved // a relative expression, already resolved (or unresolvable)
)

// spec is a parsed time before resolution. Absolute kinds hold their
// fields; y == 0 means the text gave no year ("19 October", "in May").
type spec struct {
	kind  skind
	y     int
	m, d  int
	sub   int    // season, quarter or half number
	d2    int    // last day of a day range within one month ("27-29 March")
	qual  string // early, mid, late
	a     model.Anchor
	ok    bool // sResolved: a holds a value
	rel   bool // resolved against the publication date
	chain bool // resolved against the previous time (ref)
	lead  int  // leading tokens that are not part of the expression ("the 2015 accord")
}

// finder parses the time expressions of one sentence.
type finder struct {
	text    string
	toks    []token
	anchor  model.Anchor
	ref     model.Anchor
	refQual string
	cur     int  // token where the current expression starts (see isFuture)
	futAt   int  // cur+1 when future holds its tense; 0: not computed
	future  int8 // tenseFuture, tensePast, tenseLater or tenseNone
	hits    []hit

	// Within the current sentence: whether a time has set ref, and the
	// year of the last time that names its year ("in November 2023"),
	// which a later date with no year shares ("... on Dec. 1"); 0 none.
	refInSent bool
	sentYear  int
	// the year of a chained time of the sentence ("Six months later, on
	// 12 December"), which a date with no year in apposition right after
	// it shares; 0 none. chainEnd is the token after the chained time.
	chainYear, chainEnd int
	// the token after "N years ago today" in the sentence, 0 none: a
	// weekday in apposition to it names the same day
	agoEnd int

	// Over the document so far: whether any time named lies within a
	// year before the publication year or later (the text speaks of its
	// present), and the year of the last time that named its year. A
	// retrospective, whose times all lie years back, goes on narrating
	// that year: a later date with no year takes it (see inferYear).
	recentSeen bool
	narrYear   int      // the last year named outright
	narrAt     prevTime // where it was named (a, sent and para)
	narrMax    int      // the latest year named outright
	// how many times named so far lie within a year of the publication
	// or after it, and how many lie further back
	nRecent, nOld int
	// the same counts over the current paragraph (paraOf: its number)
	paraRecent, paraOld, paraOf int

	// the time being matched took its year from the narration (see
	// retrospectiveYear): it carries the narration on (see noteNarrative)
	yearNarrated bool

	// the current sentence opens a paragraph that goes on after it
	paraHead bool

	// the document is an "On this day" column (see onThisDayColumn)
	onThisDay bool

	// The antecedents of anaphoric times (see anaphora.go): the most
	// recent resolved, non-citation time, chained or not, and the most
	// recent one of day precision; and where the current sentence is.
	last, lastDay prevTime
	sent, para    int
}

// at returns token i, or the zero token outside the sentence.
func (f *finder) at(i int) token {
	if i < 0 || i >= len(f.toks) {
		return token{}
	}
	return f.toks[i]
}

func (f *finder) isKey(i, k int) bool {
	if i < 0 || i >= len(f.toks) {
		return false
	}
	t := &f.toks[i]
	return t.kind == tWord && t.e.cls == wKey && int(t.e.val) == k
}

func (f *finder) isPunct(i int, rs ...rune) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != tPunct {
		return false
	}
	for _, r := range rs {
		if f.toks[i].r == r {
			return true
		}
	}
	return false
}

// isDash reports a hyphen or dash at i.
func (f *finder) isDash(i int) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].kind == tPunct && isDashRune(f.toks[i].r)
}

// isDashRune reports a hyphen or dash.
func isDashRune(r rune) bool {
	switch r {
	case '-', '–', '—', '‐', '‑':
		return true
	}
	return false
}

// word returns the text of token i.
func (f *finder) word(i int) string {
	t := f.at(i)
	return f.text[t.start:t.end]
}

// dayNum reports whether token i can be a day of the month.
func (f *finder) dayNum(i int) (int, bool) {
	t := f.at(i)
	if t.kind != tNum || t.ndig == 0 || t.ndig > 2 || t.decade || t.num < 1 || t.num > 31 {
		return 0, false
	}
	return int(t.num), true
}

// yearNum reports whether token i is a year attached to a month or day
// ("October 2021"): four plain digits, 1800-2099.
func (f *finder) yearNum(i int) (int, bool) {
	t := f.at(i)
	if t.kind != tNum || t.ndig != 4 || t.ord || t.decade || t.num < 1800 || t.num > 2099 {
		return 0, false
	}
	return int(t.num), true
}

// bareYear reports whether the number at i is a year on its own: 1900-2099
// in a year-like context (not "Resolution 2100", "2000 fighters", "1400 GMT").
func (f *finder) bareYear(i int) (int, bool) {
	t := f.at(i)
	if t.kind != tNum || t.ndig != 4 || t.ord || t.decade || t.num < 1900 || t.num > 2099 {
		return 0, false
	}
	p := f.at(i - 1)
	switch {
	case p.kind == tWord && p.e.cls == wKey && p.e.val == kNeg:
		return 0, false
	case p.kind == tPunct && !p.gap && !t.gap && (p.r == '/' || p.r == '.' || p.r == ':' || p.r == '#' || p.r == '°' || p.r == '№' || p.r == '+'):
		return 0, false
	case p.kind == tPunct && (p.r == '$' || p.r == '€' || p.r == '£' || p.r == '#' || p.r == '№'):
		return 0, false
	case p.kind == tNum && !t.gap:
		return 0, false
	}
	nx := f.at(i + 1)
	switch {
	case nx.kind == tWord && nx.e.cls == wKey && nx.e.val == kQty:
		return 0, false
	case nx.kind == tPunct && (nx.r == '%' || nx.r == ':' && !nx.gap && f.at(i+2).kind == tNum && !f.at(i+2).gap):
		return 0, false
	case nx.kind == tPunct && !nx.gap && (nx.r == '/' || nx.r == '.') && f.at(i+2).kind == tNum && !f.at(i+2).gap:
		return 0, false // part of "2019/20" or a version number
	}
	// "some 2000 rebels": an approximator before the number and a plural noun after it.
	if nx.kind == tWord && !nx.upper && nx.e.cls == wNone && p.kind == tWord && (p.e.cls == wNumber && p.e.flag&fVague != 0 || p.e.cls == wKey && (p.e.val == kAbout || p.e.val == kCirca || p.e.val == kOver || p.e.val == kThan)) {
		w := f.word(i + 1)
		if len(w) > 3 && w[len(w)-1] == 's' {
			return 0, false
		}
	}
	return int(t.num), true
}

// monthAt reports whether token i is a month name used as a month. Month
// words must be capitalised. After a day number ("19 October") that is
// enough; otherwise the month needs a day or year after it, or (when it
// stands alone, not abbreviated) a preposition or determiner before it.
func (f *finder) monthAt(i int, afterDay bool) (int, bool) {
	t := f.at(i)
	if t.kind != tWord || t.e.cls != wMonth || !t.upper {
		return 0, false
	}
	m := int(t.e.val)
	if afterDay {
		return m, true
	}
	j := i + 1
	if f.isPunct(j, '.') && !f.at(j).gap {
		j++
	}
	_, dayNext := f.dayNum(j)
	_, yearNext := f.yearNum(j)
	if f.isPunct(j, ',') || f.isKey(j, kOf) {
		_, y2 := f.yearNum(j + 1)
		yearNext = yearNext || y2
	}
	if !dayNext && !yearNext && t.e.flag&fAbbr == 0 {
		_, _, yearNext = f.anaphoricYear(j) // "August of that year"
	}
	if dayNext || yearNext {
		return m, true
	}
	if t.e.flag&fAbbr != 0 {
		return 0, false
	}
	// A bare month needs another month after it ("January-February 2019",
	// "October and December 2018") or a preposition or determiner before
	// it: "in March", "by November", "last May", "mid-April".
	if f.isDash(i+1) || f.isKey(i+1, kAnd) || f.isKey(i+1, kTo) {
		if n := f.at(i + 2); n.kind == tWord && n.e.cls == wMonth && n.upper {
			return m, true
		}
	}
	p := f.at(i - 1)
	if p.kind == tPunct && (p.r == '-' || p.r == '–' || p.r == '—') {
		return m, true
	}
	if p.kind != tWord || p.e.cls != wKey {
		return 0, false
	}
	switch p.e.val {
	case kIn, kSince, kBy, kUntil, kFrom, kBetween, kAnd, kTo, kBefore, kAfter, kOf,
		kEarly, kMid, kLate, kThis, kLast, kNext, kDuring, kThrough, kCirca, kComing:
		return m, true
	}
	return 0, false
}

// parseCore parses a time expression starting at token i and returns it
// with the index just past it.
func (f *finder) parseCore(i int) (spec, int, bool) {
	t := f.at(i)
	if t.kind == 0 {
		return spec{}, i, false
	}
	// early / mid / late (with "mid-2020", "early in 2020").
	if f.isKey(i, kEarly) || f.isKey(i, kMid) || f.isKey(i, kLate) {
		q := [...]string{kEarly: "early", kMid: "mid", kLate: "late"}[t.e.val]
		j := i + 1
		if f.isDash(j) {
			j++
		} else if f.isKey(j, kIn) {
			j++
		}
		if s, e, ok := f.parseBase(j); ok && s.kind != sDay {
			if s.qual == "" {
				s.qual = q
			}
			return s, e, true
		}
		return spec{}, i, false
	}
	// "the last day of 2004", "the first day of May"
	if f.isKey(i, kThe) && (strings.EqualFold(f.word(i+1), "last") || strings.EqualFold(f.word(i+1), "first")) && f.isKey(i+3, kOf) {
		if u, plural := f.unitAt(i + 2); u == unitDay && !plural && strings.EqualFold(f.word(i+2), "day") {
			if b, e, ok := f.parseBase(i + 4); ok && (b.kind == sYear || b.kind == sMonth) && b.y != 0 {
				last := strings.EqualFold(f.word(i+1), "last")
				sp := spec{kind: sDay, y: b.y, m: 1, d: 1}
				switch {
				case b.kind == sYear && last:
					sp.m, sp.d = 12, 31
				case b.kind == sMonth:
					sp.m = b.m
					if last {
						sp.d = daysIn(b.y, b.m)
					}
				}
				return sp, e, true
			}
		}
	}
	// "New Year's Eve 1981", "on New Year's Day"
	if f.isKey(i, kNew) && t.upper && strings.EqualFold(f.word(i+1), "year") {
		k := i + 2
		if f.isPunct(k, '\'', '’') {
			k++
		}
		if strings.EqualFold(f.word(k), "s") {
			k++
		}
		m, d := 0, 0
		switch strings.ToLower(f.word(k)) {
		case "eve":
			m, d = 12, 31
		case "day":
			m, d = 1, 1
		}
		if d > 0 {
			sp := spec{kind: sDay, m: m, d: d}
			return sp, f.trailingYear(&sp, k+1), true
		}
	}
	// "Christmas Eve 1999", "on Christmas Day"
	if f.isKey(i, kChristmas) && t.upper {
		d := 0
		switch strings.ToLower(f.word(i + 1)) {
		case "eve":
			d = 24
		case "day":
			d = 25
		}
		if d > 0 {
			sp := spec{kind: sDay, m: 12, d: d}
			return sp, f.trailingYear(&sp, i+2), true
		}
	}
	// "on the 25th": a day of the month the text is on.
	dayPart := func(k int) bool {
		u, _ := f.unitAt(k)
		return u == unitDay && !strings.EqualFold(f.word(k), "day") && !strings.EqualFold(f.word(k), "days")
	}
	if f.isKey(i, kThe) && (f.isKey(i-1, kOn) || f.isKey(i-1, kOf) && dayPart(i-2)) {
		// ("on the 19th", "by the early afternoon of the 14th")
		partOf := f.isKey(i-1, kOf)
		ofMonth := func(k int) bool { // "the 3rd of March", "the 3rd March"
			_, ok := f.monthAt(k, true)
			_, ok2 := f.monthAt(k+1, true)
			return ok || f.isKey(k, kOf) && ok2
		}
		if d := f.at(i + 1); d.kind == tNum && d.ord && d.num >= 1 && d.num <= 31 && (f.bareDayEnd(i+2) || i-1 == 0 && !ofMonth(i+2) || partOf && !f.isKey(i+2, kOf)) {
			if y, ok := f.yearNum(i + 3); ok && f.isKey(i+2, kIn) && f.anchor.Known() {
				// "on the 13th in 1963", in a column of this month's
				// anniversaries: that day of the publication's month
				_, m, _ := ymd(f.anchor.Begin)
				if int(d.num) <= daysIn(y, m) {
					a, ok := fromValue(fmt.Sprintf("%04d-%02d-%02d", y, m, d.num))
					return resolved(a, ok, true, false), i + 4, true
				}
			}
			a, ok := f.bareOrdinalDay(int(d.num))
			return resolved(a, ok, true, false), i + 2, true
		}
	}
	// the end / beginning / middle of X; end-2020.
	j := i
	if f.isKey(j, kThe) {
		j++
	}
	if f.isKey(j, kEnd) || f.isKey(j, kBeginning) || f.isKey(j, kMiddle) {
		q := "late"
		switch {
		case f.isKey(j, kBeginning):
			q = "early"
		case f.isKey(j, kMiddle):
			q = "mid"
		}
		k := j + 1
		if f.isKey(k, kOf) || f.isDash(k) {
			k++
			if f.isKey(k, kThe) && f.at(k+1).e.cls == wUnit && !f.isKey(k+2, kOf) {
				// "the end of the year": the current year of the anchor.
				if s, e, ok := f.relUnit(k+1, 0, true); ok {
					s.qual = q
					return s, e, true
				}
			}
			if s, e, ok := f.parseBase(k); ok && s.kind != sDay {
				if s.qual == "" {
					s.qual = q
				}
				return s, e, true
			}
			// "the end of that year", "the end of last month", "the
			// beginning of the following year"
			if s, e, ok := f.parseRelative(k); ok && s.kind == sResolved && s.ok && s.qual == "" &&
				s.a.Precision >= model.PrecMonth && s.a.Precision <= model.PrecYear && s.a.Precision != model.PrecWeek {
				s.qual = q
				return s, e, true
			}
		}
		return spec{}, i, false
	}
	if s, e, ok := f.parseBase(i); ok {
		return s, e, true
	}
	return f.parseRelative(i)
}

// parseBase parses an absolute date, possibly without its year.
func (f *finder) parseBase(i int) (spec, int, bool) {
	j := i
	sawThe := false
	if f.isKey(j, kThe) {
		j++
		sawThe = true
	}
	t := f.at(j)
	if sawThe && t.kind == tWord {
		// "the twenty-seventh of November (2024)": a day of a month
		if d, k, ok := f.spelledOrdinal(j); ok && f.isKey(k, kOf) {
			if m, ok := f.monthAt(k+1, true); ok && d <= daysIn(2000, m) {
				s := spec{kind: sDay, m: m, d: d, lead: 1}
				return s, f.trailingYear(&s, k+2), true
			}
		}
	}
	switch {
	case t.kind == tNum:
		s, e, ok := f.parseNumber(j, sawThe)
		if ok && sawThe && s.kind != sDecade {
			s.lead = 1
		}
		return s, e, ok
	case t.kind == tWord && t.e.cls == wMonth:
		s, e, ok := f.parseMonth(j)
		if ok && sawThe {
			s.lead = 1
		}
		return s, e, ok
	case t.kind == tWord && t.e.cls == wSeason:
		return f.parseSeason(j, sawThe)
	case f.isKey(j, kQ) || f.isKey(j, kH):
		n := f.at(j + 1)
		if n.kind != tNum || n.gap || n.ndig != 1 {
			break
		}
		s := spec{kind: sQuarter, sub: int(n.num)}
		if f.isKey(j, kH) {
			s.kind = sHalf
		}
		if s.sub < 1 || s.kind == sQuarter && s.sub > 4 || s.kind == sHalf && s.sub > 2 {
			break
		}
		k := j + 2
		if y, ok := f.yearNum(k); ok {
			s.y = y
			return s, k + 1, true
		}
		if s.kind == sQuarter && t.upper {
			return s, k, true
		}
	case sawThe && (t.kind == tWord && t.e.cls == wOrdinal || f.isKey(j, kLast) || f.isKey(j, kFinal)):
		// "the first quarter", "the final quarter", "the second half",
		// "the latter half"; "the last months of 2022" (see edgeOf).
		sub := int(t.e.val)
		if t.e.cls != wOrdinal {
			sub = 0 // the last one
		}
		u := f.at(j + 1)
		if u.kind == tWord && u.e.cls == wUnit && (u.e.val == unitDay || u.e.val == unitWeek || u.e.val == unitMonth) {
			if s, e, ok := f.edgeOf(j, sub); ok {
				return s, e, true
			}
			break
		}
		if u.kind != tWord || u.e.cls != wUnit || u.e.flag&fPlural != 0 || (u.e.val != unitQuarter && u.e.val != unitHalf) {
			break
		}
		s := spec{kind: sQuarter, sub: sub}
		if sub == 0 {
			s.sub = 4
		}
		if u.e.val == unitHalf {
			s.kind = sHalf
			if sub == 0 {
				s.sub = 2
			}
			if s.sub > 2 {
				break
			}
		}
		k := j + 2
		if f.isKey(k, kOf) {
			if y, ok := f.yearNum(k + 1); ok {
				s.y = y
				return s, k + 2, true
			}
			// "the first half of this/last/next year", "the final
			// quarter of the year" (the anchor's, as "the end of the year")
			r, e, ok := f.parseRelative(k + 1)
			if !ok && f.isKey(k+1, kThe) && !f.isKey(k+3, kOf) {
				if u, plural := f.unitAt(k + 2); u == unitYear && !plural {
					r, e, ok = f.relUnit(k+2, 0, true)
				}
			}
			if ok && r.ok && r.a.Precision == model.PrecYear {
				s.y, _, _ = ymd(r.a.Begin)
				s.rel = true
				return s, e, true
			}
			break
		}
		if y, ok := f.yearNum(k); ok {
			s.y = y
			return s, k + 1, true
		}
	}
	return spec{}, i, false
}

// edgeOf parses "the first/last/final days, weeks or months of X" (or a
// single one: "the final week of October") after the article, with j at
// the ordinal: X with the qualifier early (first) or late (last, final),
// as "the end of X" is. sub is 1 for "first", 0 for "last" or "final";
// other ordinals are no edge. "The first month of 2022" is January, "the
// last month of 2022" December.
func (f *finder) edgeOf(j, sub int) (spec, int, bool) {
	if sub != 0 && sub != 1 {
		return spec{}, j, false
	}
	unit, plural := f.unitAt(j + 1)
	k := j + 2
	if !f.isKey(k, kOf) {
		return spec{}, j, false
	}
	q := "early"
	if sub == 0 {
		q = "late"
	}
	var s spec
	var e int
	var ok bool
	if f.isKey(k+1, kThe) && f.at(k+2).e.cls == wUnit && !f.isKey(k+3, kOf) {
		// "the last weeks of the year": the current year of the anchor.
		s, e, ok = f.relUnit(k+2, 0, true)
	} else {
		s, e, ok = f.parseBase(k + 1)
	}
	if !ok || s.kind == sDay || s.lead > 0 {
		return spec{}, j, false
	}
	if unit == unitMonth && !plural && s.kind == sYear {
		s.kind, s.m = sMonth, 12
		if sub == 1 {
			s.m = 1
		}
		return s, e, true
	}
	if unit == unitMonth && s.kind == sMonth || s.kind == sResolved && s.ok && s.a.Precision < model.PrecMonth {
		return spec{}, j, false // "the first months of May", "the last days of this week"
	}
	if s.qual == "" {
		s.qual = q
	}
	return s, e, true
}

// parseNumber parses expressions that start with a number: "19 October
// 2021", "27-29 March 2017", "2021", "the 1990s", "2021-10-19".
func (f *finder) parseNumber(j int, sawThe bool) (spec, int, bool) {
	t := f.at(j)
	if t.ndig == 0 && !sawThe {
		if s, e, ok := f.numericDate(j); ok {
			return s, e, true // "10.11.2020"
		}
	}
	if d, ok := f.dayNum(j); ok {
		k := j + 1
		// "27-29 March 2017", "27 and 28 March"
		if (f.isDash(k) || f.isKey(k, kAnd) || f.isKey(k, kTo)) && !t.ord {
			if d2, ok := f.dayNum(k + 1); ok && d2 > d {
				if m, ok := f.monthAt(k+2, true); ok {
					s := spec{kind: sDay, m: m, d: d, d2: d2}
					e := k + 3
					return s, f.trailingYear(&s, e), true
				}
			}
		}
		if s, e, ok := f.numericDate(j); ok {
			return s, e, true
		}
		if f.isKey(k, kOf) {
			k++
		}
		if m, ok := f.monthAt(k, true); ok {
			s := spec{kind: sDay, m: m, d: d}
			e := k + 1
			if f.isPunct(e, '.') && !f.at(e).gap && f.at(k).e.flag&fAbbr != 0 && f.at(e+1).kind == tNum {
				e++
			}
			return s, f.trailingYear(&s, e), true
		}
		return spec{}, j, false
	}
	if t.ndig != 4 {
		return spec{}, j, false
	}
	// Decades: "the 1990s", "1990’s".
	if t.decade && t.num >= 1800 && t.num <= 2090 && t.num%10 == 0 {
		return spec{kind: sDecade, y: int(t.num)}, j + 1, true
	}
	if t.num >= 1800 && t.num <= 2090 && t.num%10 == 0 && f.isPunct(j+1, '’', '\'') && !f.at(j+1).gap {
		if w := f.at(j + 2); w.kind == tWord && !w.gap && f.word(j+2) == "s" {
			return spec{kind: sDecade, y: int(t.num)}, j + 3, true
		}
	}
	// ISO dates: 2021-10-19.
	if y, ok := f.yearNum(j); ok && f.isPunct(j+1, '-') && !f.at(j+1).gap {
		mt, dt := f.at(j+2), f.at(j+4)
		if mt.kind == tNum && mt.ndig == 2 && !mt.gap && mt.num >= 1 && mt.num <= 12 &&
			f.isPunct(j+3, '-') && !f.at(j+3).gap && dt.kind == tNum && dt.ndig == 2 && !dt.gap &&
			dt.num >= 1 && int(dt.num) <= daysIn(y, int(mt.num)) {
			return spec{kind: sDay, y: y, m: int(mt.num), d: int(dt.num)}, j + 5, true
		}
	}
	if y, ok := f.bareYear(j); ok {
		return spec{kind: sYear, y: y}, j + 1, true
	}
	return spec{}, j, false
}

// numericDate parses a date written in numbers with slashes or dots,
// "31/08/1994", "10.11.2020", "3/10/2020": day first unless the first
// number cannot be a month's day and the second can (then the American
// month-first order, "08/31/1994"). Two-digit years are refused.
func (f *finder) numericDate(j int) (spec, int, bool) {
	if w := f.word(j); strings.Count(w, ".") == 2 {
		// "10.11.2020" is one token, a number with two dots
		p := strings.Split(w, ".")
		d, err1 := strconv.Atoi(p[0])
		m, err2 := strconv.Atoi(p[1])
		y, err3 := strconv.Atoi(p[2])
		if err1 != nil || err2 != nil || err3 != nil || len(p[0]) > 2 || len(p[1]) > 2 || len(p[2]) != 4 || y < 1900 || y > 2099 ||
			m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
			return spec{}, j, false
		}
		return spec{kind: sDay, y: y, m: m, d: d}, j + 1, true
	}
	a, sep, b, sep2, c := f.at(j), f.at(j+1), f.at(j+2), f.at(j+3), f.at(j+4)
	if sep.kind != tPunct || sep.r != '/' && sep.r != '.' || sep2.kind != tPunct || sep2.r != sep.r {
		return spec{}, j, false
	}
	if sep.gap || b.gap || sep2.gap || c.gap || b.kind != tNum || b.ndig == 0 || b.ndig > 2 {
		return spec{}, j, false
	}
	y, ok := f.yearNum(j + 4)
	if !ok {
		return spec{}, j, false
	}
	d, m := int(a.num), int(b.num)
	if m > 12 && d <= 12 {
		d, m = m, d // "08/31/1994"
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return spec{}, j, false
	}
	return spec{kind: sDay, y: y, m: m, d: d}, j + 5, true
}

// parseMonth parses "October 19, 2021", "Oct. 19", "October 2021",
// "October of 2021" and a bare "October".
func (f *finder) parseMonth(j int) (spec, int, bool) {
	m, ok := f.monthAt(j, false)
	if !ok {
		return spec{}, j, false
	}
	k := j + 1
	if f.isPunct(k, '.') && !f.at(k).gap && f.at(j).e.flag&fAbbr != 0 {
		k++
	}
	if d, ok := f.dayNum(k); ok {
		s := spec{kind: sDay, m: m, d: d}
		e := k + 1
		// "March 27-29, 2017"
		if f.isDash(e) && !f.at(k).ord {
			if d2, ok := f.dayNum(e + 1); ok && d2 > d {
				s.d2 = d2
				e += 2
			}
		}
		return s, f.trailingYear(&s, e), true
	}
	if f.isPunct(k, ',') || f.isKey(k, kOf) {
		if y, ok := f.yearNum(k + 1); ok {
			return spec{kind: sMonth, y: y, m: m}, k + 2, true
		}
	}
	if y, ok := f.yearNum(k); ok {
		return spec{kind: sMonth, y: y, m: m}, k + 1, true
	}
	if y, e, ok := f.anaphoricYear(j + 1); ok {
		return spec{kind: sMonth, y: y, m: m, rel: true}, e, true
	}
	if y, e, ok := f.deicticYear(j + 1); ok {
		return spec{kind: sMonth, y: y, m: m, rel: true}, e, true // "in November last year"
	}
	if f.isKey(j+1, kOf) {
		if y, e, ok := f.deicticYear(j + 2); ok {
			return spec{kind: sMonth, y: y, m: m, rel: true}, e, true // "in June of last year"
		}
	}
	return spec{kind: sMonth, m: m}, j + 1, true
}

// parseSeason parses "summer 2020", "the summer of 2020", "(in) the summer".
func (f *finder) parseSeason(j int, sawThe bool) (spec, int, bool) {
	t := f.at(j)
	s := spec{kind: sSeason, sub: int(t.e.val)}
	if y, e, ok := f.anaphoricYear(j + 1); ok {
		// "the summer of that year", "in the spring of the following year"
		s.y, s.rel = y, true
		return s, e, true
	}
	k := j + 1
	if f.isKey(k, kOf) {
		k++
	}
	if y, ok := f.yearNum(k); ok {
		s.y = y
		return s, k + 1, true
	}
	if t.e.flag&fTrigger == 0 { // "fall" needs a year
		return spec{}, j, false
	}
	p := f.at(j - 1)
	if sawThe {
		p = f.at(j - 2)
	}
	if p.kind == tWord && p.e.cls == wKey {
		switch p.e.val {
		case kIn, kDuring, kSince, kBy, kUntil, kBefore, kAfter, kEarly, kLate, kMid, kOver, kThrough:
			return s, j + 1, true
		}
	}
	return spec{}, j, false
}

// count parses a count before a unit: "three", "3", "a", "a few",
// "several", "a couple of". It returns the count, whether it is vague, and
// the index after it. With no count it returns 0.
func (f *finder) count(i int) (n int, vague bool, e int) {
	t := f.at(i)
	switch {
	case t.kind == tNum && t.ndig > 0 && t.ndig <= 3 && !t.ord && !t.decade:
		return int(t.num), false, i + 1
	case t.kind == tWord && t.e.cls == wNumber:
		n, vague = int(t.e.val), t.e.flag&fVague != 0
		if n >= 20 && n%10 == 0 && f.isDash(i+1) && !f.at(i+1).gap {
			// "twenty-five"
			if u := f.at(i + 2); u.kind == tWord && u.e.cls == wNumber && !u.gap && u.e.val >= 1 && u.e.val <= 9 && u.e.flag&fVague == 0 && f.word(i+2) != "a" {
				return n + int(u.e.val), false, i + 3
			}
		}
		if n == 1 && !vague {
			if nx := f.at(i + 1); nx.kind == tWord && nx.e.cls == wNumber && nx.e.flag&fVague != 0 {
				return 3, true, i + 2 // "a few"
			}
			if f.isKey(i+1, kCouple) && f.isKey(i+2, kOf) {
				return 2, true, i + 3 // "a couple of"
			}
		}
		return n, vague, i + 1
	}
	return 0, false, i
}

// unitAt returns the unit of token i (0 when it is none) and whether it is plural.
func (f *finder) unitAt(i int) (int, bool) {
	t := f.at(i)
	if t.kind != tWord || t.e.cls != wUnit {
		return 0, false
	}
	return int(t.e.val), t.e.flag&fPlural != 0
}

// resolved wraps the result of a resolution as a spec.
func resolved(a model.Anchor, ok, rel, chain bool) spec {
	return spec{kind: sResolved, a: a, ok: ok, rel: rel, chain: chain}
}

// relUnit resolves "this/last/next <unit>" against the anchor: n is the
// offset in units. With article set the unit follows "the" ("the end of
// the year"): it is the period the text is narrating when there is one
// (see narrated), the anchor's otherwise.
func (f *finder) relUnit(u, n int, article bool) (spec, int, bool) {
	unit, plural := f.unitAt(u)
	if unit == 0 || plural || f.isFortnight(u) {
		return spec{}, u, false
	}
	if unit == unitWeekend && !article {
		// "last weekend", "this weekend", "next weekend"
		if a, ok := f.weekend(n, false); ok {
			return resolved(a, true, true, false), u + 1, true
		}
	}
	if article && n == 0 {
		if a, ok := f.narrated(unit); ok {
			return resolved(a, true, false, true), u + 1, true
		}
	}
	a, ok := relShift(f.anchor, "", n, unit, false)
	return resolved(a, ok, true, false), u + 1, true
}

// parseRelative parses expressions resolved against the publication date
// or the previous time.
func (f *finder) parseRelative(i int) (spec, int, bool) {
	t := f.at(i)
	if t.kind == tWord && t.e.cls == wKey {
		switch t.e.val {
		case kToday, kTonight:
			a, ok := relShift(f.anchor, "", 0, unitDay, false)
			return resolved(a, ok, true, false), i + 1, true
		case kYesterday:
			a, ok := relShift(f.anchor, "", -1, unitDay, false)
			return resolved(a, ok, true, false), i + 1, true
		case kTomorrow:
			a, ok := relShift(f.anchor, "", 1, unitDay, false)
			return resolved(a, ok, true, false), i + 1, true
		case kThis, kLast, kNext, kComing, kPast, kCurrent:
			return f.parseDeictic(i)
		case kThe:
			return f.parseThe(i)
		case kThat:
			// "that year", "that same month"
			j := i + 1
			if f.isKey(j, kSame) {
				j++
			}
			if unit, plural := f.unitAt(j); unit != 0 && !plural {
				a, ok := f.anaphor(unit)
				return resolved(a, ok, false, true), j + 1, true
			}
			if w := f.at(j); w.kind == tWord && w.e.cls == wWeekday && w.upper {
				// "that Sunday": the day just narrated, or the next such day
				a, ok := f.thatWeekday(int(w.e.val))
				return resolved(a, ok, false, true), j + 1, true
			}
			if w := f.at(j); w.kind == tWord && w.e.cls == wMonth && w.upper && w.e.flag&fAbbr == 0 {
				m := int(w.e.val)
				// "the restoration of the truce that July": that month of
				// the year just narrated
				if y, ok := f.anaphorYear(); ok {
					a, ok := fromValue(fmt.Sprintf("%04d-%02d", y, m))
					return resolved(a, ok, false, true), j + 1, true
				}
			}
		case kLater, kEarlier:
			// "later this year", "earlier that month", "later in the year"
			if f.isKey(i+1, kThis) || f.isKey(i+1, kThat) {
				if unit, plural := f.unitAt(i + 2); unit != 0 && !plural {
					if f.isKey(i+1, kThis) {
						a, ok := relShift(f.anchor, "", 0, unit, false)
						return resolved(a, ok, true, false), i + 3, true
					}
					a, ok := f.anaphor(unit)
					return resolved(a, ok, false, true), i + 3, true
				}
			}
			if f.isKey(i+1, kIn) && f.isKey(i+2, kThe) && !f.isKey(i+4, kOf) {
				if unit, plural := f.unitAt(i + 3); (unit == unitYear || unit == unitMonth) && !plural {
					return f.relUnit(i+3, 0, true)
				}
			}
		case kWithin:
			// "within weeks", "within a year": the time of the previous event.
			n, _, j := f.count(i + 1)
			if unit, plural := f.unitAt(j); unit != 0 && (plural || n > 0) {
				s := resolved(f.ref, f.ref.Known(), false, true)
				s.qual = f.refQual
				return s, j + 1, true
			}
		}
	}
	if t.kind == tWord && t.e.cls == wWeekday && t.upper {
		if f.dateAfterWeekday(i + 1) {
			return spec{}, i, false // "on Monday 22 July": the date says it all
		}
		if f.agoEnd > 0 && i-f.agoEnd <= 6 {
			return spec{}, i, false // "Fifteen years ago today, on a hot Sunday afternoon": that day's weekday
		}
		// "later on Friday" in a story of that Friday is the same day,
		// even in the future tense
		if k := i - 1; f.laterToday(k) || strings.EqualFold(f.word(k), "on") && f.laterToday(k-1) {
			if f.anchor.Precision == model.PrecDay && int(f.anchor.Begin.Time().Weekday()) == int(t.e.val) {
				return resolved(f.anchor, true, true, false), i + 1, true
			}
		}
		a, ok := f.weekday(int(t.e.val), 0)
		return resolved(a, ok, true, false), i + 1, true
	}
	// "three days later", "two years ago", "weeks earlier", "a month after"
	// (but not a duration: "for almost a decade after").
	n, vague, j := f.count(i)
	unit, plural := f.unitAt(j)
	hedged := f.hedgeAt(i-1) && !f.isKey(i-2, kFor) && !f.isKey(i-2, kOver) // "Almost a month after ..."
	exact := strings.EqualFold(f.word(i-1), "exactly")                      // "exactly four years after"
	if (f.isKey(i-1, kFor) || f.isKey(i-1, kOver) || f.isKey(i-1, kThan)) && !(f.isKey(i-1, kOver) && f.isKey(j+1, kAgo)) && !hedged {
		// (but "handed it over a fortnight ago" is a time)
		return spec{}, i, false
	}
	if unit == 0 || unit == unitHalf || (n == 0 && !plural) || (n > 1 && !plural && !vague) {
		return spec{}, i, false
	}
	if f.isFortnight(j) {
		n *= 14 // "a fortnight ago": fourteen days
	}
	if n == 0 {
		if i > 0 {
			if pn, _, pj := f.count(i - 1); pn > 0 && pj == i {
				return spec{}, i, false // "for five days on Aug. 13": the count was refused
			}
		}
		n, vague = 3, true
	}
	k := j + 1
	switch {
	case f.isKey(k, kAgo) && !vague && (f.isKey(k+1, kToday) || f.isKey(k+1, kTonight) || f.isKey(k+1, kYesterday) || f.isKey(k+1, kTomorrow)) && f.anchor.Precision == model.PrecDay:
		// "twenty years ago today", "a week ago tonight": the same day,
		// that many units back; "twenty years ago tomorrow": the day
		// after, that many units back
		day := f.anchor.Begin
		switch {
		case f.isKey(k+1, kYesterday):
			day = shift(day, -1, unitDay)
		case f.isKey(k+1, kTomorrow):
			day = shift(day, 1, unitDay)
		}
		a, ok := render(shift(day, -n, unit), model.PrecDay)
		f.agoEnd = k + 2
		return resolved(a, ok, true, false), k + 2, true
	case f.isKey(k, kAgo) && !vague && unit == unitYear && f.isKey(k+1, kOn) && f.at(k+2).kind == tWord && f.at(k+2).e.cls == wWeekday && f.anchor.Precision == model.PrecDay:
		// "forty-eight years ago on Monday": that Monday (the nearest to
		// the publication date, as anniversaries are told), years back
		if d, ok := f.nearestWeekday(int(f.at(k + 2).e.val)); ok {
			a, ok := render(shift(d.Begin, -n, unit), model.PrecDay)
			f.agoEnd = k + 3
			return resolved(a, ok, true, false), k + 3, true
		}
	case f.isKey(k, kAgo) && !vague && unit == unitYear && f.anchor.Precision == model.PrecDay && f.weekdayAfterDeictic(k+1) >= 0:
		// "forty-five years ago next Wednesday", "forty years ago this
		// coming Monday", "ten years ago last Friday": that weekday,
		// years back
		w := f.weekdayAfterDeictic(k + 1)
		dir := 1
		if f.isKey(k+1, kLast) {
			dir = -1
		}
		if d, ok := f.weekday(int(f.at(w).e.val), dir); ok {
			a, ok := render(shift(d.Begin, -n, unit), model.PrecDay)
			f.agoEnd = w + 1
			return resolved(a, ok, true, false), w + 1, true
		}
	case f.isKey(k, kAgo) && !vague && f.isKey(k+1, kThis) && f.at(k+2).kind == tWord && f.at(k+2).e.cls == wMonth && f.at(k+2).upper && unit == unitYear:
		// "fifteen years ago this February": that month, that many years back
		y, _, _ := ymd(f.anchor.Begin)
		a, ok := fromValue(fmt.Sprintf("%04d-%02d", y-n, f.at(k+2).e.val))
		return resolved(a, ok, true, false), k + 3, true
	case f.isKey(k, kAgo) && !vague && f.isKey(k+1, kThis) && f.thisUnitAt(k+2) != 0 && f.anchor.Precision <= model.PrecMonth:
		// "twenty years ago this month", "a year ago this week": that
		// month (week), that many units back
		p := model.PrecMonth
		if f.thisUnitAt(k+2) == unitWeek && f.anchor.Precision == model.PrecDay {
			p = model.PrecWeek
		}
		a, ok := render(shift(f.anchor.Begin, -n, unit), p)
		return resolved(a, ok, true, false), k + 3, true
	case f.isKey(k, kAgo):
		if end, prec, ok := f.toTheDay(k + 1); ok && !vague && f.anchor.Precision == model.PrecDay {
			// "three years ago to the day" is that day; "almost to
			// the day" is only that month.
			a, ok := render(shift(f.anchor.Begin, -n, unit), prec)
			return resolved(a, ok, true, false), end, true
		}
		if unit == unitYear && !vague && f.anchor.Precision == model.PrecMonth {
			// "a year ago" in a text dated only to its month: that
			// month, a year back, as precisely as the anchor allows.
			a, ok := render(shift(f.anchor.Begin, -n, unit), model.PrecMonth)
			return resolved(a, ok, true, false), k + 1, true
		}
		a, ok := relShift(f.anchor, "", -n, unit, vague)
		return resolved(a, ok, true, false), k + 1, true
	case f.isKey(k, kAfter) && !f.refInSent && f.complementAt(k+1) && (f.atSentenceHead(i) || hedged && f.atSentenceHead(i-1)) && !f.mainClausePast(k+1):
		// "Ten years after the peace treaty, the border is still closed",
		// "Almost a month after the forces pulled back, the city is under
		// fire": a present main clause is the story's now, so the event
		// of the complement lies that long before the publication date,
		// as precisely as "N units ago" would put it
		p := unitPrec(unit)
		switch {
		case unit == unitWeek && !vague:
			p = model.PrecDay // "five weeks after": that day
		case unit == unitYear && f.anchor.Precision == model.PrecMonth && !vague:
			p = model.PrecMonth // as "a year ago" under a month-precise date
		}
		p = coarser(p, f.anchor.Precision)
		a, ok := render(shift(f.anchor.Begin, -n, unit), p)
		// "after" stays out of the expression: the offset dates the
		// event that follows it, not a clause it opens
		return resolved(a, ok, true, false), k, true
	case (f.isKey(k, kAfter) || f.isKey(k, kBefore)) && f.refInSent && f.complementAt(k+1):
		// "came to power on 30 September, eight months after Damiba had
		// ousted Kaboré": after a time of the same sentence, the offset
		// dates the event of its complement back from that time. (At the
		// head of a sentence, "A month after the vote, ...", it dates the
		// main clause forward from the time of the previous sentence.)
		if f.isKey(k, kAfter) {
			n = -n
		}
		if exact && !vague {
			// "in February 2006, exactly four years after the truce
			// was signed": February 2002
			a, ok := exactShift(f.ref, f.refQual, n, unit)
			return resolved(a, ok, false, true), k + 1, true
		}
		a, ok := relShift(f.ref, f.refQual, n, unit, vague)
		return resolved(a, ok, false, true), k + 1, true
	case f.isKey(k, kLater) || f.isKey(k, kAfter) || f.isKey(k, kOn):
		a, ok := f.chainShift(n, unit, vague)
		return resolved(a, ok, false, true), k + 1, true
	case f.isKey(k, kEarlier) || f.isKey(k, kBefore):
		a, ok := f.chainShift(-n, unit, vague)
		return resolved(a, ok, false, true), k + 1, true
	}
	return spec{}, i, false
}

// ordinalWords are the spelled ordinals of the days of a month, up to
// the twentieth; larger ones are compounds ("twenty-seventh") or
// "thirtieth".
var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
	"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}

// spelledOrdinal reads a spelled ordinal that may be a day of a month at
// token j ("fifth", "twenty-seventh", "thirty-first") and returns the
// day and the token after it.
func (f *finder) spelledOrdinal(j int) (int, int, bool) {
	w := strings.ToLower(f.word(j))
	if d, ok := ordinalWords[w]; ok {
		return d, j + 1, true
	}
	if (w == "twenty" || w == "thirty") && f.isDash(j+1) && !f.at(j+1).gap && !f.at(j+2).gap {
		if d, ok := ordinalWords[strings.ToLower(f.word(j+2))]; ok && d <= 9 {
			d += 20
			if w == "thirty" {
				d += 10
			}
			if d <= 31 {
				return d, j + 3, true
			}
		}
	}
	return 0, j, false
}

// weekdayAfterDeictic returns the token of the weekday in "next
// Tuesday", "this coming Monday" or "last Friday" at token i, or -1.
func (f *finder) weekdayAfterDeictic(i int) int {
	isWD := func(k int) bool { t := f.at(k); return t.kind == tWord && t.e.cls == wWeekday }
	switch {
	case (f.isKey(i, kNext) || f.isKey(i, kLast)) && isWD(i+1):
		return i + 1
	case f.isKey(i, kThis) && f.isKey(i+1, kComing) && isWD(i+2):
		return i + 2
	}
	return -1
}

// bareDayEnd reports whether token i may follow a bare ordinal day ("on
// the 25th."): the end of the clause, or a word that does not make the
// ordinal a modifier ("the 25th anniversary") or part of a date ("the 9th
// of November").
func (f *finder) bareDayEnd(i int) bool {
	t := f.at(i)
	switch {
	case t.kind == 0:
		return true
	case t.kind == tPunct:
		return !f.isDash(i)
	case t.kind == tWord:
		w := strings.ToLower(f.word(i))
		switch w {
		case "and", "at", "when", "after", "before", "as", "but", "in", "with", "while", "by":
			return true
		}
		// a verb ("on the 19th issued a statement"), not a noun the
		// ordinal counts ("the 25th anniversary", "the 38th parallel")
		return !t.upper && t.e.cls == wNone && len(w) > 3 && strings.HasSuffix(w, "ed") && !ordinalNoun(w)
	}
	return false
}

// ordinalNoun reports words an ordinal often counts that look like past
// verbs: "the 101st airborne", "the 4th armoured".
func ordinalNoun(w string) bool {
	switch w {
	case "armoured", "armored", "mechanised", "mechanized", "united", "combined", "annexed":
		return true
	}
	return false
}

// bareOrdinalDay resolves "the 25th" with no month: in the month of the
// last day or month named nearby ("In January 1987 ... beginning on the
// 15th"; "on 20 November ... on the 15th ... on the 25th"), or else the
// most recent such day on or before the publication date (the next one
// when the verb is future). With none of these known to the day or
// month, nothing.
func (f *finder) bareOrdinalDay(d int) (model.Anchor, bool) {
	var y, m, dd int
	switch {
	case f.near(f.last) && (f.last.a.Precision == model.PrecDay || f.last.a.Precision == model.PrecMonth):
		y, m, _ = ymd(f.last.a.Begin)
	case f.anchor.Precision == model.PrecDay:
		y, m, dd = ymd(f.anchor.Begin)
		switch {
		case !f.isFuture() && d > dd:
			m--
		case f.isFuture() && d < dd:
			m++
		}
	default:
		return model.Anchor{}, false
	}
	if m == 0 {
		y, m = y-1, 12
	}
	if m == 13 {
		y, m = y+1, 1
	}
	return fromValue(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
}

// anaphorYear is the year of the time just named, when that time lies
// within one year.
func (f *finder) anaphorYear() (int, bool) {
	a, ok := sameAs(f.last.a, f.last.qual, unitYear)
	if !ok || a.Precision != model.PrecYear {
		return 0, false
	}
	y, _, _ := ymd(a.Begin)
	return y, true
}

// retrospectiveYear returns the year a retrospective text is narrating:
// when every time the document has named so far lies at least two years
// before its publication year, the year of the last time that named its
// year, for a verb that is not future. News that speaks of its present
// (a dateline, "on Tuesday", this year) qualifies only while most of the
// times it has named lie years back (an anniversary feature), and only
// for a year named in the same paragraph or the sentence before, with a
// past verb; or while the paragraph itself narrates the past (see
// pastParagraph, which m, the month of the date that needs a year, or 0,
// is for).
func (f *finder) retrospectiveYear(m int) (int, bool) {
	if f.narrYear == 0 || !f.anchor.Known() || f.isFuture() && f.future != tenseLater {
		return 0, false
	}
	py, _, _ := ymd(f.anchor.Begin)
	if f.recentSeen {
		// news that also tells the past: a year named outright in this
		// paragraph or the sentence before, at least two years back, is
		// still the one narrated when the verb is past ("The truce was
		// signed in May 2003. In September, fighting resumed.")
		if !f.near(f.narrAt) || f.narrYear > py-2 || f.future != tensePast && f.future != tenseLater || f.nOld <= f.nRecent && !f.pastParagraph(m) {
			return 0, false
		}
		return f.narrYear, true
	}
	// the year of the paragraph or the sentence before; further back,
	// the latest year named (a flashback to 1967 in a memoir of 1974
	// does not move the story)
	y := f.narrMax
	if f.near(f.narrAt) || f.forwardFromLastParagraph(m) {
		y = f.narrYear
	}
	if y > py-2 {
		return 0, false
	}
	return y, true
}

// sameMonthYear returns the year of the last time named, in this
// paragraph or the sentence before, when it lies within month m of one
// year: a date with no year in that month is that month's.
func (f *finder) sameMonthYear(m int) (int, bool) {
	if m == 0 || !f.near(f.last) || f.last.a.Precision != model.PrecMonth && f.last.a.Precision != model.PrecDay {
		return 0, false
	}
	y, lm, _ := ymd(f.last.a.Begin)
	y2, lm2, _ := ymd(f.last.a.Last)
	if y != y2 || lm != m || lm2 != m {
		return 0, false
	}
	return y, true
}

// forwardFromLastParagraph reports whether a date with no year, of month
// m, carries on from the year the paragraph before named last, later in
// that year: "The summer of 1995 brought Srebrenica, and in August ...",
// then a new paragraph, "On 5 October, ...".
func (f *finder) forwardFromLastParagraph(m int) bool {
	if m == 0 || f.narrAt.para != f.para-1 || f.narrAt.a.Precision == model.PrecYear {
		return false
	}
	_, nm, _ := ymd(f.narrAt.a.Begin)
	return nm <= m
}

// pastParagraph reports whether a date with no year, of month m, goes on
// narrating a paragraph that has named a year outright and no time of the
// present: a section that tells the past from a day ("On 13 December
// 2016, ... By 22 December the last convoy had left"; "It had been drafted
// on 2 February") or under a year ("Nicaragua, 1988. ... It took effect
// on 1 April"), or that named the month itself ("In December 2018, ...
// The ceasefire came into force on 18 December"), in a text that also
// speaks of its present. Another month after a date of month precision
// ("in November 2022 ... in February") may be this year's news, so it
// does not qualify.
func (f *finder) pastParagraph(m int) bool {
	if m == 0 || f.paraOf != f.para || f.paraOld == 0 || f.paraRecent > 0 || f.narrAt.para != f.para {
		return false
	}
	_, nm, _ := ymd(f.narrAt.a.Begin)
	switch f.narrAt.a.Precision {
	case model.PrecDay, model.PrecYear:
		return true
	case model.PrecMonth:
		return m == nm
	}
	return false
}

// retrospective reports whether the document so far only tells of times
// years before its publication (see retrospectiveYear), whatever the
// verb: a clock time there is no time of the publication day.
func (f *finder) retrospective() bool {
	if f.recentSeen || f.narrYear == 0 || !f.anchor.Known() {
		return false
	}
	py, _, _ := ymd(f.anchor.Begin)
	return f.narrMax <= py-2
}

// noteNarrative records, for retrospectiveYear, a time the text has
// named.
func (f *finder) noteNarrative(h hit) {
	if !h.ok || h.cite || !f.anchor.Known() {
		return
	}
	py, _, _ := ymd(f.anchor.Begin)
	weekday := false
	for k := h.s; k < h.e; k++ {
		if t := f.at(k); t.kind == tWord && t.e.cls == wWeekday {
			weekday = true
		}
	}
	// (a weekday under a publication date known only to its month is no
	// sign of the present: it only repeats that month)
	if f.paraOf != f.para {
		f.paraOf, f.paraRecent, f.paraOld = f.para, 0, 0
	}
	if y, _, _ := ymd(h.a.Last); y >= py-1 && !(weekday && f.anchor.Precision != model.PrecDay) {
		f.recentSeen = true
		f.nRecent++
		f.paraRecent++
	} else if y < py-1 {
		f.nOld++
		f.paraOld++
	}
	if !h.rel && !h.chain || h.rel && f.yearNarrated {
		// (a date that took the narrated year, "On 5 October", carries
		// the narration on to the paragraphs after it)
		if y, y2 := h.a.Begin.Time().Year(), h.a.Last.Time().Year(); y == y2 {
			f.narrYear = y
			f.narrAt = prevTime{a: h.a, sent: f.sent, para: f.para}
			f.narrMax = max(f.narrMax, y)
		}
	}
}

// isFortnight reports whether token i is "fortnight(s)", a unit word of
// fourteen days.
func (f *finder) isFortnight(i int) bool {
	w := f.word(i)
	return len(w) >= 9 && strings.EqualFold(w[:9], "fortnight")
}

// thisUnitAt returns unitMonth or unitWeek when token i is "month" or
// "week" (after "ago this"), else 0.
func (f *finder) thisUnitAt(i int) int {
	if u, plural := f.unitAt(i); !plural && (u == unitMonth || u == unitWeek) {
		return u
	}
	return 0
}

// toTheDay reads ", almost to the day" or "to the day" at i, after "N
// years ago": the precision it gives (a day, or a month when hedged by
// "almost" or "nearly") and the token after it.
func (f *finder) toTheDay(i int) (end int, prec model.Precision, ok bool) {
	if f.isPunct(i, ',') {
		i++
	}
	prec = model.PrecDay
	switch strings.ToLower(f.word(i)) {
	case "almost", "nearly", "practically", "virtually":
		prec = model.PrecMonth
		i++
	}
	if strings.ToLower(f.word(i)) != "to" || !f.isKey(i+1, kThe) || strings.ToLower(f.word(i+2)) != "day" {
		return 0, 0, false
	}
	return i + 3, prec, true
}

// dateAfterWeekday reports whether a day and month follow at k, after an
// optional comma: "Monday 22 July", "Monday, July 22".
func (f *finder) dateAfterWeekday(k int) bool {
	if f.isPunct(k, ',') {
		k++
	}
	if _, ok := f.dayNum(k); ok {
		_, ok := f.monthAt(k+1, true)
		return ok || f.isKey(k+1, kOf)
	}
	if _, ok := f.monthAt(k, true); ok {
		_, ok := f.dayNum(k + 1)
		return ok
	}
	return false
}

// nearestWeekday is the day of the given weekday nearest to the
// publication date, before or after it.
func (f *finder) nearestWeekday(wd int) (model.Anchor, bool) {
	if f.anchor.Precision != model.PrecDay {
		return model.Anchor{}, false
	}
	d := f.anchor.Begin
	back := (int(d.Time().Weekday()) - wd + 7) % 7
	if fwd := (7 - back) % 7; fwd < back {
		return render(d+model.Date(fwd), model.PrecDay)
	}
	return render(d-model.Date(back), model.PrecDay)
}

// hedgeAt reports whether token i is "almost" or "nearly" ("almost a
// month after").
func (f *finder) hedgeAt(i int) bool {
	w := f.word(i)
	return strings.EqualFold(w, "almost") || strings.EqualFold(w, "nearly")
}

// atSentenceHead reports whether token i starts the sentence, or follows
// only a heading word and a colon or dash ("Thread: five weeks after").
func (f *finder) atSentenceHead(i int) bool {
	if i == 0 {
		return true
	}
	if f.isPunct(i-1, ':', '—', '–', '-') {
		for k := 0; k < i-1; k++ {
			if f.at(k).kind == tNum {
				return false
			}
		}
		return i <= 4
	}
	return false
}

// mainClausePast reports whether the main clause after the complement
// that starts at token k ("Ten years after the accord, the border
// remained closed") has a past verb. A complement with no main clause
// after it (a heading) has none.
func (f *finder) mainClausePast(k int) bool {
	c := -1
	for m := k; m < len(f.toks) && m <= k+25; m++ {
		if f.isPunct(m, ',') {
			c = m
			break
		}
	}
	if c < 0 {
		return false
	}
	for m := c + 1; m < len(f.toks) && m <= c+14; m++ {
		switch f.tenseCue(m, false) {
		case tensePast:
			return true
		case tenseFuture, tenseLater, tenseStop:
			return false
		}
		switch strings.ToLower(f.word(m)) {
		case "is", "are", "remains", "remain", "has", "have", "stays", "still":
			return false
		}
	}
	return false // no verb found: a heading ("..., a timeline of the milestones")
}

// complementAt reports whether token i opens the complement of "after" or
// "before" that names an event ("after the coup", "after Damiba had
// ousted"), rather than closing the expression ("three days after.") or
// pointing back to the previous event ("a week after that").
func (f *finder) complementAt(i int) bool {
	t := f.at(i)
	if t.kind != tWord {
		return false
	}
	switch strings.ToLower(f.word(i)) {
	case "that", "this", "which", "", "and", "or", "but":
		return false
	}
	return true
}

// parseDeictic parses this/last/next/coming/past + unit, month, season or weekday.
func (f *finder) parseDeictic(i int) (spec, int, bool) {
	t := f.at(i)
	dir := 0
	switch t.e.val {
	case kLast, kPast:
		dir = -1
	case kNext, kComing:
		dir = 1
	}
	j := i + 1
	u := f.at(j)
	switch {
	case u.kind == tWord && u.e.cls == wUnit && u.e.flag&fPlural == 0:
		return f.relUnit(j, dir, false)
	case t.e.val == kPast || t.e.val == kCurrent:
	case u.kind == tWord && u.e.cls == wMonth && u.upper:
		return f.namedMonth(int(u.e.val), dir), j + 1, true
	case u.kind == tWord && u.e.cls == wSeason && u.e.flag&fTrigger != 0:
		return f.namedSeason(int(u.e.val), dir), j + 1, true
	case u.kind == tWord && u.e.cls == wWeekday && u.upper:
		a, ok := f.weekday(int(u.e.val), dir)
		return resolved(a, ok, true, false), j + 1, true
	}
	if dir < 0 && (t.e.val == kPast || f.isKey(i-1, kThe)) {
		// "the past three months", "over the last few days", "past two
		// years": the span up to the anchor. "last" with a count needs
		// the article: in "a truce that will last 180 days" it is a verb.
		n, _, k := f.count(j)
		if unit, plural := f.unitAt(k); unit != 0 && plural && n > 0 {
			a, ok := pastSpan(f.anchor, n, unit)
			return resolved(a, ok, true, false), k + 1, true
		}
	}
	return spec{}, i, false
}

// parseThe parses relative expressions that start with "the".
func (f *finder) parseThe(i int) (spec, int, bool) {
	j := i + 1
	if u, plural := f.unitAt(j); u == unitWeekend && !plural && !f.isKey(j+1, kOf) {
		// "at the weekend", "over the weekend": the last one, or the next
		// one when the verb is future
		dir := 0
		if f.isFuture() {
			dir = 1
		}
		if a, ok := f.weekend(dir, true); ok {
			return resolved(a, true, true, false), j + 1, true
		}
	}
	switch {
	case f.isKey(j, kPast) || f.isKey(j, kLast):
		// "the past year", "the last two months"
		n, vague, k := f.count(j + 1)
		unit, plural := f.unitAt(k)
		if unit == 0 || vague && !plural || !vague && plural != (n > 1) {
			break
		}
		if n == 0 {
			n = 1
		}
		if f.isFortnight(k) {
			n *= 14 // "the past fortnight": fourteen days
		}
		a, ok := pastSpan(f.anchor, n, unit)
		return resolved(a, ok, true, false), k + 1, true
	case f.isKey(j, kNext) || f.isKey(j, kFollowing) || f.isKey(j, kPrevious) || f.isKey(j, kPreceding) || f.isKey(j, kSame):
		dir := 1
		switch {
		case f.isKey(j, kPrevious) || f.isKey(j, kPreceding):
			dir = -1
		case f.isKey(j, kSame):
			dir = 0
		}
		n, vague, k := f.count(j + 1)
		unit, plural := f.unitAt(k)
		if unit == 0 {
			break
		}
		if dir == 0 {
			if plural {
				break
			}
			a, ok := f.anaphor(unit)
			return resolved(a, ok, false, true), k + 1, true
		}
		if plural && n == 0 {
			n, vague = 3, true
		}
		if n == 0 {
			n = 1
		}
		a, ok := f.chainShift(dir*n, unit, vague)
		return resolved(a, ok, false, true), k + 1, true
	}
	// "the day before", "the year after"
	if unit, plural := f.unitAt(j); unit != 0 && !plural {
		switch {
		case f.isKey(j+1, kBefore):
			a, ok := f.chainShift(-1, unit, false)
			return resolved(a, ok, false, true), j + 2, true
		case f.isKey(j+1, kAfter):
			a, ok := f.chainShift(1, unit, false)
			return resolved(a, ok, false, true), j + 2, true
		}
	}
	return spec{}, i, false
}

// anchorYM returns the year and month of the anchor (month 0 when the
// anchor is coarser than a month).
func (f *finder) anchorYM() (int, int, bool) {
	if !f.anchor.Known() {
		return 0, 0, false
	}
	y, m, _ := ymd(f.anchor.Begin)
	if f.anchor.Precision > model.PrecMonth {
		y2, _, _ := ymd(f.anchor.Last)
		if y2 != y {
			return 0, 0, false
		}
		m = 0
	}
	return y, m, true
}

// namedMonth resolves "this May" (dir 0), "last May" (-1), "next May" (+1).
func (f *finder) namedMonth(m, dir int) spec {
	y, am, ok := f.anchorYM()
	if !ok {
		return resolved(model.Anchor{}, false, true, false)
	}
	if am != 0 {
		switch {
		case dir < 0 && m >= am:
			y--
		case dir > 0 && m <= am:
			y++
		}
	}
	a, ok := fromValue(fmt.Sprintf("%04d-%02d", y, m))
	return resolved(a, ok, true, false)
}

// namedSeason resolves "this summer", "last winter", "next spring".
func (f *finder) namedSeason(sn, dir int) spec {
	y, am, ok := f.anchorYM()
	if !ok {
		return resolved(model.Anchor{}, false, true, false)
	}
	first := 3 + 3*sn // first month of the season (WI: 12)
	if am != 0 {
		cur := y*12 + am
		start := y*12 + first
		if am <= 2 && sn == seasonWI {
			start -= 12 // January 2021 is in winter 2020
		}
		switch {
		case dir < 0 && start+2 >= cur:
			y--
		case dir > 0 && start <= cur:
			y++
		case dir == 0 && am <= 2 && sn == seasonWI:
			y--
		}
	}
	a, ok := fromValue(fmt.Sprintf("%04d-%s", y, seasonCodes[sn]))
	return resolved(a, ok, true, false)
}

// laterToday reports whether token i is "later" or "earlier", which put a
// weekday on the day of the story itself ("later on Friday").
func (f *finder) laterToday(i int) bool {
	if i < 0 || i >= len(f.toks) || f.toks[i].kind != tWord {
		return false
	}
	w := f.word(i)
	return strings.EqualFold(w, "later") || strings.EqualFold(w, "earlier")
}

// weekday resolves a weekday name against the anchor. dir 0: the most
// recent such day on or before the anchor (the next one after it when the
// verb governing the expression is future, see isFuture); -1: strictly
// before; +1: strictly after. An anchor coarser than a day gives the
// anchor itself.
func (f *finder) weekday(wd, dir int) (model.Anchor, bool) {
	if !f.anchor.Known() {
		return model.Anchor{}, false
	}
	if f.anchor.Precision != model.PrecDay {
		return f.anchor, true
	}
	d := f.anchor.Begin
	awd := int(d.Time().Weekday())
	if dir == 0 {
		if f.isFuture() {
			dir = 1
		} else {
			return render(d-model.Date((awd-wd+7)%7), model.PrecDay)
		}
	}
	if dir < 0 {
		back := (awd - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		return render(d-model.Date(back), model.PrecDay)
	}
	fwd := (wd - awd + 7) % 7
	if fwd == 0 {
		fwd = 7
	}
	return render(d+model.Date(fwd), model.PrecDay)
}

// value returns the TIMEX3 value of an absolute spec with a year.
func (s spec) value() string {
	switch s.kind {
	case sDay:
		if s.d2 > 0 {
			return fmt.Sprintf("%04d-%02d-%02d/%04d-%02d-%02d", s.y, s.m, s.d, s.y, s.m, s.d2)
		}
		return fmt.Sprintf("%04d-%02d-%02d", s.y, s.m, s.d)
	case sMonth:
		return fmt.Sprintf("%04d-%02d", s.y, s.m)
	case sYear:
		return fmt.Sprintf("%04d", s.y)
	case sSeason:
		return fmt.Sprintf("%04d-%s", s.y, seasonCodes[s.sub])
	case sQuarter:
		return fmt.Sprintf("%04d-Q%d", s.y, s.sub)
	case sHalf:
		return fmt.Sprintf("%04d-H%d", s.y, s.sub)
	case sDecade:
		return fmt.Sprintf("%03dX", s.y/10)
	}
	return ""
}

// yearless reports whether an absolute spec still needs its year.
func (s spec) yearless() bool { return s.kind != sResolved && s.y == 0 }

// inferYear gives a yearless spec the anchor's year: the previous year
// when the date would fall after the anchor and its governing verb is not
// future, the next year when it would fall before the anchor and the verb
// is future ("talks would resume in January", see isFuture).
func (f *finder) inferYear(s spec) (spec, bool) {
	if f.sentYear != 0 {
		// "a pause in November 2023 ... before fighting resumed on Dec. 1"
		s.y = f.sentYear
		s.rel = true
		return s, true
	}
	if f.chainYear != 0 && f.cur-f.chainEnd <= 2 {
		// "Six months later, on 12 December, ..." after June 2000
		s.y = f.chainYear
		s.rel = true
		return s, true
	}
	if y, ok := f.sameMonthYear(s.m); ok {
		// "In late April last year ... The ministers agreed a truce
		// on 29 April": the month just named, so its year
		s.y = y
		s.rel = true
		return s, true
	}
	if y, ok := f.retrospectiveYear(s.m); ok {
		// a memoir of 1974 published in 2009: "on Monday 22 July" is
		// 1974's, not 2008's
		s.y = y
		s.rel = true
		f.yearNarrated = true
		return s, true
	}
	y, am, ok := f.anchorYM()
	if !ok {
		return s, false
	}
	s.y = y
	s.rel = true
	if am == 0 {
		return s, true
	}
	a, ok := fromValue(s.value())
	if !ok {
		return s, false
	}
	switch {
	case !f.isFuture() && a.Begin > f.anchor.Last:
		s.y--
	case f.isFuture() && a.Last < f.anchor.Begin:
		s.y++
	}
	return s, true
}

// resolve turns a spec into an anchor.
func (f *finder) resolve(s spec) (model.Anchor, spec, bool) {
	if s.kind == sResolved {
		return s.a, s, s.ok
	}
	if s.yearless() {
		var ok bool
		if s, ok = f.inferYear(s); !ok {
			return model.Anchor{}, s, false
		}
	}
	a, ok := fromValue(s.value())
	return a, s, ok
}

// trailingYear reads an optional year after a day and month, written
// "March 3, 2021", "3 March 2021" or "3 March of that year" (see
// anaphoricYear), into s, and returns the token index after what it read.
func (f *finder) trailingYear(s *spec, e int) int {
	if f.isPunct(e, ',') {
		if y, ok := f.yearNum(e + 1); ok {
			s.y = y
			return e + 2
		}
	}
	if y, ok := f.yearNum(e); ok {
		s.y = y
		return e + 1
	}
	if f.isKey(e, kOf) {
		if y, ok := f.yearNum(e + 1); ok {
			s.y = y // "the 28th of November of 1999"
			return e + 2
		}
	}
	if y, e2, ok := f.anaphoricYear(e); ok {
		// "on 14 August of that year", "on May 3 the following year"
		s.y, s.rel = y, true
		return e2
	}
	if y, e2, ok := f.deicticYear(e); ok {
		// "in November last year", "on 3 May this year"
		s.y, s.rel = y, true
		return e2
	}
	if y, ok := f.cableYear(e); ok {
		s.y = y // "8 AUG 88"
		return e + 1
	}
	return e
}

// cableYear reads a two-digit year after a month written in capitals, in
// the style of a cable ("8 AUG 88"): the century that puts it at most a
// year after the publication date.
func (f *finder) cableYear(e int) (int, bool) {
	m, t := f.at(e-1), f.at(e)
	if m.kind != tWord || m.e.cls != wMonth || t.kind != tNum || t.ndig != 2 || !t.gap {
		return 0, false
	}
	w := f.word(e - 1)
	if len(w) < 3 || strings.ToUpper(w) != w {
		return 0, false
	}
	y := 1900 + int(t.num)
	if f.anchor.Known() {
		py, _, _ := ymd(f.anchor.Begin)
		for y+100 <= py+1 {
			y += 100
		}
	} else if y < 1950 {
		y += 100
	}
	return y, true
}

// deicticYear reads "last year", "this year" or "next year" at token k,
// after a month or day: the year against the publication date.
func (f *finder) deicticYear(k int) (y, e int, ok bool) {
	dir := 0
	switch {
	case f.isKey(k, kLast):
		dir = -1
	case f.isKey(k, kThis):
	case f.isKey(k, kNext):
		dir = 1
	default:
		return 0, k, false
	}
	if u, plural := f.unitAt(k + 1); u != unitYear || plural || !f.anchor.Known() {
		return 0, k, false
	}
	py, _, _ := ymd(f.anchor.Begin)
	return py + dir, k + 2, true
}

// weekend renders a weekend as its Saturday-Sunday interval, counted from
// the anchor's week: n = -1 the week before ("last weekend"), 0 the
// anchor's own week, 1 the next. With recent (for "the weekend"), n = 0
// is the last weekend on or before the anchor and n = 1 the first one
// after it. It needs an anchor of day precision.
func (f *finder) weekend(n int, recent bool) (model.Anchor, bool) {
	if f.anchor.Precision != model.PrecDay {
		return model.Anchor{}, false
	}
	d := f.anchor.Begin
	wd := (int(d.Time().Weekday()) + 6) % 7 // Monday 0 ... Sunday 6
	sat := d - model.Date(wd) + 5           // the Saturday of the anchor's week
	switch {
	case recent && n == 0 && wd < 5:
		sat -= 7 // a weekday: the weekend just past
	case recent && n > 0 && wd >= 5:
		sat += 7 // on a weekend day: the next one
	case !recent:
		sat += model.Date(7 * n)
	}
	a, ok1 := render(sat, model.PrecDay)
	b, ok2 := render(sat+1, model.PrecDay)
	if !ok1 || !ok2 {
		return model.Anchor{}, false
	}
	return fromValue(a.Value + "/" + b.Value)
}
