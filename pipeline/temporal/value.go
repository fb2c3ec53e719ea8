package temporal

import (
	"fmt"
	"time"

	"eventtimeline/pipeline/model"
)

// fromValue parses a TIMEX3 value with model.ParseValue, so that Begin and
// Last always agree with Value.
func fromValue(v string) (model.Anchor, bool) {
	a, err := model.ParseValue(v)
	if err != nil {
		return model.Anchor{}, false
	}
	return a, true
}

// ymd splits a Date into year, month and day.
func ymd(d model.Date) (int, int, int) {
	t := d.Time()
	return t.Year(), int(t.Month()), t.Day()
}

// render returns the anchor of the period of precision p that holds day d.
// Weeks are ISO weeks ("2021-W41").
func render(d model.Date, p model.Precision) (model.Anchor, bool) {
	y, m, dd := ymd(d)
	var v string
	switch p {
	case model.PrecDay:
		v = fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
	case model.PrecWeek:
		wy, w := d.Time().ISOWeek()
		v = fmt.Sprintf("%04d-W%02d", wy, w)
	case model.PrecMonth:
		v = fmt.Sprintf("%04d-%02d", y, m)
	case model.PrecSeason:
		switch {
		case m <= 2:
			v = fmt.Sprintf("%04d-WI", y-1)
		case m == 12:
			v = fmt.Sprintf("%04d-WI", y)
		default:
			v = fmt.Sprintf("%04d-%s", y, seasonCodes[(m-3)/3])
		}
	case model.PrecQuarter:
		v = fmt.Sprintf("%04d-Q%d", y, (m-1)/3+1)
	case model.PrecHalf:
		v = fmt.Sprintf("%04d-H%d", y, (m-1)/6+1)
	case model.PrecYear:
		v = fmt.Sprintf("%04d", y)
	case model.PrecDecade:
		v = fmt.Sprintf("%03dX", y/10)
	default:
		return model.Anchor{}, false
	}
	if y < 1 || y > 9999 {
		return model.Anchor{}, false
	}
	return fromValue(v)
}

// coarser returns the less precise of two precisions.
func coarser(a, b model.Precision) model.Precision {
	if a > b {
		return a
	}
	return b
}

// unitPrec is the precision of a unit of relative time.
func unitPrec(unit int) model.Precision {
	switch unit {
	case unitDay:
		return model.PrecDay
	case unitWeek, unitWeekend:
		return model.PrecWeek
	case unitMonth:
		return model.PrecMonth
	case unitQuarter:
		return model.PrecQuarter
	case unitHalf:
		return model.PrecHalf
	case unitYear:
		return model.PrecYear
	case unitDecade:
		return model.PrecDecade
	}
	return model.PrecYear
}

// effRange narrows an anchor's range by a qualifier: early, mid and late
// take the first, middle and last third.
func effRange(a model.Anchor, qual string) (model.Date, model.Date) {
	b, l := a.Begin, a.Last
	third := (l - b + 1) / 3
	switch qual {
	case "early":
		l = b + third
	case "mid":
		b, l = b+third, l-third
	case "late":
		b = l - third
	}
	if l < b {
		l = b
	}
	return b, l
}

// shift moves day d by n units (n may be negative). Months and years keep
// the day of the month where they can and clamp it otherwise.
func shift(d model.Date, n, unit int) model.Date {
	switch unit {
	case unitDay:
		return d + model.Date(n)
	case unitWeek, unitWeekend:
		return d + model.Date(7*n)
	}
	y, m, dd := ymd(d)
	switch unit {
	case unitMonth:
		m += n
	case unitQuarter:
		m += 3 * n
	case unitHalf:
		m += 6 * n
	case unitYear:
		y += n
	case unitDecade:
		y += 10 * n
	}
	for m > 12 {
		m -= 12
		y++
	}
	for m < 1 {
		m += 12
		y--
	}
	if last := daysIn(y, m); dd > last {
		dd = last
	}
	if y < 1 {
		y, m, dd = 1, 1, 1
	}
	return model.DateOf(y, time.Month(m), dd)
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// relShift resolves "n units later/earlier" against base: it moves from
// the end (later) or start (earlier) of a day-precise base, or from the
// middle of a coarser one, and renders the result no finer than the base.
func relShift(base model.Anchor, qual string, n, unit int, vague bool) (model.Anchor, bool) {
	if !base.Known() {
		return model.Anchor{}, false
	}
	b, l := effRange(base, qual)
	var from model.Date
	switch {
	case base.Precision == model.PrecDay && n >= 0:
		from = l
	case base.Precision == model.PrecDay:
		from = b
	default:
		from = b + (l-b)/2
	}
	p := unitPrec(unit)
	if vague {
		switch unit {
		case unitDay, unitWeek, unitWeekend:
			p = model.PrecMonth
		}
	}
	p = coarser(p, base.Precision)
	return render(shift(from, n, unit), p)
}

// exactShift is relShift for an exact count ("exactly four years
// after"): the shifted time keeps base's own precision when that is finer
// than the unit's (February 2006 less four years is February 2002).
func exactShift(base model.Anchor, qual string, n, unit int) (model.Anchor, bool) {
	if base.Known() && qual == "" && (base.Precision == model.PrecDay && base.Begin == base.Last || base.Precision == model.PrecMonth) {
		return render(shift(base.Begin, n, unit), base.Precision)
	}
	return relShift(base, qual, n, unit, false)
}

// sameAs renders base at the precision of unit ("that year", "the same
// month"), never finer than base itself.
func sameAs(base model.Anchor, qual string, unit int) (model.Anchor, bool) {
	if !base.Known() {
		return model.Anchor{}, false
	}
	if unit == 0 {
		return base, true
	}
	p := coarser(unitPrec(unit), base.Precision)
	if p == base.Precision {
		return base, true
	}
	b, l := effRange(base, qual)
	return render(b+(l-b)/2, p)
}

// pastSpan resolves "the past n units" ending at the anchor: an interval
// from n units before the anchor to the anchor, at the precision of the
// unit (months for "the past year").
func pastSpan(anchor model.Anchor, n, unit int) (model.Anchor, bool) {
	if !anchor.Known() {
		return model.Anchor{}, false
	}
	p := model.PrecDay
	switch unit {
	case unitMonth, unitYear, unitQuarter, unitHalf, unitDecade:
		p = model.PrecMonth
	}
	p = coarser(p, anchor.Precision)
	end := anchor.Last
	if anchor.Precision != model.PrecDay {
		end = anchor.Begin + (anchor.Last-anchor.Begin)/2
	}
	a, ok1 := render(shift(end, -n, unit), p)
	b, ok2 := render(end, p)
	if !ok1 || !ok2 {
		return model.Anchor{}, false
	}
	if a.Value == b.Value {
		return a, true
	}
	return fromValue(a.Value + "/" + b.Value)
}
