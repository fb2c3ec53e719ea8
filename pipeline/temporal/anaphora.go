package temporal

import (
	"strings"

	"eventtimeline/pipeline/model"
)

// Anaphoric times.
//
// "That year", "the same month", "later that day", "that evening" and a
// date completed by one ("14 August of that year", "in May the following
// year") point back to the most recent time the text has named, whatever
// kind it was: a chained "two days later" is as good an antecedent as an
// absolute date. Expressions of a day ("that evening", "the same day")
// look for the most recent time of day precision, so that "In January
// 2025 ... On 26 January, ... Late that evening" is the 26th, not the
// month.
//
// "The year", "the month" and "the day" with an article ("by the end of
// the year", "the first half of the year", "later in the month") are the
// publication's, unless the text is narrating another period: a time of
// the same paragraph or of the previous sentence falls in a different
// year (month, day) and the governing verb is past ("In 2023 ... By the
// end of the year, Beijing had convened ..."). A present or future verb
// keeps the publication's period ("by the end of the year, the mission
// will leave").

// prevTime is a time the text has named, with where it was named.
type prevTime struct {
	a    model.Anchor
	qual string // early, mid or late; "" otherwise
	sent int    // sentence index
	para int    // paragraph index
}

// near reports whether p was named in the current paragraph or in the
// previous sentence.
func (f *finder) near(p prevTime) bool {
	return p.a.Known() && (p.para == f.para || p.sent >= f.sent-1)
}

// noteLast records a resolved, non-citation time (chained or not) as the
// antecedent of the anaphoric times that follow.
func (f *finder) noteLast(h hit) {
	if !h.ok || h.cite {
		return
	}
	p := prevTime{a: h.a, sent: f.sent, para: f.para}
	switch h.qual {
	case "early", "mid", "late":
		p.qual = h.qual
	}
	f.last = p
	if h.a.Precision == model.PrecDay && h.a.Begin == h.a.Last {
		f.lastDay = p
	}
}

// anaphor resolves "that <unit>", "the same <unit>" and "later that
// <unit>" against the most recent time named before it.
func (f *finder) anaphor(unit int) (model.Anchor, bool) {
	if unit == unitDay && f.last.a.Precision != model.PrecDay && f.near(f.lastDay) {
		return f.lastDay.a, true
	}
	return sameAs(f.last.a, f.last.qual, unit)
}

// anaphoricYear reads a year given by reference after a date with no
// year, at token k: "(of) that (same) year", "(of) the same year", "(of)
// the following/next year", "(of) the previous/preceding year". It
// returns the year and the index after it; ok is false when k holds none
// or no earlier time gives the year.
func (f *finder) anaphoricYear(k int) (y, e int, ok bool) {
	j := k
	if f.isKey(j, kOf) {
		j++
	}
	dir := 0
	switch {
	case f.isKey(j, kThat):
		j++
		if f.isKey(j, kSame) {
			j++
		}
	case f.isKey(j, kThe):
		switch {
		case f.isKey(j+1, kSame):
		case f.isKey(j+1, kFollowing) || f.isKey(j+1, kNext):
			dir = 1
		case f.isKey(j+1, kPrevious) || f.isKey(j+1, kPreceding):
			dir = -1
		default:
			return 0, k, false
		}
		j += 2
	default:
		return 0, k, false
	}
	if u, plural := f.unitAt(j); u != unitYear || plural {
		return 0, k, false
	}
	var a model.Anchor
	if dir == 0 {
		a, ok = sameAs(f.last.a, f.last.qual, unitYear)
	} else {
		a, ok = relShift(f.last.a, f.last.qual, dir, unitYear, false)
	}
	if !ok || a.Precision != model.PrecYear {
		return 0, k, false
	}
	y, _, _ = ymd(a.Begin)
	return y, j + 1, true
}

// narrated returns the period of the given unit that the text is
// narrating, when it differs from the publication's and the verb
// governing the current expression is past (see the comment at the top
// of this file).
func (f *finder) narrated(unit int) (model.Anchor, bool) {
	var p prevTime
	switch unit {
	case unitYear, unitMonth:
		p = f.last
	case unitDay:
		p = f.lastDay
	default:
		return model.Anchor{}, false
	}
	if !f.near(p) {
		return model.Anchor{}, false
	}
	a, ok := sameAs(p.a, p.qual, unit)
	if !ok || a.Precision != unitPrec(unit) {
		return model.Anchor{}, false
	}
	if pub, ok := relShift(f.anchor, "", 0, unit, false); ok && pub.Value == a.Value {
		return model.Anchor{}, false
	}
	if f.isFuture() || f.future != tensePast {
		return model.Anchor{}, false
	}
	return a, true
}

// thatWeekday resolves "that Sunday": the most recent day named, when it
// is that weekday, or else the first such day after it; with no day named
// nearby, the weekday as the publication date gives it.
func (f *finder) thatWeekday(wd int) (model.Anchor, bool) {
	if !f.near(f.lastDay) {
		return f.weekday(wd, 0)
	}
	d := f.lastDay.a.Begin
	fwd := (wd - int(d.Time().Weekday()) + 7) % 7
	return render(d+model.Date(fwd), model.PrecDay)
}

// chainShift resolves a chained offset ("three days later", "the next
// day") from the previous time. A precise count of days counts from the
// most recent day named nearby, chained or not ("On 3 May ... The next day
// ... The following day" is 5 May; "On 27 November ..., which ended a war
// that began in the autumn. The day before" is 26 November).
func (f *finder) chainShift(n, unit int, vague bool) (model.Anchor, bool) {
	if unit == unitWeek && !vague {
		// "Two weeks later", after a day, is a day: fourteen days on.
		if f.near(f.lastDay) {
			return relShift(f.lastDay.a, f.lastDay.qual, 7*n, unitDay, false)
		}
		if f.ref.Precision == model.PrecDay {
			return relShift(f.ref, f.refQual, 7*n, unitDay, false)
		}
	}
	if unit == unitDay && !vague && f.near(f.lastDay) {
		return relShift(f.lastDay.a, f.lastDay.qual, n, unit, vague)
	}
	return relShift(f.ref, f.refQual, n, unit, vague)
}

// clockTime finds a clock time after "at", "from" or "since" in a
// sentence that names no other time: "at 8am", "at 7 p.m.", "at 15:35
// hours", "from 1600 GMT", "at midnight". It is the day the text is on:
// the day named in the same paragraph or the previous sentence, or else,
// when no time at all was named there, the publication date. It needs
// such a day: after a month, or with a publication date known only to
// the month, it gives nothing.
func (f *finder) clockTime() (hit, bool) {
	for i := 0; i+1 < len(f.toks); i++ {
		// a number or a time-of-day word must follow: test that first,
		// it is cheaper than the preposition
		if n := f.at(i + 1); n.kind != tNum && !f.isKey(i+1, kClockWord) || !clockPrep(f.word(i)) {
			continue
		}
		e := f.clockAt(i + 1)
		if e < 0 {
			continue
		}
		var a model.Anchor
		switch {
		case f.near(f.lastDay):
			a = f.lastDay.a
		case f.near(f.last):
			return hit{}, false // "In August 2020 ... at 2am": no day to put it on
		case f.anchor.Precision == model.PrecDay && !f.retrospective():
			a = f.anchor
		default:
			return hit{}, false
		}
		return hit{s: i + 1, e: e, a: a, ok: true, rel: true}, true
	}
	return hit{}, false
}

// clockPrep reports whether w is a preposition that may open a clock
// time: at, from, since, after, before, until, by (any case).
func clockPrep(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, p := range [...]string{"at", "from", "since", "after", "before", "until", "by"} {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// clockAt returns the end of a clock time starting at token i, or -1.
func (f *finder) clockAt(i int) int {
	t := f.at(i)
	switch strings.ToLower(f.word(i)) {
	case "noon", "midnight", "midday", "dawn", "nightfall", "dusk", "daybreak", "sunset", "sunrise", "lunchtime":
		return i + 1
	}
	if t.kind != tNum {
		return -1
	}
	w := strings.ToLower(f.word(i))
	if strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm") {
		if n := len(w) - 2; n >= 1 && n <= 2 && t.num >= 1 && t.num <= 12 {
			return i + 1 // "8am"
		}
		return -1
	}
	if t.ndig == 0 {
		return -1
	}
	// "8 am", "8 a.m.", "7 p.m."
	if t.num >= 1 && t.num <= 12 && t.ndig <= 2 {
		switch strings.ToLower(f.word(i + 1)) {
		case "am", "pm":
			return i + 2
		case "a", "p":
			if f.isPunct(i+2, '.') && strings.EqualFold(f.word(i+3), "m") {
				if f.isPunct(i+4, '.') {
					return i + 5
				}
				return i + 4
			}
		}
	}
	// "15:35", "9:45 p.m."
	if t.num <= 23 && t.ndig <= 2 && f.isPunct(i+1, ':') {
		if m := f.at(i + 2); m.kind == tNum && m.ndig == 2 && m.num <= 59 && !m.gap && !f.at(i+1).gap {
			if e := f.clockAt(i + 2); e > 0 && !f.isPunct(i+3, ':') {
				return e // "9:45 p.m."
			}
			return i + 3
		}
	}
	// "1600 GMT", "0800 hours"
	if t.ndig == 4 && t.num%100 <= 59 && t.num/100 <= 23 {
		switch strings.ToLower(f.word(i + 1)) {
		case "gmt", "utc", "hours", "hrs", "local":
			return i + 2
		}
	}
	return -1
}
